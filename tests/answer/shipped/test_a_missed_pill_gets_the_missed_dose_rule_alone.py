""""Forgot my Arimidex pill last night": the rule for a missed dose, not the side-effect rows or the schedule.
A pill is how the medicine comes, no symptom, and "last night" says when the dose was missed, not when to take it.
Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "forgot my arimidex pill last night",
    "i missed my aromasin pill this morning, what now",
    "skipped my capecitabine pills this evening by mistake",
])
def test_no_side_effects_beside_the_missed_dose_rule(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert "missed_dose" in answer.intents
    assert answer.intents == ["missed_dose"], answer.intents
    headings = [g.heading for g in (*answer.guidelines, *answer.research)]
    text = " ".join(i.text for i in answer.cited()).lower()
    assert "Side effects" not in headings and "happened in" not in text, text
