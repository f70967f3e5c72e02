""""Can Tarceva cause diarrhea, and how often?": how often the side effect happens, not the dosing schedule.
Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "can tarceva cause diarrhea and how often",
    "does ibrance make your hair fall out? how often does that happen",
])
def test_no_schedule_for_how_often_an_effect_happens(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert "side_effects" in answer.intents and "dose" not in answer.intents, answer.intents
    assert "Dose and schedule" not in [g.heading for g in answer.guidelines]
