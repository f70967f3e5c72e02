"""A calm question about a pattern, or a symptom that was days ago and has gone, is not an emergency happening now.

- "Why is my breathing worse at night": nothing in it says sudden or at rest, so a 911 that would rest only on those
  questions left open is not its answer (NHS "Shortness of breath": see a GP when it gets worse when you lie down;
  999 for severe trouble breathing). What it says itself still counts: "why can't I breathe when I lie down" is 911.
- "My pain was 8/10 last week, it's fine now": its "now" says the pain is over. A sign that is always 911 (chest pain,
  a stroke sign) still alarms when it passed: a heart attack or mini-stroke can pass in minutes and still needs 911
  (Stroke Association, "What if symptoms pass?"), and so does anything that passed within the day.
"""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import URGENT, Level


@pytest.mark.parametrize("question", [
    "Why is my breathing worse at night",
    "why do I get short of breath when I climb stairs",
    "how come I'm more breathless in the mornings lately",
    "why do I get fevers every night",
])
def test_a_question_about_a_breathing_pattern_is_no_alarm(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is None or found.result.level not in URGENT


@pytest.mark.parametrize("question", [
    "my pain was 8/10 last month, it's fine now",
    "my pain was 8/10 last week, it's fine now",
    "I had a fever of 39 three days ago but it's gone now",
    "I had black stools last week, they're normal now",
    "my hip was in agony a few weeks ago but it went away",
])
def test_a_symptom_that_has_gone_for_days_is_no_alarm(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is None or found.result.level not in URGENT


@pytest.mark.parametrize(("question", "level"), [
    ("I had chest pain an hour ago", Level.emergency),
    ("I had chest pain an hour ago but it's fine now", Level.emergency),
    ("my husband had slurred speech two days ago, he's fine now", Level.emergency),
    ("why is my chest hurting at night", Level.emergency),
    ("my pain was 9/10 last week and it's fine now, but now my calf is swollen", Level.call_now),
    ("why can't I breathe", Level.emergency),
    ("why can't I breathe when I lie down", Level.emergency),
])
def test_what_passed_within_the_day_or_is_always_911_still_alarms(kb, question, level) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and found.result.level == level


def test_a_pattern_whose_own_words_are_urgent_keeps_its_alarm(kb) -> None:  # noqa: ANN001
    # New bleeding is a call now on its words alone (low platelets), asked as a pattern or not.
    found = symptoms.find(kb, "why do my gums bleed every morning", [])
    assert found is not None and found.key == "bleeding" and found.result.level in URGENT
