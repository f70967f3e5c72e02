"""More 911 signs in plain words: sepsis skin, one arm or leg suddenly weak, not knowing the day, hard to wake.

Cancer Research UK ("Symptoms of infections") lists mottled or discoloured skin among the sepsis signs to call 999 for; sudden weakness of one arm or leg is a stroke sign; not knowing what day it is is
disorientation (new confusion); a person hard to wake is as urgent as one who cannot be woken. Each was no notice at
all before. Numb hands from chemo, and a question about what a word means, stay calm."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import Level


@pytest.mark.parametrize(("question", "key"), [
    ("his skin looks mottled and he feels freezing cold, chemo 9 days ago", "sepsis_signs"),
    ("my daughter is grey and floppy after chemo", "sepsis_signs"),
    ("sudden weakness in my left arm and leg", "stroke_signs"),
    ("dad doesn't know what day it is and keeps dozing off, he's on chemo", "confusion"),
    ("my wife is really hard to wake this morning", "fainting"),
])
def test_the_sign_is_a_911_call(kb, question, key) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and found.result.level == Level.emergency, question
    assert key is None or found.key == key, (question, found.key)


@pytest.mark.parametrize(("question", "calm"), [
    ("what does mottled skin mean", None),
    ("this chemo makes me feel like I'm going to die, is that normal", None),
    ("my left arm and hand are numb from the cold after oxaliplatin", "numbness"),
])
def test_lookalikes_stay_calm(kb, question, calm) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert (found.key if found else None) == calm, question
    assert found is None or found.result.level != Level.emergency
