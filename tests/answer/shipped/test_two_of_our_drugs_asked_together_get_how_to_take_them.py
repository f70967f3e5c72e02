""""Are Ninlaro and dex safe to take together?": when two of our drugs are asked together, a line on how to take one
that names the other ("Do not take it at the same time as dexamethasone") answers first, before lines that name the
other drug only as what a trial gave beside it ("happened in 42% (with lenalidomide and dexamethasone)"), and a
question asking if the pair is a problem together asks about taking them together. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "can i take my ninlaro and dex at the same time?",
    "are ninlaro and dex safe to take together?",
    "my wife takes dexamethasone with her ninlaro, is that a problem together?",
])
def test_the_how_to_take_line_naming_the_other_drug_leads(first_line, question) -> None:  # noqa: ANN001
    assert "not take it at the same time as dexamethasone" in first_line(question)


def test_is_that_a_problem_together_asks_about_taking_them_together(composer) -> None:  # noqa: ANN001
    answer = composer.answer("my wife takes dexamethasone with her ninlaro, is that a problem together?")
    assert "interactions" in answer.intents


def test_asked_why_one_goes_with_the_other_keeps_what_it_does_first(first_line) -> None:  # noqa: ANN001
    """How to take them is put first only when taking them together is asked: "why mesna with ifosfamide?" is
    answered by what mesna does for the bladder."""
    assert "protects the bladder" in first_line("why do they give mesna with ifosfamide")
