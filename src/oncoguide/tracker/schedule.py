"""Turn a treatment plan and its regimen into dated events. Pure functions: no I/O, no clock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta
from pydantic import ValidationError

from ..errors import InputError, NotFound
from ..model import MonitoringItem, Phase, Regimen, Route, Schedule, TestKind
from ..model.plan import DEFAULT_HORIZON_MONTHS, Delay, DoseChange, Event, EventKind, Hold, TreatmentPlan

_TEST_KIND = {TestKind.biopsy: EventKind.biopsy, TestKind.imaging: EventKind.imaging}


@dataclass(frozen=True)
class Cycle:
    number: int  # 1-based across all phases
    phase: Phase
    start: dt.date

    @property
    def end(self) -> dt.date:
        """Last day of the cycle."""
        return self.start + dt.timedelta(days=self.phase.cycle_length_days - 1)

    def date_of(self, day: int) -> dt.date:
        return self.start + dt.timedelta(days=day - 1)


def make_plan(data: dict[str, Any], regimen: Regimen) -> TreatmentPlan:
    """Validate user input into a plan that fits the regimen, or raise one clear InputError/NotFound."""
    try:
        plan = TreatmentPlan.model_validate(data)
    except ValidationError as exc:
        raise InputError(_plain(exc)) from None
    check_plan(plan, regimen)
    return plan


def check_plan(plan: TreatmentPlan, regimen: Regimen) -> None:
    if plan.variant is not None and plan.variant not in {s.id for s in regimen.schedules}:
        raise NotFound(f"schedule of {regimen.slug}", plan.variant, [s.id for s in regimen.schedules])
    problems = plan.problems_with(regimen)
    if problems:
        raise InputError("; ".join(problems))


def _plain(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(parts)


def cycles(plan: TreatmentPlan, schedule: Schedule) -> list[Cycle]:
    """Every cycle in the horizon, with the care team's delays applied (a delay moves its cycle and later ones)."""
    delays = [c for c in plan.changes if isinstance(c, Delay)]
    limit = plan.horizon_cycles
    open_end = None
    if schedule.phases[-1].cycles is None and limit is None:
        open_end = plan.start + relativedelta(months=plan.horizon_months or DEFAULT_HORIZON_MONTHS)
    stop = plan.stop_date
    out: list[Cycle] = []
    base = plan.start
    for phase in schedule.phases:
        count = 0
        while phase.cycles is None or count < phase.cycles:
            number = len(out) + 1
            if limit is not None and number > limit:
                return out
            start = base + dt.timedelta(days=sum(d.days for d in delays if d.cycle <= number))
            if (open_end is not None and phase.cycles is None and start >= open_end) or (stop and start >= stop):
                return out
            out.append(Cycle(number, phase, start))
            base += dt.timedelta(days=phase.cycle_length_days)
            count += 1
    return out


def events(plan: TreatmentPlan, regimen: Regimen) -> list[Event]:
    """Every event of the plan, sorted by date and time."""
    check_plan(plan, regimen)
    schedule = regimen.schedule(plan.variant)
    all_cycles = cycles(plan, schedule)
    found = [e for c in all_cycles for e in _cycle_events(plan, c)]
    if all_cycles:
        last = all_cycles[-1].end
        if plan.stop_date:
            last = min(last, plan.stop_date - dt.timedelta(days=1))
        for item in regimen.monitoring.items:
            found.extend(_test_events(plan, item, last))
    return sorted(found, key=lambda e: e.sort_key)


def _cycle_events(plan: TreatmentPlan, cycle: Cycle) -> list[Event]:
    pid, n, stop = plan.id, cycle.number, plan.stop_date
    out = [Event(date=cycle.start, kind=EventKind.cycle_start, title=f"Cycle {n} starts", cycle=n, day=1,
                 uid=f"{pid}-c{n}-start")]
    holds = [c for c in plan.changes if isinstance(c, Hold)]
    for comp in cycle.phase.components:
        oral = comp.route == Route.oral
        for day in comp.days:
            date = cycle.date_of(day)
            if (stop and date >= stop) or any(h.drug == comp.drug and h.start <= date <= h.end for h in holds):
                continue
            dose = _dose_on(plan, comp.drug, comp.dose, date)
            text = f"{dose:g} {comp.unit.value}" if comp.unit.value != "AUC" else f"AUC {dose:g}"
            how = comp.frequency_text if oral else (comp.given or comp.route.value)
            out.append(Event(
                date=date, time=plan.dose_time if oral else None,
                kind=EventKind.dose if oral else EventKind.infusion,
                title=f"{comp.drug} {text}, {how}", drug=comp.drug, dose_text=text, cycle=n, day=day,
                uid=f"{pid}-c{n}-d{day}-{comp.drug}"))
    dosed = set(cycle.phase.dose_days())
    for day in range(1, cycle.phase.cycle_length_days + 1):
        date = cycle.date_of(day)
        if day not in dosed and not (stop and date >= stop):
            out.append(Event(date=date, kind=EventKind.rest, title=f"Rest day (cycle {n}, day {day})", cycle=n,
                             day=day, uid=f"{pid}-c{n}-d{day}-rest"))
    return out


def _dose_on(plan: TreatmentPlan, drug: str, regimen_dose: float, date: dt.date) -> float:
    dose = plan.doses.get(drug, regimen_dose)
    for change in sorted((c for c in plan.changes if isinstance(c, DoseChange)), key=lambda c: c.start):
        if change.drug == drug and change.start <= date:
            dose = change.dose
    return dose


def test_offsets(item: MonitoringItem, last_day: int) -> list[int]:
    """Days after the start date when a test is due, up to `last_day` (baseline is day 0)."""
    days = [0] if item.baseline else []
    t = 0
    for iv in item.intervals:
        end = last_day if iv.for_weeks is None else min(last_day, t + iv.for_weeks * 7)
        d = t + iv.every_days
        while d <= end:
            days.append(d)
            d += iv.every_days
        if iv.for_weeks is None:
            break
        t += iv.for_weeks * 7
    for week in item.at_weeks:
        if week * 7 <= last_day:
            days.append(week * 7)
    if item.at_weeks and item.then_every_weeks:
        d = max(item.at_weeks) * 7 + item.then_every_weeks * 7
        while d <= last_day:
            days.append(d)
            d += item.then_every_weeks * 7
    return sorted(set(days))


test_offsets.__test__ = False  # type: ignore[attr-defined]  # not a pytest test despite the name


def _test_events(plan: TreatmentPlan, item: MonitoringItem, last: dt.date) -> list[Event]:
    kind = _TEST_KIND.get(item.kind, EventKind.test)
    out = []
    for i, offset in enumerate(test_offsets(item, (last - plan.start).days)):
        when = ("before the first dose" if offset == 0 and item.baseline
                else f"week {offset // 7}" if offset % 7 == 0 else f"day {offset + 1}")
        out.append(Event(date=plan.start + dt.timedelta(days=offset), kind=kind, title=f"{item.name} ({when})",
                         test=item.test, uid=f"{plan.id}-{item.test}-{i}"))
    return out
