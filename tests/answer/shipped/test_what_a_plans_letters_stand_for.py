""""What does the H in R-CHOP stand for?", "what do the letters in VRd mean?": the plan's statement on where its
name comes from comes first, not the list of its drugs, which does not say which letter is which. "What is in
R-CHOP?" still gets the list. Shipped knowledge base."""

import pytest


def first(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].text


@pytest.mark.parametrize(("question", "said"), [
    ("what does the H in R-CHOP stand for", "H is hydroxydaunorubicin"),
    ("what does the A in ABVD stand for", "A is Adriamycin"),
    ("what does folfox stand for", "FOL is folinic acid"),
    ("what do the letters in VRd mean", "V is Velcade"),
])
def test_the_letters_are_spelled_out(composer, question, said) -> None:  # noqa: ANN001
    assert said in first(composer, question)


def test_what_is_in_a_plan_still_lists_its_drugs(composer) -> None:  # noqa: ANN001
    assert "5 medicines" in first(composer, "what is in r-chop")


@pytest.mark.parametrize(("question", "drugs"), [
    ("what is FOLFIRI short for", ["irinotecan", "leucovorin", "fluorouracil"]),
    ("BR for lymphoma, is that an abbreviation for something", ["bendamustine", "rituximab"]),
    ("xelox/capox: short for what?", ["capecitabine", "oxaliplatin"]),
])
def test_a_plan_without_a_line_on_its_name_gets_its_drugs(composer, question, drugs) -> None:  # noqa: ANN001
    reply = first(composer, question)
    assert all(d in reply for d in drugs), reply
