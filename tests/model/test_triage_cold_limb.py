"""A leg or arm that suddenly turns cold and pale, with pain or numbness, can be a clot blocking its artery (acute
limb ischaemia): Health New Zealand calls it a medical emergency. Before this rule, "my foot is cold and pale" on
nilotinib, a drug that narrows leg arteries, was answered with the drug page's advice to tell the team about leg
cramps. Cold or numb hands and feet alone, common on chemo, stay calm."""

import pytest
from shippedkb import shipped_composer, shipped_kb

from oncoguide.model.triage import Level, call_signs, triage


def test_a_cold_pale_painful_limb_is_911_and_cites_health_new_zealand() -> None:
    result = triage(shipped_kb().triage, "cold_limb", {}, frozenset())
    assert result.level == Level.emergency and "clot has blocked its artery" in result.reason
    assert [c.source for c in result.cite] == ["healthnz-acute-limb-ischaemia"]


def test_every_box_shows_the_sign() -> None:  # a 911 sign is never scoped to some treatments
    assert any(s.symptom == "cold_limb" for s in call_signs(shipped_kb().triage, frozenset()))


@pytest.mark.parametrize("question", [
    "on nilotinib, my calf cramps after walking and now my foot is cold and pale",
    "her foot is ice cold and blue and she says it hurts",
    "my dad's leg went white and numb all of a sudden, he is on cisplatin",
    "pale cold left leg since this morning on ponatinib",
])
def test_the_answer_says_call_911(question) -> None:  # noqa: ANN001
    notice = shipped_composer().answer(question).notices[0]
    assert notice.level == "emergency" and "911" in notice.text, (question, notice.text)


@pytest.mark.parametrize("question", [
    "my feet are always cold on chemo, is that normal?",
    "cold hands and tingling fingers on oxaliplatin",
    "a blue bruise on my leg that hurts a bit",
    "my legs ache and my white count is low, is the pain normal?",
    "my legs hurt when I walk on tasigna",
])
def test_common_cold_or_numb_hands_and_feet_are_no_911(question) -> None:  # noqa: ANN001
    notices = shipped_composer().answer(question).notices
    assert not any(n.level == "emergency" for n in notices), (question, [n.text for n in notices])
