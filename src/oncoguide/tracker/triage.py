"""Symptom triage: a reported symptom → how soon to call, by the cited rules in content/triage.yaml."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import ContentError, InputError, NotFound, Problem
from ..model import Citation, Drug

Severity = Literal["mild", "moderate", "severe"]

# Body temperatures outside these ranges are typos or the wrong unit (a live person is not at 101 °C).
PLAUSIBLE = {"C": (30.0, 45.0), "F": (86.0, 113.0)}


class Level(str, Enum):
    """How soon to act, most urgent first."""

    emergency = "emergency"
    call_now = "call_now"
    call_today = "call_today"
    next_visit = "next_visit"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class When(_Frozen):
    min_temp_c: float | None = None
    lowers_white_cells: bool | None = None
    min_stools: int | None = None
    severity: list[Severity] = []


class Rule(_Frozen):
    symptom: str
    when: When = When()
    level: Level
    text: str
    cite: list[Citation] = Field(min_length=1)


class SymptomInfo(_Frozen):
    ask: str
    severities: dict[Severity, str] = {}


class TriageRules(_Frozen):
    levels: dict[Level, str]
    white_cell_terms: list[str]
    symptoms: dict[str, SymptomInfo]
    rules: list[Rule]


class Report(_Frozen):
    """What the person tells us. Which fields matter depends on the symptom."""

    symptom: str
    temperature: float | None = None
    unit: Literal["C", "F"] | None = None
    stools_over_baseline: int | None = Field(None, ge=0, le=50)
    severity: Severity | None = None


class Triage(_Frozen):
    symptom: str
    level: Level
    action: str  # what to do, e.g. "Call 911 ..."
    reason: str
    cite: list[Citation]
    temperature_c: float | None = None


def load_rules(path: Path) -> TriageRules:
    """Read and check triage.yaml; every rule's symptom must be described, and every symptom must have a rule."""
    try:
        rules = TriageRules.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError) as exc:
        raise ContentError([Problem(str(path), None, None, str(exc))]) from exc
    except ValidationError as exc:
        raise ContentError([Problem(str(path), None, ".".join(map(str, e["loc"])), e["msg"]) for e in exc.errors()]) from exc
    problems = [Problem(str(path), None, f"rules[{i}]", f"symptom {r.symptom!r} is not under symptoms")
                for i, r in enumerate(rules.rules) if r.symptom not in rules.symptoms]
    problems += [Problem(str(path), None, f"symptoms.{s}", "no rule for this symptom")
                 for s in rules.symptoms if not any(r.symptom == s for r in rules.rules)]
    if problems:
        raise ContentError(problems)
    return rules


def lowers_white_cells(drugs: list[Drug], rules: TriageRules) -> bool:
    """Does any drug's page list a side effect that lowers white cells?"""
    terms = {t.lower() for t in rules.white_cell_terms}
    return any((se.term.lower() in terms or se.plain.lower() in terms)
               for d in drugs for se in (*d.common_side_effects, *d.serious_side_effects))


def celsius(value: float, unit: str | None) -> float:
    """Temperature in °C; refuse values no body can have in the given unit, and guess the unit only when it is clear."""
    if unit is None:
        fits = [u for u, (lo, hi) in PLAUSIBLE.items() if lo <= value <= hi]
        if len(fits) != 1:
            raise InputError(f"temperature {value:g}: say whether it is °C or °F")
        unit = fits[0]
    lo, hi = PLAUSIBLE[unit]
    if not lo <= value <= hi:
        other = "F" if unit == "C" else "C"
        hint = f" Did you mean {value:g} °{other}?" if PLAUSIBLE[other][0] <= value <= PLAUSIBLE[other][1] else ""
        raise InputError(f"temperature {value:g} °{unit} is not possible for a person (expected {lo:g}–{hi:g} °{unit}).{hint}")
    return round(value if unit == "C" else (value - 32) * 5 / 9, 1)


def triage(report: Report, rules: TriageRules, white_cells_low_risk: bool = True) -> Triage:
    """Decide how soon to call. `white_cells_low_risk` is True when a drug in the plan lowers white cells
    (the safe default when we do not know)."""
    if report.symptom not in rules.symptoms:
        raise NotFound("symptom", report.symptom, sorted(rules.symptoms))
    info = rules.symptoms[report.symptom]
    temp_c = None
    if report.symptom == "fever":
        if report.temperature is None:
            raise InputError("fever: give the temperature you measured, e.g. 38.2 C or 100.8 F")
        temp_c = celsius(report.temperature, report.unit)
    if report.symptom == "diarrhea" and report.stools_over_baseline is None:
        raise InputError("diarrhea: give how many more stools a day than usual, e.g. 3")
    if info.severities and report.severity is None:
        options = "; ".join(f"{k}: {v}" for k, v in info.severities.items())
        raise InputError(f"{report.symptom}: say how bad it is ({options})")
    for rule in rules.rules:
        if rule.symptom == report.symptom and _matches(rule.when, report, temp_c, white_cells_low_risk):
            return Triage(symptom=report.symptom, level=rule.level, action=rules.levels[rule.level],
                          reason=rule.text, cite=rule.cite, temperature_c=temp_c)
    raise InputError(f"no triage rule matched {report.symptom}; call your care team")  # the YAML ends each with a catch-all


def _matches(when: When, report: Report, temp_c: float | None, low_wbc: bool) -> bool:
    if when.min_temp_c is not None and (temp_c is None or temp_c < when.min_temp_c):
        return False
    if when.lowers_white_cells is not None and when.lowers_white_cells != low_wbc:
        return False
    if when.min_stools is not None and (report.stools_over_baseline or 0) < when.min_stools:
        return False
    return not when.severity or report.severity in when.severity
