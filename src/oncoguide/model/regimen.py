"""A regimen: which drugs, at what dose, on which days of a cycle, and how it is monitored."""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

from pydantic import Field, field_validator, model_validator

from .base import Cites, Dated, Labeled, Slug, Statement, Strict, Text
from .drug import SideEffect


class Unit(str, Enum):
    mg = "mg"
    mg_m2 = "mg/m²"
    mg_kg = "mg/kg"
    mcg = "mcg"
    g_m2 = "g/m²"
    auc = "AUC"
    units = "units"
    units_m2 = "units/m²"  # bleomycin in ABVD


class Route(str, Enum):
    oral = "oral"
    iv = "IV"
    subcutaneous = "subcutaneous"
    intramuscular = "intramuscular"


def parse_days(value: Any) -> Any:
    """Accept `1-21`, `1, 8, 15` or a list of day numbers."""
    if isinstance(value, int):
        return [value]
    if not isinstance(value, str):
        return value
    days: list[int] = []
    for part in value.split(","):
        match = re.fullmatch(r"\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*", part)
        if not match:
            raise ValueError(f"days {value!r}: {part.strip()!r} is not a day or a `first-last` range")
        first, last = int(match[1]), int(match[2] or match[1])
        if last < first:
            raise ValueError(f"days {value!r}: range {first}-{last} is reversed")
        days.extend(range(first, last + 1))
    return days


def days_text(days: list[int]) -> str:
    """`1-21` -> `days 1 to 21`; `1, 8, 15` -> `days 1, 8 and 15`."""
    runs: list[str] = []
    start = prev = days[0]
    for d in [*days[1:], None]:
        if d is not None and d == prev + 1:
            prev = d
            continue
        runs.append(f"{start} to {prev}" if prev > start + 1 else (f"{start}, {prev}" if prev > start else str(start)))
        if d is not None:
            start = prev = d
    joined = ", ".join(runs[:-1]) + (" and " if len(runs) > 1 else "") + runs[-1]
    return ("day " if len(days) == 1 else "days ") + joined


class Component(Strict):
    """One drug of a regimen with its dose and the cycle days it is given."""

    drug: Slug = Field(description="Slug of the drug page.")
    dose: float = Field(gt=0)
    unit: Unit
    route: Route
    days: list[int] = Field(min_length=1, description="Cycle days the drug is given, `1-21` or `1, 8, 15`.")
    times_per_day: int = Field(1, ge=1, le=4)
    given: str | None = Field(None, description="How it is given, e.g. `IV infusion over 2 hours`.")
    continuous: bool = Field(False, description="A non-stop infusion over the days listed (by pump or drip), not one "
                                                "dose on each of them.")
    food: str | None = Field(None, description="For oral drugs: the food rule.")
    note: str | None = None
    cite: Cites

    @field_validator("days", mode="before")
    @classmethod
    def _parse_days(cls, value: Any) -> Any:
        return parse_days(value)

    @field_validator("days")
    @classmethod
    def _sorted_unique(cls, days: list[int]) -> list[int]:
        if any(d < 1 for d in days):
            raise ValueError("cycle days start at 1")
        if len(set(days)) != len(days):
            raise ValueError("a day is listed twice")
        return sorted(days)

    @property
    def dose_text(self) -> str:
        if self.unit == Unit.auc:
            return f"AUC {self.dose:g}"
        return f"{self.dose:g} {self.unit.value}"

    @property
    def days_text(self) -> str:
        return days_text(self.days)

    @property
    def frequency_text(self) -> str:
        return {1: "once a day", 2: "twice a day", 3: "three times a day", 4: "four times a day"}[self.times_per_day]

    @property
    def how_often(self) -> str:
        """How often on a dose day, where it says something: pills, or more than one dose a day. "Once a day" is
        wrong for a drip, shot or implant given once on set days (a 12-week implant is not "once a day")."""
        return self.frequency_text if self.route == Route.oral or self.times_per_day > 1 else ""


class Phase(Strict):
    """A run of identical cycles; most regimens have one, some (e.g. AC then paclitaxel) several."""

    name: str | None = None
    cycle_length_days: int = Field(ge=1, le=365)
    cycles: int | None = Field(None, ge=1, description="Number of cycles; empty means until it stops working or side effects are too hard.")
    components: list[Component] = Field(min_length=1)

    @model_validator(mode="after")
    def _days_in_cycle(self) -> Phase:
        for i, comp in enumerate(self.components):
            late = [d for d in comp.days if d > self.cycle_length_days]
            if late:
                raise ValueError(
                    f"components[{i}] ({comp.drug}) is given on day {late[0]}, after the end of a "
                    f"{self.cycle_length_days}-day cycle"
                )
        return self

    def dose_days(self) -> list[int]:
        return sorted({d for comp in self.components for d in comp.days})


class Schedule(Strict):
    """One way of giving the regimen (a variant), e.g. 21 of 28 days or all 28 days."""

    id: Slug
    name: Text
    phases: list[Phase] = Field(min_length=1)
    default: bool = False

    @model_validator(mode="after")
    def _only_last_open(self) -> Schedule:
        for phase in self.phases[:-1]:
            if phase.cycles is None:
                raise ValueError("only the last phase may run until progression (cycles left empty)")
        return self


class Interval(Strict):
    every_days: int = Field(ge=1)
    for_weeks: int | None = Field(None, ge=1, description="Empty means: from then on.")


class TestKind(str, Enum):
    lab = "lab"
    biopsy = "biopsy"
    imaging = "imaging"
    exam = "exam"
    other = "other"


def _every(days: int) -> str:
    weeks, rest = divmod(days, 7)
    if rest:
        return "every day" if days == 1 else f"every {days} days"
    return "every week" if weeks == 1 else f"every {weeks} weeks"


class MonitoringItem(Strict):
    """A test and when it is done, counted from the first day of treatment."""

    test: Slug = Field(description="Short id, ideally a glossary slug, e.g. `cbc`.")
    name: Text
    kind: TestKind
    baseline: bool = Field(True, description="Done before treatment starts.")
    intervals: list[Interval] = Field([], description="Repeating phases, in order.")
    at_weeks: list[int] = Field([], description="Fixed weeks after the start, e.g. `[12, 24]`.")
    then_every_weeks: int | None = Field(None, ge=1, description="After the last fixed week, repeat this often.")
    when: str | None = Field(None, description="For as-needed tests: when it is done.")
    text: Text
    cite: Cites

    @model_validator(mode="after")
    def _one_way(self) -> MonitoringItem:
        if self.intervals and self.at_weeks:
            raise ValueError("use intervals or at_weeks, not both")
        if self.then_every_weeks and not self.at_weeks:
            raise ValueError("then_every_weeks needs at_weeks")
        for iv in self.intervals[:-1]:
            if iv.for_weeks is None:
                raise ValueError("only the last interval may run from then on (for_weeks empty)")
        return self

    @property
    def when_text(self) -> str:
        """When the test is done, in words, for the page and the answers alike: `before treatment starts, every week
        for 8 weeks, then every 4 weeks after that`; empty when the item says nothing of when."""
        parts = ["before treatment starts"] if self.baseline else []
        for iv in self.intervals:
            parts.append(_every(iv.every_days) + (f" for {iv.for_weeks} weeks" if iv.for_weeks else " after that"))
        if self.at_weeks:
            weeks = [str(w) for w in self.at_weeks]
            parts.append("at week " + weeks[0] if len(weeks) == 1 else "at weeks " + ", ".join(weeks[:-1]) + " and " + weeks[-1])
        if self.then_every_weeks:
            parts.append(_every(self.then_every_weeks * 7) + " after that")
        if self.when:  # a clause in mid-sentence: "..., then after the second month, as your doctor decides"
            when = self.when.rstrip(".")
            when = when[:1].lower() + when[1:]
            if when.startswith("before"):
                parts = [p for p in parts if p != "before treatment starts"]
            parts.append(when)
        return ", then ".join(parts)

    def due_days(self, last: int) -> list[int]:
        """Days after the start (day 0 = before treatment) on which the test is due, up to day `last`.

        The one rule for the page timeline and the tracker calendar: each run of an interval starts where the
        one before ended, and its first test falls one interval in.
        """
        days = [0] if self.baseline else []
        cursor = 0
        for interval in self.intervals:
            end = cursor + interval.for_weeks * 7 if interval.for_weeks else last
            day = cursor + interval.every_days
            while day <= min(end, last):
                days.append(day)
                day += interval.every_days
            cursor = end
        days += [w * 7 for w in self.at_weeks if w * 7 <= last]
        if self.then_every_weeks and self.at_weeks:
            day = (max(self.at_weeks) + self.then_every_weeks) * 7
            while day <= last:
                days.append(day)
                day += self.then_every_weeks * 7
        return sorted(set(days))


class MonitoringPlan(Strict):
    items: list[MonitoringItem] = []
    notes: list[Statement] = []


class Regimen(Dated):
    slug: Slug
    name: Text
    short_name: str | None = None
    cancers: list[Slug] = Field(min_length=1)
    setting: Text = Field(description="When it is used, e.g. `lower-risk MDS with del(5q) and anemia needing transfusions`.")
    summary: Statement
    how_it_works: list[Statement] = []
    goals: list[Statement] = Field(min_length=1)
    schedules: list[Schedule] = Field(min_length=1)
    dispensing: list[Statement] = []
    duration: list[Statement] = []
    monitoring: MonitoringPlan = MonitoringPlan()
    test_results: list[Statement] = Field([], description="What test results can change.")
    dose_modifications: list[Labeled] = []
    side_effects: list[SideEffect] = []
    tips: list[Labeled] = []
    cost_help: list[Labeled] = []
    coping: list[Statement] = []

    @model_validator(mode="after")
    def _schedules(self) -> Regimen:
        ids = [s.id for s in self.schedules]
        if len(set(ids)) != len(ids):
            raise ValueError("two schedules share an id")
        if sum(s.default for s in self.schedules) > 1:
            raise ValueError("more than one schedule is marked default")
        return self

    @property
    def default_schedule(self) -> Schedule:
        return next((s for s in self.schedules if s.default), self.schedules[0])

    def schedule(self, schedule_id: str | None) -> Schedule:
        if schedule_id is None:
            return self.default_schedule
        for s in self.schedules:
            if s.id == schedule_id:
                return s
        raise KeyError(schedule_id)

    @property
    def display_name(self) -> str:
        """How an answer names the plan: its short name ("R-CHOP"), unless that is only its one drug's name, which
        reads as the drug ("In Ibrutinib: In the RESONATE-2 trial ..."); then its full name ("Ibrutinib for chronic
        lymphocytic leukemia"), which says which plan of the drug it is."""
        short = self.short_name
        if not short or short.lower() == self.name.lower() or short.lower().replace(" ", "-") in self.drugs:
            return self.name
        return short

    @property
    def by_drip(self) -> bool:
        """Whether a schedule of this plan gives a drug into a vein: the plan says how it gives each drug, which is
        closer than the drug's forms (temozolomide has a drip form; with radiation it is taken as capsules)."""
        return any(c.route == Route.iv for s in self.schedules for p in s.phases for c in p.components)

    @property
    def drugs(self) -> list[str]:
        seen: dict[str, None] = {}
        for s in self.schedules:
            for p in s.phases:
                for c in p.components:
                    seen.setdefault(c.drug)
        return list(seen)
