"""Strong everyday words for severe pain reach the pain rule (call now: CTCAE v5.0 Pain grade 3, severe; Seattle
Cancer Care Alliance: uncontrolled pain), and a headache said in those words reaches the headache rule, which is 911
while nobody says it did not come on suddenly (NHS: a sudden, extremely painful headache is a 999 call), like "a bad
headache" already did."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import Level


@pytest.mark.parametrize("question", [
    "my leg is killing me",
    "my back is killing me tonight",
    "agony in my hip",
    "unbearable pain",
    "the pain in my hip is excruciating",
    "my knee hurts like hell",
    "agonizing cramps in my legs",
    "my pain is through the roof",
])
def test_strong_words_for_pain_mean_severe_pain(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == ("pain", Level.call_now)
    assert "7 or more out of 10" in found.result.reason and not found.result.assumed


@pytest.mark.parametrize("question", [
    "excruciating headache",
    "I have an excruciating headache",
    "worst headache of my life",
    "my head is killing me",
    "an unbearable headache came on this afternoon",
])
def test_a_headache_in_strong_words_reaches_the_headache_rule_at_911(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == ("headache", Level.emergency)


@pytest.mark.parametrize("question", [
    "can Zometa cause excruciating bone pain",
    "the chemo is killing me",
    "is an agonizing headache a side effect of Revlimid",
])
def test_the_same_words_asked_in_general_are_no_alarm(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is None or found.result.level not in (Level.emergency, Level.call_now)
