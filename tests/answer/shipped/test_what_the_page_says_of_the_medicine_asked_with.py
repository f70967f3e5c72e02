"""A question on taking an everyday medicine with one of ours also shows what else the named page says of that
medicine (warfarin with Xeloda: INR tests more often), not only the interaction rule; a medicine the page never
names adds nothing. Shipped knowledge base."""


def shown(answer) -> list[str]:  # noqa: ANN001
    return [i.text for g in answer.guidelines for i in g.items]


def test_the_page_s_other_statements_on_the_medicine_asked_with(composer) -> None:  # noqa: ANN001
    answer = composer.answer("i take warfarin, is it safe with xeloda")
    assert "warfarin" in answer.direct[0].text.lower()
    assert any("INR" in t for t in shown(answer))


def test_a_medicine_the_page_never_names_adds_nothing(composer) -> None:  # noqa: ANN001
    answer = composer.answer("im on eliquis, can i still get my faslodex shots")
    assert not any("once a month" in t or "buttock" in t for t in shown(answer))  # its shots say nothing of Eliquis
