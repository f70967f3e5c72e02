from __future__ import annotations

import csv
from pathlib import Path

import pytest

from oncoguide.errors import InputError, NotFound
from oncoguide.settings import CHECKOUT_CONTENT
from oncoguide.tracker.triage import Level, Report, load_rules, lowers_white_cells, triage

CTCAE = Path(__file__).resolve().parents[3] / "shared" / "data" / "ctcae" / "CTCAE_v5.0_sheet1.csv"


@pytest.fixture(scope="module")
def rules():
    return load_rules(CHECKOUT_CONTENT / "triage.yaml")


@pytest.mark.parametrize("temp, unit, low_wbc, level", [
    (38.0, "C", True, Level.call_now),
    (100.4, "F", True, Level.call_now),
    (37.9, "C", True, Level.next_visit),
    (38.5, "C", False, Level.call_today),
    (40.5, "C", False, Level.call_now),
    (101.2, None, True, Level.call_now),  # only °F makes sense
])
def test_fever(rules, temp, unit, low_wbc, level):
    assert triage(Report(symptom="fever", temperature=temp, unit=unit), rules, low_wbc).level == level


@pytest.mark.parametrize("temp, unit, message", [
    (101, "C", "not possible.*Did you mean 101 °F"),
    (38, "F", "not possible"),
    (60, None, "°C or °F"),
])
def test_impossible_or_unclear_temperatures_are_refused(rules, temp, unit, message):
    with pytest.raises(InputError, match=message):
        triage(Report(symptom="fever", temperature=temp, unit=unit), rules)


@pytest.mark.parametrize("stools, level", [(2, Level.next_visit), (4, Level.call_today), (6, Level.call_today),
                                           (7, Level.call_now)])
def test_diarrhea_follows_ctcae_grades(rules, stools, level):
    assert triage(Report(symptom="diarrhea", stools_over_baseline=stools), rules).level == level


@pytest.mark.parametrize("symptom, severity, level", [
    ("chest-pain", None, Level.emergency),
    ("shortness-of-breath", "severe", Level.emergency),
    ("leg-swelling", None, Level.call_now),
    ("bleeding", "severe", Level.emergency),
    ("rash", "severe", Level.call_now),
    ("fatigue", "mild", Level.next_visit),
    ("numbness", "moderate", Level.call_today),
])
def test_urgent_signs(rules, symptom, severity, level):
    result = triage(Report(symptom=symptom, severity=severity), rules)
    assert result.level == level and result.cite and result.action


def test_unknown_symptom_and_missing_severity(rules):
    with pytest.raises(NotFound):
        triage(Report(symptom="hiccups"), rules)
    with pytest.raises(InputError, match="how bad"):
        triage(Report(symptom="rash"), rules)


def test_every_rule_cites_a_known_source_id(rules):
    assert {c.source for r in rules.rules for c in r.cite} <= {"ctcae-v5", "revlimid-label"}


def test_lenalidomide_lowers_white_cells(rules, lenalidomide, dexamethasone):
    assert lowers_white_cells([lenalidomide], rules) and not lowers_white_cells([dexamethasone], rules)


@pytest.mark.skipif(not CTCAE.exists(), reason="../shared/data/ctcae is not beside this checkout")
def test_ctcae_sections_cited_exist_and_match_the_diarrhea_thresholds(rules):
    with CTCAE.open(encoding="utf-8", errors="replace") as f:
        terms = {row["CTCAE Term"].strip(): row for row in csv.DictReader(f)}
    cited = {c.section for r in rules.rules for c in r.cite if c.source == "ctcae-v5"}
    assert cited <= set(terms)
    diarrhea = terms["Diarrhea"]
    assert "<4" in diarrhea["Grade 1"] and "4 - 6" in diarrhea["Grade 2"] and ">=7" in diarrhea["Grade 3"]
    assert "38.0" in terms["Fever"]["Grade 1"] and ">=38 degrees C" in terms["Febrile neutropenia"]["Grade 3"]
