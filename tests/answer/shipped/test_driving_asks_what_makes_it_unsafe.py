"""Asking whether it is safe to drive on a medicine whose page has no line on driving is still answered by what
makes driving unsafe: the page's tiredness, dizziness or sleepiness rows ("drive myself home after my Abraxane?"
got "our sources do not answer this"). A blood drive at church asks nothing of driving. Shipped knowledge base."""

import pytest

from oncoguide.answer import check

UNSAFE_TO_DRIVE = ("tired", "fatigue", "dizz", "sleep", "drows", "blur")


@pytest.mark.parametrize("question", [
    "is it safe for me to drive myself home after my abraxane?",
    "can i drive home after my keytruda infusion?",
    "is it ok for my wife to keep driving while she is on temodar?",
])
def test_driving_is_answered_by_what_makes_it_unsafe(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert not any(n.level == "no_answer" for n in answer.notices), answer.notices
    lead = answer.direct[0].text.lower() if answer.direct else ""
    assert any(w in lead for w in UNSAFE_TO_DRIVE), lead


def test_a_blood_drive_is_not_driving(shown) -> None:  # noqa: ANN001
    assert "fatigue" not in shown("there is a blood drive at church, can my husband donate while on revlimid?")
