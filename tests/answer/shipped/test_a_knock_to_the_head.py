"""A knock to the head: the emergency room on a drug that can cause bleeding (or with no drug named, the safer
reading), a call today otherwise. NHS "Head injury and concussion": go to A&E after a head injury if you take blood
thinners; most head injuries are not serious. Before, "I fell and hit my head, I'm on blood thinners" had no notice."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import Level, call_signs, triage


def test_a_fall_onto_the_head_with_no_drug_named_is_911(kb) -> None:  # noqa: ANN001
    found = symptoms.find(kb, "I fell and hit my head, I'm on blood thinners and chemo", [])
    assert found is not None and (found.key, found.result.level) == ("head_injury", Level.emergency)
    assert "emergency room" in found.result.reason


@pytest.mark.parametrize(("question", "headline"), [
    ("I bumped my head, I'm on Imbruvica", "Call 911"),                 # ibrutinib can cause bleeding
    ("I bumped my head, I'm on anastrozole", "Call your care team today"),  # anastrozole does not
])
def test_the_drug_decides(composer, question, headline) -> None:  # noqa: ANN001
    assert composer.answer(question).notices[0].text.startswith(headline), question


def test_the_levels_and_the_box(kb) -> None:  # noqa: ANN001
    assert triage(kb.triage, "head_injury", {}, frozenset({"bleeding"})).level == Level.emergency
    assert triage(kb.triage, "head_injury", {}, frozenset()).level == Level.call_today
    # The "When to call" box names it only where the treatment can cause bleeding.
    assert any(s.symptom == "head_injury" for s in call_signs(kb.triage, frozenset({"bleeding"})))
    assert not any(s.symptom == "head_injury" for s in call_signs(kb.triage, frozenset()))
