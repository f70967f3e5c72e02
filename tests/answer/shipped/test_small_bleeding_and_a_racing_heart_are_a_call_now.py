"""Small bleeding, bruising and a racing heart said alone are a call to the care team now, not 911.

HSE sends bleeding gums or a nosebleed on chemo to the cancer hotline at once; NHS keeps A&E/999 for a nosebleed over
10 to 15 minutes, heavy bleeding, or feeling faint with it. NHS sends palpitations to 999 only with chest pain,
shortness of breath or feeling faint. So the answer is a call now whose reason tells the reader when to call 911, and
the 911 cases stay 911: bleeding that will not stop, a lot of blood, a racing heart with chest pain, a faint that
happened.
"""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import Level, triage


def _found(kb, question: str):  # noqa: ANN001, ANN202
    found = symptoms.find(kb, question, [])
    assert found is not None, question
    return found


@pytest.mark.parametrize(("question", "key"), [
    ("my gums bleed a little when I brush", "bleeding"),
    ("I have a nosebleed", "bleeding"),
    ("bruises easily since chemo, is that normal", "bleeding"),
    ("my heart is racing", "heartbeat"),
])
def test_said_alone_it_is_a_call_now_that_says_when_to_call_911(kb, question, key) -> None:  # noqa: ANN001
    found = _found(kb, question)
    assert (found.key, found.result.level) == (key, Level.call_now)
    assert "911" in found.result.reason and not found.result.assumed


def test_the_bleeding_reason_names_the_911_signs(kb) -> None:  # noqa: ANN001
    reason = _found(kb, "I have a nosebleed").result.reason
    for sign in ("heavy", "10 to 15 minutes", "streaks of blood", "feel faint"):
        assert sign in reason, sign


@pytest.mark.parametrize("question", [
    "my nose has been bleeding for 20 minutes even pinching it",
    "my mom's nosebleed won't stop, she's on chemo",
    "I'm bleeding heavily from a cut",
    "my gums are bleeding and I feel faint",
    "I'm coughing up a lot of blood",
    "I'm bleeding really bad",
    "she's bleeding profusely",
    "severe bleeding from my mouth",
    "my nosebleed has lasted 30 minutes",
    "blood everywhere from my nose",
    "cut my finger and it keeps bleeding and bleeding, my platelets are low",
    "the blood is soaking through the bandage",
    "my heart is racing and my chest hurts",
    "my heart is racing and I feel faint",
    "my heart is racing and I can't catch my breath",
    "I passed out in the shower this morning",
    "dad collapsed in the bathroom",
])
def test_the_911_signs_stay_911(kb, question) -> None:  # noqa: ANN001
    assert _found(kb, question).result.level == Level.emergency


@pytest.mark.parametrize(("symptom", "answers", "level"), [
    ("bleeding", {}, Level.call_now),
    ("bleeding", {"heavy": "no"}, Level.call_now),
    ("bleeding", {"heavy": "yes"}, Level.emergency),
    ("heartbeat", {}, Level.call_now),
    ("heartbeat", {"faint_or_chest_pain": "yes"}, Level.emergency),
])
def test_the_tracker_form_gives_the_same_levels(kb, symptom, answers, level) -> None:  # noqa: ANN001
    result = triage(kb.triage, symptom, answers, frozenset())
    assert result.level == level and not result.assumed
    if level == Level.call_now:
        assert "911" in result.reason
