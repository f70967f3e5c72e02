"""Two signs that must reach 911 even inside a calm-sounding sentence.

A seizure or faint "a few minutes ago" is happening now: the sign passed within the hour, and asking "should we call
someone" does not make it a general question. And gasping, not getting words out, or lips turning blue or grey is a
999/911 sign on its own (NHS "Shortness of breath"), even in a sentence that also describes a habit ("he gets short of
breath when he walks").
"""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import Level, triage


@pytest.mark.parametrize(("question", "key"), [
    ("he had a seizure a few minutes ago, should we call someone", "seizure"),
    ("my mom fainted 10 minutes ago, should we call the nurse line", "fainting"),
    ("my husband gets really short of breath when he walks and his lips are turning blue", "shortness_of_breath"),
    ("she always gets breathless on the stairs but now she is gasping and can't get her words out", "shortness_of_breath"),
])
def test_the_sign_gets_911(kb, question, key) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == (key, Level.emergency)


def test_blue_lips_give_their_own_reason_in_the_tracker(kb) -> None:  # noqa: ANN001
    result = triage(kb.triage, "shortness_of_breath", {"struggling": True}, frozenset())
    assert result.level == Level.emergency and "blue or grey" in result.reason and not result.assumed


@pytest.mark.parametrize("question", [
    "my wife gets short of breath when she walks to the mailbox, is that the anemia",
    "I had a seizure years ago, can I take Xtandi",
])
def test_a_habit_or_an_old_event_stays_calm(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is None or found.result.level not in (Level.emergency, Level.call_now)


@pytest.mark.parametrize("question", [
    "temperature 38.9 on FOLFOX, should I go to the emergency room?",
    "mom has a temperature of 101.5 after chemo last week, should we go in",
])
def test_a_fever_said_tersely_then_asked_about_is_a_call_now(kb, question) -> None:  # noqa: ANN001
    """A clause that opens with the symptom, or a bare "mom", says it is happening; "should we go in" is not a what-if."""
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == ("fever", Level.call_now)


def test_weighing_the_er_for_a_fever_gets_the_fever_rule(kb) -> None:  # noqa: ANN001
    """"Should I go to the ER" is someone deciding about emergency care now, not a what-if: the fever rule answers it
    (call now), even with no temperature given."""
    found = symptoms.find(kb, "should I go to the ER or call the oncologist for a fever", [])
    assert found is not None and (found.key, found.result.level) == ("fever", Level.call_now)


@pytest.mark.parametrize("question", [
    "my chest has felt tight since last night and i'm on 5fu, is that a sign of heart trouble",
    "his chest has been heavy all morning",
])
def test_a_chest_that_has_felt_tight_is_chest_pain(kb, question) -> None:  # noqa: ANN001
    """"Has felt tight" / "has been heavy" are chest pain said in the perfect tense; 5-FU can cause heart pain."""
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == ("chest_pain", Level.emergency)
