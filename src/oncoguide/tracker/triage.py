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


def _holds(when: dict[str, bool | float], answers: dict[str, Any]) -> bool:
    for key, want in when.items():
        if key.endswith("_at_least"):
            have = answers.get(key.removesuffix("_at_least"))
            if have is None or float(have) < float(want):
                return False
        elif bool(answers.get(key, False)) != bool(want):
            return False
    return True


def triage(rules: dict[str, SymptomRules], symptom: str, answers: dict[str, Any]) -> Result:
    """The first matching rule decides; an emergency word always goes first."""
    if symptom not in rules:
        raise NotFound("symptom", symptom, sorted(rules))
    for rule in rules[symptom].rules:
        if _holds(rule.when, answers):
            return Result(symptom=symptom, level=rule.level, headline=HEADLINE[rule.level], reason=rule.text,
                          cite=rule.cite)
    raise InputError(f"No triage rule covers these answers for {symptom}.")  # triage.yaml ends each list with a catch-all
