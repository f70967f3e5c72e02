"""Symptom triage: answers about one symptom → who to call and how soon, by the cited rules of triage.yaml."""

from __future__ import annotations

from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field

from ..errors import InputError, NotFound
from ..model import Citation, Drug, KnowledgeBase


class Level(str, Enum):
    emergency = "emergency"
    call_now = "call_now"
    call_today = "call_today"
    next_visit = "next_visit"


HEADLINE = {
    Level.emergency: "Call 911 (or your local emergency number) now.",
    Level.call_now: "Call your care team now, day or night.",
    Level.call_today: "Call your care team today.",
    Level.next_visit: "Tell your care team at your next visit. Call sooner if it gets worse.",
}


class Rule(BaseModel):
    when: dict[str, bool | float] = {}
    level: Level
    text: str
    cite: list[Citation] = Field(min_length=1)


class SymptomRules(BaseModel):
    question: str
    rules: list[Rule] = Field(min_length=1)


class Result(BaseModel):
    symptom: str
    level: Level
    headline: str
    reason: str
    cite: list[Citation]


@lru_cache(maxsize=8)
def _read(path: Path, mtime: float) -> dict[str, SymptomRules]:  # noqa: ARG001 - mtime keys the cache
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return {name: SymptomRules.model_validate(body) for name, body in data["symptoms"].items()}
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the triage rules: {exc}") from exc


def load_rules(content_dir: Path, kb: KnowledgeBase | None = None) -> dict[str, SymptomRules]:
    """Read triage.yaml (parsed once per version of the file); with a knowledge base, check every cited source exists."""
    path = Path(content_dir) / "triage.yaml"
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise InputError(f"{path}: cannot read the triage rules: {exc}") from exc
    rules = _read(path, mtime)
    if kb is not None:
        for name, body in rules.items():
            for rule in body.rules:
                for cite in rule.cite:
                    if cite.source not in kb.sources:
                        raise InputError(f"{path}: {name}: cites unknown source {cite.source!r}")
    return rules


def celsius(value: float, unit: str) -> float:
    """A body temperature in °C; refuse numbers that cannot be a temperature in the unit given."""
    unit = unit.strip().upper().lstrip("°")
    if unit == "C":
        if not 30 <= value <= 45:
            hint = " Did you mean °F?" if 86 <= value <= 113 else ""
            raise InputError(f"{value:g} °C is not a possible body temperature.{hint}")
        return value
    if unit == "F":
        if not 86 <= value <= 113:
            hint = " Did you mean °C?" if 30 <= value <= 45 else ""
            raise InputError(f"{value:g} °F is not a possible body temperature.{hint}")
        return round((value - 32) * 5 / 9, 1)
    raise InputError(f"Give the temperature unit as C or F, not {unit!r}.")


def lowers_white_cells(drugs: list[Drug]) -> bool:
    """True when any drug's label lists low white cells (neutropenia) as a side effect."""
    words = ("neutropenia", "white blood cell", "white cell", "leukopenia", "febrile")
    return any(
        any(w in f"{e.term} {e.plain}".lower() for w in words)
        for d in drugs for e in [*d.common_side_effects, *d.serious_side_effects]
    )


NUMBER_SUFFIXES = ("_at_least", "_below")
# Answers the surfaces may send with any symptom: the service turns temperature + unit into temperature_c.
ALWAYS_ALLOWED = {"temperature", "unit"}


def _base(key: str) -> str:
    """The answer a condition reads: `extra_stools_at_least` reads `extra_stools`."""
    return next((key.removesuffix(s) for s in NUMBER_SUFFIXES if key.endswith(s)), key)


def answer_keys(rules: dict[str, SymptomRules]) -> set[str]:
    """Every answer any rule of any symptom reads."""
    return {_base(key) for body in rules.values() for rule in body.rules for key in rule.when}


def _number(symptom: str, key: str, value: Any) -> float:
    if isinstance(value, bool):
        raise InputError(f"{symptom}: {key} must be a number, not yes/no")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise InputError(f"{symptom}: {key} must be a number, got {value!r}") from None


def _holds(symptom: str, when: dict[str, bool | float], answers: dict[str, Any]) -> bool:
    for key, want in when.items():
        suffix = next((s for s in NUMBER_SUFFIXES if key.endswith(s)), None)
        if suffix:
            name = key.removesuffix(suffix)
            if answers.get(name) is None:
                # Never read a missing number as "none": that would quietly send e.g. severe diarrhea to "next visit".
                raise InputError(f"{symptom}: answer {name} (a number) so we can tell how urgent this is")
            have = _number(symptom, name, answers[name])
            if (have < float(want)) if suffix == "_at_least" else (have >= float(want)):
                return False
        else:
            have = answers.get(key, False)
            if not isinstance(have, bool):
                raise InputError(f"{symptom}: {key} must be yes or no, got {have!r}")
            if have != bool(want):
                return False
    return True


def triage(rules: dict[str, SymptomRules], symptom: str, answers: dict[str, Any]) -> Result:
    """The first matching rule decides; an emergency word always goes first.

    Unanswered yes/no questions count as no; a number a rule needs must be given, and an answer no rule
    reads is refused (a typo such as `stools=9` must not fall through to the mildest level).
    """
    if symptom not in rules:
        raise NotFound("symptom", symptom, sorted(rules))
    known = answer_keys(rules)
    unknown = sorted(set(answers) - known - ALWAYS_ALLOWED)
    if unknown:
        asked = sorted({_base(k) for r in rules[symptom].rules for k in r.when})
        raise InputError(f"{symptom}: unknown answer {', '.join(unknown)}; "
                         f"this symptom asks about: {', '.join(asked) or 'nothing more'}")
    for rule in rules[symptom].rules:
        if _holds(symptom, rule.when, answers):
            return Result(symptom=symptom, level=rule.level, headline=HEADLINE[rule.level], reason=rule.text,
                          cite=rule.cite)
    raise InputError(f"No triage rule covers these answers for {symptom}.")  # triage.yaml ends each list with a catch-all
