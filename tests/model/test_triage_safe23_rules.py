"""The shipped symptom rules added or changed for diarrhea on two kinds of treatment, a high blood sugar and double
vision: each level and reason is pinned, so a change to who to call, or how soon, fails here."""

import pytest

from oncoguide.model.triage import Level, Risk, triage

LOW_WHITES, IMMUNE, CLOTS = Risk.lowers_white_cells, Risk.immune_effects, Risk.clots


@pytest.mark.parametrize(("stools", "risks", "level", "reason"), [
    (4, {LOW_WHITES}, Level.call_now, "sign of infection"),        # Cancer Research UK: 4 or more in 24 hours
    (6, {IMMUNE}, Level.call_now, "colitis"),                      # Cancer Research UK, nivolumab: 4 or more a day
    (5, {CLOTS}, Level.call_today, "moderate diarrhea"),           # neither risk: CTCAE grade 2
    (3, {LOW_WHITES, IMMUNE}, Level.next_visit, "mild diarrhea"),
    (8, {IMMUNE}, Level.call_now, "severe diarrhea"),              # grade 3 keeps its own reason
])
def test_diarrhea_by_count_and_treatment(rules, stools, risks, level, reason) -> None:  # noqa: ANN001
    result = triage(rules, "diarrhea", {"extra_stools": stools}, frozenset(risks))
    assert result.level == level and reason in result.reason


def test_diarrhea_on_immunotherapy_needs_a_known_treatment(rules) -> None:  # noqa: ANN001
    # no treatment named: the white-cell rule (the riskier reading) decides, not colitis
    assert "infection" in triage(rules, "diarrhea", {"extra_stools": 5}, None).reason


@pytest.mark.parametrize(("answers", "level"), [
    ({"danger_signs": "yes"}, Level.call_now),     # HSE: high sugar with vomiting, fast breathing, drowsiness
    ({"danger_signs": "no"}, Level.call_today),    # Macmillan: tell the team about high readings
    ({}, Level.call_now),                          # unanswered counts toward the more urgent level
])
def test_a_high_blood_sugar(rules, answers, level) -> None:  # noqa: ANN001
    result = triage(rules, "high_blood_sugar", answers, frozenset())
    assert result.level == level and ("emergency room" in result.reason) == (level == Level.call_now)


@pytest.mark.parametrize(("sudden", "level"), [("yes", Level.call_now), ("no", Level.call_today)])
def test_double_vision_or_drooping_eyelids(rules, sudden, level) -> None:  # noqa: ANN001
    result = triage(rules, "double_vision", {"sudden": sudden}, frozenset())
    assert result.level == level and "911" in result.reason and "swallow" in result.reason
