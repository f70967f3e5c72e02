"""Symptom triage: each answer maps to who to call and how soon, with a cited reason."""

from pathlib import Path

import pytest

from oncoguide.errors import InputError, NotFound
from oncoguide.tracker.triage import Level, celsius, load_rules, triage

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def rules():  # noqa: ANN201
    return load_rules(CONTENT)


@pytest.mark.parametrize(("symptom", "answers", "level"), [
    ("fever", {"temperature_c": 38.2, "lowers_white_cells": True}, Level.call_now),
    ("fever", {"temperature_c": 38.2, "lowers_white_cells": False}, Level.call_today),
    ("fever", {"temperature_c": 40.5}, Level.call_now),
    ("fever", {"temperature_c": 37.4, "lowers_white_cells": True}, Level.next_visit),
    ("chest_pain", {}, Level.emergency),
    ("shortness_of_breath", {"at_rest": True}, Level.emergency),
    ("shortness_of_breath", {"sudden": True}, Level.emergency),
    ("shortness_of_breath", {"minimal_exertion": True}, Level.call_now),
    ("bleeding", {"heavy": True}, Level.emergency),
    ("bleeding", {}, Level.call_now),
    ("leg_swelling", {"one_leg": True}, Level.call_now),
    ("leg_swelling", {"one_leg": True, "short_of_breath": True}, Level.emergency),
    ("diarrhea", {"extra_stools": 7}, Level.call_now),
    ("diarrhea", {"extra_stools": 5}, Level.call_today),
    ("diarrhea", {"extra_stools": 2}, Level.next_visit),
    ("rash", {"blisters_or_peeling": True}, Level.call_now),
    ("rash", {"body_percent": 15}, Level.call_today),
    ("nausea_vomiting", {"cannot_keep_fluids_down": True}, Level.call_now),
    ("fatigue", {"limits_self_care": True}, Level.call_today),
    ("numbness", {}, Level.next_visit),
])
def test_levels(rules, symptom, answers, level) -> None:  # noqa: ANN001
    result = triage(rules, symptom, answers)
    assert result.level == level and result.cite and result.reason
    if level == Level.emergency:
        assert "911" in result.headline


def test_every_rule_cites_a_known_source(rules) -> None:  # noqa: ANN001
    import yaml

    known = set()
    for path in [CONTENT / "sources.yaml", *sorted((CONTENT / "sources").glob("*.yaml"))]:
        if path.exists():
            known |= {s["id"] for s in yaml.safe_load(path.read_text())["sources"]}
    for body in rules.values():
        assert body.rules[-1].when == {}, "each symptom ends with a catch-all rule"
        for rule in body.rules:
            assert {c.source for c in rule.cite} <= known


@pytest.mark.parametrize(("value", "unit", "expected"), [(100.4, "F", 38.0), (38.5, "°C", 38.5), (101, "f", 38.3)])
def test_temperature_units(value, unit, expected) -> None:  # noqa: ANN001
    assert celsius(value, unit) == expected


@pytest.mark.parametrize(("value", "unit", "message"), [
    (101, "C", "Did you mean °F"), (38.5, "F", "Did you mean °C"), (200, "F", "not a possible"), (38, "K", "unit"),
])
def test_impossible_temperatures(value, unit, message) -> None:  # noqa: ANN001
    with pytest.raises(InputError, match=message):
        celsius(value, unit)


def test_unknown_symptom(rules) -> None:  # noqa: ANN001
    with pytest.raises(NotFound, match="Did you mean"):
        triage(rules, "headache", {})


@pytest.mark.parametrize(("symptom", "answers", "message"), [
    ("diarrhea", {}, "extra_stools"),  # a missing count must not read as "mild"
    ("diarrhea", {"stools": 9}, "unknown answer stools.*extra_stools"),  # a typo must not fall through
    ("diarrhea", {"extra_stools": "many"}, "must be a number"),
    ("rash", {}, "body_percent"),
    ("bleeding", {"heavy": "maybe"}, "yes or no"),
])
def test_answers_that_cannot_be_judged_are_refused(rules, symptom, answers, message) -> None:  # noqa: ANN001
    with pytest.raises(InputError, match=message):
        triage(rules, symptom, answers)


def test_a_flag_that_decides_needs_no_number(rules) -> None:  # noqa: ANN001
    # Blisters alone are enough for "call now"; the share of skin is only asked when it matters.
    assert triage(rules, "rash", {"blisters_or_peeling": True}).level == Level.call_now
    # Fields a shared web form always sends (the unit select) are not "unknown".
    assert triage(rules, "diarrhea", {"extra_stools": 8, "unit": "C"}).level == Level.call_now
