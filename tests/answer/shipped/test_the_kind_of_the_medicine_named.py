""""Can I take Benadryl before bed while on Thalomid?": Benadryl is an antihistamine (medicines.yaml), so the
drug page's rule on antihistamines comes first, not the bedtime line that shares the word "bed". Shipped
knowledge base."""


def first(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].text.lower()


def test_the_rule_on_the_kind_of_medicine_named_comes_first(composer) -> None:  # noqa: ANN001
    assert "antihistamines" in first(composer, "Can I take Benadryl before bed while on Thalomid?")


def test_a_medicine_page_names_itself_still_gets_its_own_rule(composer) -> None:  # noqa: ANN001
    assert "warfarin" in first(composer, "can i take warfarin with xeloda")
