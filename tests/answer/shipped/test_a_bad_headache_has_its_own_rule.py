"""A bad headache has a rule of its own, with follow-up questions, instead of being a stroke sign by itself.

NHS "Headaches": 999 for a headache that came on suddenly and is extremely painful; a GP when painkillers do not help.
Cancer Research UK lists a headache among the infection signs to call the 24-hour line about, and NCI "Cancer Pain"
says to tell the team when pain medicine does not help. So: sudden and very bad, 911; not eased by pain medicine, a
call now; otherwise a call today. Said in strong words with "sudden?" unanswered, it stays 911; a calm question about
a pattern ("why do I get a bad headache when I stand up"), which said 911 before, is no alarm."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import Level, call_signs, triage


@pytest.mark.parametrize("question", [
    "why do I get a bad headache when I stand up",
    "why does my mom get a terrible headache every evening",
])
def test_a_pattern_question_about_a_bad_headache_is_no_alarm(kb, question) -> None:  # noqa: ANN001
    assert symptoms.find(kb, question, []) is None, question


@pytest.mark.parametrize(("question", "key"), [
    ("worst headache of my life came on suddenly", "headache"),
    ("I have a really bad headache", "headache"),
    ("my head is killing me and tylenol isn't helping", "headache"),
    ("bad headache and my speech is slurred", "stroke_signs"),
])
def test_a_bad_headache_said_now_is_911(kb, question, key) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == (key, Level.emergency), question


def test_a_sudden_headache_gives_its_own_reason_not_the_stroke_list(kb) -> None:  # noqa: ANN001
    reason = symptoms.find(kb, "worst headache of my life came on suddenly", []).result.reason
    assert reason.startswith("A very bad headache that comes on suddenly")


@pytest.mark.parametrize(("answers", "level"), [
    ({"sudden": "yes"}, Level.emergency),
    ({"sudden": "no", "not_eased": "yes"}, Level.call_now),
    ({"sudden": "no", "not_eased": "no"}, Level.call_today),
    ({}, Level.emergency),
])
def test_the_tracker_form_gives_the_levels(kb, answers, level) -> None:  # noqa: ANN001
    result = triage(kb.triage, "headache", answers, frozenset())
    assert result.level == level
    if level != Level.emergency:
        assert "Call 911 if" in result.reason


def test_every_when_to_call_box_names_the_sudden_headache(kb) -> None:  # noqa: ANN001
    signs = {(s.symptom, s.level): s.sign for s in call_signs(kb.triage, frozenset())}
    assert signs[("headache", Level.emergency)] == "A sudden, very bad headache, like the worst of your life"
