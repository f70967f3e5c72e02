"""Feeling faint is not a faint. A faint that happened stays 911. Feeling faint said alone is no 911 call: NHS 111 Wales
gives self-care (lie down with the legs raised) and keeps 999 for a faint with other signs. On a drug that can change the
heart's rhythm it is a call to the team now, as the Tasigna Medication Guide says ("call your doctor right away if you
feel lightheaded, faint..."); with no drug named, the safer of the two (a call now)."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import Level, triage


@pytest.mark.parametrize("question", [
    "I feel faint",
    "my wife is feeling faint",
    "I feel like I'm about to pass out",
    "I nearly fainted in the kitchen",
])
def test_feeling_faint_with_no_drug_named_is_a_call_now_that_names_911(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == ("fainting", Level.call_now), question
    assert "Call 911 if you pass out" in found.result.reason and not found.result.assumed


@pytest.mark.parametrize(("question", "headline"), [
    ("I feel faint, I'm on Tasigna", "Call your care team now"),        # a drug that can change the heart's rhythm
    ("I feel faint, I'm on anastrozole", "Call your care team today"),  # one that does not
])
def test_the_drug_decides_between_now_and_today(composer, question, headline) -> None:  # noqa: ANN001
    assert composer.answer(question).notices[0].text.startswith(headline), question


@pytest.mark.parametrize("question", [
    "my mom fainted 10 minutes ago",
    "she keeps passing out",
    "he passed out on the floor",
    "I felt faint and then I blacked out",
])
def test_a_faint_that_happened_stays_911(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and found.result.level == Level.emergency, question


def test_a_pattern_question_about_feeling_faint_is_no_alarm(kb) -> None:  # noqa: ANN001
    # Its call now could only come from a heart-rhythm drug nobody named.
    assert symptoms.find(kb, "why do I feel faint when I stand up", []) is None


@pytest.mark.parametrize(("answers", "risks", "level"), [
    ({"fainted": "yes"}, frozenset(), Level.emergency),
    ({"fainted": "no"}, frozenset(), Level.call_today),
    ({"fainted": "no"}, frozenset({"heart_rhythm"}), Level.call_now),
])
def test_the_tracker_form_gives_the_same_levels(kb, answers, risks, level) -> None:  # noqa: ANN001
    result = triage(kb.triage, "fainting", answers, risks)
    assert result.level == level
    if level == Level.call_now:
        assert result.reason.startswith("Feeling faint or lightheaded on a drug that can change the heart's rhythm")
