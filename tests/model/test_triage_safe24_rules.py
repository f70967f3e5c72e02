"""The shipped symptom rules safe24 added or widened: each level, reason and source is pinned, so a change to who to
call, or how soon, fails here."""

import pytest

from oncoguide.model.triage import Level, Risk, call_signs, triage

LOW_WHITES = Risk.lowers_white_cells


def test_not_able_to_bear_weight_after_a_fall_is_911(rules) -> None:  # noqa: ANN001
    # NHS "Hip fracture": call 999 if you think you have broken your hip
    result = triage(rules, "broken_bone", {}, frozenset())
    assert result.level == Level.emergency and "broken hip" in result.reason
    assert [c.source for c in result.cite] == ["nhs-hip-fracture"]


def test_the_broken_bone_sign_shows_where_cancer_often_reaches_bone(rules) -> None:  # noqa: ANN001
    def shown(cancer: str) -> bool:
        return any(s.symptom == "broken_bone" for s in call_signs(rules, frozenset(), cancers=frozenset({cancer})))
    assert shown("multiple-myeloma") and shown("prostate-cancer") and shown("breast-cancer")
    assert not shown("melanoma") and not shown("chronic-myeloid-leukemia")  # the box stays short elsewhere


def test_chest_pain_cites_the_heart_attack_page(rules) -> None:  # noqa: ANN001
    # NHS "Heart attack": the pain may feel only like indigestion; the level stays 911
    result = triage(rules, "chest_pain", {}, frozenset())
    assert result.level == Level.emergency and "nhs-heart-attack" in [c.source for c in result.cite]


@pytest.mark.parametrize(("text", "symptom"), [
    ("indigestion and i'm clammy", "chest_pain"),
    ("heartburn going into my jaw", "chest_pain"),
    ("she's just not herself", "fever"),
    ("hot to touch", "fever"),
    ("sleepy and muddled", "confusion"),
    ("barely peeing", "little_urine"),
    ("hardly drunk anything", "nausea_vomiting"),
    ("the arm with the line is twice the size", "leg_swelling"),
    ("he fell yesterday and now he's drowsy", "head_injury"),
    ("can't put any weight on her leg", "broken_bone"),
    ("a dark curtain over part of my vision", "stroke_signs"),
    ("a shadow came across the top of the sight in his left eye", "stroke_signs"),
])
def test_new_words_name_their_symptom(rules, text, symptom) -> None:  # noqa: ANN001
    assert rules.symptoms[symptom].named_in(text), (text, symptom)


def test_barely_drinking_is_a_call_now_that_cites_dehydration(rules) -> None:  # noqa: ANN001
    result = triage(rules, "nausea_vomiting", {}, frozenset())
    assert result.level == Level.call_now and "dry you out" in result.reason
    assert "cancernet-dehydration" in [c.source for c in result.cite]
