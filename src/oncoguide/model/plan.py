"""A person's treatment plan, the care team's changes to it, and the dated events it becomes."""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from functools import cache
from zoneinfo import available_timezones

from pydantic import Field, field_validator, model_validator

from .base import Slug, Strict


class Delay(Strict):
    """The care team pushes cycle `cycle` (and so every later one) back by `days`."""

    cycle: int = Field(ge=1)
    days: int = Field(ge=1, le=180)


class Hold(Strict):
    """No doses of `drug` from `start` to `end`, both included."""

    drug: Slug
    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> Hold:
        if self.end < self.start:
            raise ValueError(f"hold of {self.drug} ends ({self.end}) before it starts ({self.start})")
        return self


class DoseChange(Strict):
    drug: Slug
    start: dt.date
    dose: float = Field(gt=0)


# A start date outside these years is a typing error (year 9999), and would overflow date arithmetic.
EARLIEST_START, LATEST_START = dt.date(2000, 1, 1), dt.date(2099, 12, 31)
PHONE = r"^[0-9+()./ -]{3,30}$"


@cache
def time_zones() -> frozenset[str]:
    """Names a plan may use: the IANA zones Python knows (not areas like "America")."""
    return frozenset(available_timezones())


class CareContact(Strict):
    """Someone on the care team to call: by day, and after hours (nights, weekends)."""

    name: str = Field(min_length=1, max_length=100)
    daytime: str = Field(description="Number to call in office hours.")
    after_hours: str | None = Field(None, description="Number to call at night and at weekends.")

    @field_validator("daytime", "after_hours")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(PHONE, value):
            raise ValueError(f"{value!r} is not a phone number (use digits, spaces and + ( ) - . /)")
        return value

    def text(self) -> str:
        return f"{self.name}: daytime {self.daytime}" + (f", after hours {self.after_hours}" if self.after_hours else "")


class LogStatus(str, Enum):
    """What happened to one dose (taken, skipped, missed, vomited) or one clinic visit (attended, moved)."""

    taken = "taken"
    skipped = "skipped"
    missed = "missed"
    vomited = "vomited"
    attended = "attended"
    moved = "moved"


class TreatmentPlan(Strict):
    id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9-]+$")
    regimen: Slug
    schedule: Slug | None = Field(None, description="Schedule variant id; empty means the regimen's default.")
    start: dt.date
    doses: dict[str, float] = Field({}, description="Prescribed dose per drug slug, when the team set another.")
    dose_time: dt.time = dt.time(9, 0)
    timezone: str = "UTC"
    cycles: int | None = Field(None, ge=1, le=200, description="How many cycles to plan.")
    months: int | None = Field(None, ge=1, le=60, description="How far ahead to plan an open-ended regimen.")
    delays: list[Delay] = []
    holds: list[Hold] = []
    dose_changes: list[DoseChange] = []
    stop: dt.date | None = Field(None, description="Last day of treatment: events on this day are kept, none after it.")
    revision: int = Field(0, ge=0, description="Raised by each care-team change, so calendar apps take the update.")
    care_team: list[CareContact] = Field([], max_length=6, description="Who to call, shown on the plan and exports.")

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        if value not in time_zones():
            raise ValueError(f"unknown time zone {value!r} (use a name like Europe/Paris or America/New_York)")
        return value

    @field_validator("start")
    @classmethod
    def _likely_start(cls, value: dt.date) -> dt.date:
        if not EARLIEST_START <= value <= LATEST_START:
            raise ValueError(f"start date {value} is not a likely treatment start; check the year")
        return value

    @field_validator("doses")
    @classmethod
    def _positive(cls, doses: dict[str, float]) -> dict[str, float]:
        for drug, dose in doses.items():
            if dose <= 0:
                raise ValueError(f"dose of {drug} must be more than 0, got {dose:g}")
        return doses

    @model_validator(mode="after")
    def _consistent(self) -> TreatmentPlan:
        holds = sorted(self.holds, key=lambda h: (h.drug, h.start))
        for a, b in zip(holds, holds[1:]):
            if a.drug == b.drug and b.start <= a.end:
                raise ValueError(f"holds of {a.drug} overlap ({a.start}–{a.end} and {b.start}–{b.end})")
        cycles = [d.cycle for d in self.delays]
        if len(set(cycles)) != len(cycles):
            raise ValueError("two delays name the same cycle; give one delay with the total days")
        if self.stop and self.stop < self.start:
            raise ValueError(f"stop date {self.stop} is before the start date {self.start}")
        return self


class EventKind(str, Enum):
    cycle_start = "cycle_start"
    dose = "dose"
    infusion = "infusion"
    rest = "rest"
    test = "test"
    biopsy = "biopsy"
    imaging = "imaging"


class Event(Strict):
    uid: str = Field(description="Stable across plan changes, so calendars update instead of duplicating.")
    date: dt.date
    time: dt.time | None = None
    kind: EventKind
    title: str
    drug: str | None = None
    dose: str | None = None
    cycle: int | None = None
    day: int | None = Field(None, description="Day of the cycle.")
    test: str | None = None
