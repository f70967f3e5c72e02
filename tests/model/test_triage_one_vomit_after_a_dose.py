"""Bringing up a dose just taken, or being sick once, is no sign of being unable to keep fluids down: the answer was
"call your care team now, day or night" to "I threw up 20 minutes after my Ibrance pill, do I take another?", whose
drug page gives the rule for the dose. Vomiting with fluids not staying down keeps its call now (CTCAE, Cancer.Net)."""

import pytest
from shippedkb import shipped_composer


def _level(question: str) -> str:
    notices = shipped_composer().answer(question).notices
    return notices[0].level if notices else "none"


@pytest.mark.parametrize("question", [
    "I threw up 20 minutes after my ibrance pill, do I take another?",
    "i vomited once after my xeloda this morning",
    "I threw up my xeloda dose, should I take it again?",
])
def test_a_dose_brought_up_is_no_call_now(question) -> None:  # noqa: ANN001
    assert _level(question) not in ("emergency", "call_now"), question


@pytest.mark.parametrize("question", [
    "threw up my pill and I can't keep anything down",
    "been vomiting all day after chemo",
    "I threw up twice after my pills and everything I drink comes back up",
])
def test_vomiting_that_keeps_fluids_from_staying_down_is_still_a_call_now(question) -> None:  # noqa: ANN001
    assert _level(question) == "call_now", question
