"""A swollen, painful calf or black, maroon or bloody stools said alone is "call your care team now", and the reason
says when to call 911 instead (NHS and the Irish Cancer Society send a swollen calf to the team at once and keep
999 for breathlessness or chest pain; NHS sends black or dark red poo to an urgent appointment and keeps 999 for
feeling faint, vomiting blood or a lot of blood). With that sign said, it is 911."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import Level


@pytest.mark.parametrize(("question", "key"), [
    ("my calf is swollen and painful", "leg_swelling"),
    ("I have a swollen, painful calf", "leg_swelling"),
    ("my left leg is swollen and warm", "leg_swelling"),
])
def test_a_swollen_painful_calf_said_alone_calls_the_team_and_names_911s_signs(kb, question, key) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == (key, Level.call_now)
    reason = found.result.reason
    assert "blood clot" in reason and "Call 911 if you are also short of breath or have chest pain" in reason


@pytest.mark.parametrize("question", [
    "my stools are maroon",
    "I have black stools",
    "black tarry poop since yesterday",
    "there is blood when I poop",
])
def test_black_or_bloody_stools_said_alone_call_the_team_and_name_911s_signs(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == ("black_stools", Level.call_now)
    assert "Call 911 if you also feel faint or dizzy, vomit blood, or there is a lot of blood" in found.result.reason
    assert not found.result.assumed  # nothing was counted toward 911, so no "we chose the safer answer"


@pytest.mark.parametrize("question", [
    "my calf is swollen and I have chest pain",
    "my calf is swollen and painful and I am short of breath",
    "my poop is black and I feel lightheaded",
    "black stools and I feel faint",
    "maroon stools and there is a lot of blood in the toilet",
])
def test_with_the_sign_said_it_is_911(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and found.result.level == Level.emergency


def test_the_when_to_call_box_keeps_both_lines(kb) -> None:  # noqa: ANN001
    from oncoguide.model.triage import call_signs
    signs = {(s.symptom, s.level): s.sign for s in call_signs(kb.triage, frozenset())}
    assert "shortness of breath or chest pain" in signs[("leg_swelling", Level.emergency)]
    assert signs[("leg_swelling", Level.call_now)].startswith("One swollen")
    assert "feeling faint" in signs[("black_stools", Level.emergency)]
    assert signs[("black_stools", Level.call_now)] == "Black, tarry or bloody stools"
