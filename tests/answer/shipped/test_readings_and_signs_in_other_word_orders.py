"""Urgent signs in other word orders and in British words reach their rules: a reading after "temp just hit" or
before "temp", a chest "like an elephant is sitting on it", a nose "pouring with blood" that will not stop (911:
bleeding that does not stop), and "mom is fitting" (a seizure). Each was no notice before. Look-alikes stay calm."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import Level


@pytest.mark.parametrize(("question", "key", "level"), [
    ("hubby's temp just hit 39.4, he had chemo friday", "fever", Level.call_now),
    ("100.6 temp on taxotere", "fever", Level.call_now),
    ("my chest feels like an elephant is sitting on it", "chest_pain", Level.emergency),
    ("nose is pouring with blood and won't stop", "bleeding", Level.emergency),
    ("mom is fitting", "seizure", Level.emergency),
    ("she's fitting again", "seizure", Level.emergency),
])
def test_the_sign_reaches_its_rule(kb, question, key, level) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == (key, level), question


@pytest.mark.parametrize("question", ["the dress is fitting well", "the temp in the room was 40 degrees"])
def test_lookalikes_are_no_symptom(kb, question) -> None:  # noqa: ANN001
    assert symptoms.find(kb, question, []) is None, question
