""""Is Lenvima used for thyroid cancer?", "what else is Imbruvica approved for besides CLL?": a label use with no
cancer page of its own sits in the drug's `other_uses`; it answers the question first, and the answer does not
also claim the cancer is not covered. Shipped knowledge base."""

import pytest


def first(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].text.lower()


def notices(composer, question: str) -> str:  # noqa: ANN001
    return " ".join(n.text for n in composer.answer(question).notices).lower()


@pytest.mark.parametrize(("question", "said"), [
    ("Is Lenvima used for thyroid cancer?", "thyroid cancer"),
    ("Is durvalumab approved for gallbladder cancer?", "gallbladder"),
    ("Is Tibsovo used for bile duct cancer?", "bile duct"),
    ("Can pomalidomide treat Kaposi sarcoma?", "kaposi"),
])
def test_a_use_with_no_cancer_page_answers_first(composer, question, said) -> None:  # noqa: ANN001
    assert said in first(composer, question)
    assert "does not cover" not in notices(composer, question)


def test_a_use_the_drug_does_not_have_is_still_not_covered(composer) -> None:  # noqa: ANN001
    assert "does not cover thyroid cancer" in notices(composer, "is herceptin used for thyroid cancer")


@pytest.mark.parametrize(("question", "said"), [
    ("What else is Imbruvica approved for besides CLL?", "waldenstr"),
    ("Is midostaurin only for AML?", "mastocytosis"),
    ("what else is dexamethasone used for", "swelling in the brain"),
    ("What is leucovorin used for besides colon cancer?", "methotrexate"),
])
def test_uses_beyond_the_one_named_come_first(composer, question, said) -> None:  # noqa: ANN001
    assert said in first(composer, question)


def test_the_use_named_alone_is_still_that_use(composer) -> None:  # noqa: ANN001
    assert "hepatocellular" in first(composer, "Is Opdivo used for liver cancer?")
