"""Turn a treatment plan into dated events: cycles, dose days, rest days and tests.

Cycle days are counted from each cycle's first day (day 1); tests are counted from the start date
(day 0 is "before treatment"), so a delayed cycle moves doses but not the blood-test calendar.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dateutil.relativedelta import relativedelta

from ..errors import InputError, NotFound
from ..model import (
    Component,
    Event,
    EventKind,
    KnowledgeBase,
    Regimen,
    Route,
    Schedule,
    TestKind,
    TreatmentPlan,
)

DEFAULT_MONTHS = 12
ABSURD_FACTOR = 10  # a prescribed dose over 10x the regimen's is almost surely a typing error


@dataclass(frozen=True)
class Cycle:
    number: int
    phase: int
    start: dt.date
    length: int

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=self.length - 1)


def resolve(kb: KnowledgeBase, plan: TreatmentPlan) -> tuple[Regimen, Schedule]:
    """The plan's regimen and schedule, after checking the plan makes sense for them."""
    if plan.regimen not in kb.regimens:
        from ..content import find_regimen

        # A plan must name its regimen exactly; a close name is suggested, never silently used.
        raise NotFound("regimen", plan.regimen, [find_regimen(kb, plan.regimen).slug])
    regimen = kb.regimens[plan.regimen]
    try:
        schedule = regimen.schedule(plan.schedule)
    except KeyError:
        raise NotFound("schedule", f"{plan.schedule} (choose one of: {', '.join(s.id for s in regimen.schedules)})") from None
    doses = {c.drug: c.dose for p in schedule.phases for c in p.components}
    prescribed = [*plan.doses.items(), *((c.drug, c.dose) for c in plan.dose_changes)]
    for drug, dose in prescribed:
        if drug not in doses:
            raise InputError(f"{drug} is not part of {regimen.name} ({', '.join(doses)}).")
        if dose > ABSURD_FACTOR * doses[drug]:
            raise InputError(f"A dose of {dose:g} for {drug} is more than {ABSURD_FACTOR} times the "
                             f"usual {doses[drug]:g}. Check the number with your care team.")
    for hold in plan.holds:
        if hold.drug not in doses:
            raise InputError(f"Cannot hold {hold.drug}: it is not part of {regimen.name}.")
    return regimen, schedule


def _event(**fields: Any) -> Event:
    """Build an event without re-validating: every value comes from an already validated plan and regimen."""
    return Event.model_construct(**fields)


def horizon_end(plan: TreatmentPlan) -> dt.date:
    """Last day planned for open-ended regimens (and for tests)."""
    months = plan.months or DEFAULT_MONTHS
    # Calendar months ("6 months from 31 January" is 31 July), as the care team counts them. A delay pushes the
    # horizon back with the cycles, so no planned cycle falls off the end (a subscribed calendar would lose it).
    end = plan.start + relativedelta(months=months) + dt.timedelta(days=sum(d.days for d in plan.delays))
    return min(end, plan.stop) if plan.stop else end


def cycles(plan: TreatmentPlan, schedule: Schedule) -> list[Cycle]:
    delays = {d.cycle: d.days for d in plan.delays}
    out: list[Cycle] = []
    start, number, last = plan.start, 1, horizon_end(plan)
    for index, phase in enumerate(schedule.phases):
        count = phase.cycles
        n = 0
        while count is None or n < count:
            if plan.cycles and number > plan.cycles:
                return out
            start += dt.timedelta(days=delays.get(number, 0))
            if phase.cycles is None and not plan.cycles and start > last:
                return out
            if plan.stop and start > plan.stop:
                return out
            out.append(Cycle(number, index, start, phase.cycle_length_days))
            start += dt.timedelta(days=phase.cycle_length_days)
            number, n = number + 1, n + 1
    return out


def _dose_for(plan: TreatmentPlan, comp: Component, day: dt.date) -> float:
    changes = [c for c in plan.dose_changes if c.drug == comp.drug and c.start <= day]
    if changes:
        return max(changes, key=lambda c: c.start).dose
    return plan.doses.get(comp.drug, comp.dose)


def _held(plan: TreatmentPlan, drug: str, day: dt.date) -> bool:
    return any(h.drug == drug and h.start <= day <= h.end for h in plan.holds)


def _dose_text(comp: Component, dose: float) -> str:
    return f"AUC {dose:g}" if comp.unit.value == "AUC" else f"{dose:g} {comp.unit.value}"


def treatment_events(kb: KnowledgeBase, plan: TreatmentPlan) -> list[Event]:
    regimen, schedule = resolve(kb, plan)
    events: list[Event] = []
    for cycle in cycles(plan, schedule):
        phase = schedule.phases[cycle.phase]
        events.append(_event(uid=f"{plan.id}-cycle-{cycle.number}", date=cycle.start, kind=EventKind.cycle_start,
                            title=f"Cycle {cycle.number} of {regimen.name} starts", cycle=cycle.number, day=1))
        for day_number in range(1, cycle.length + 1):
            day = cycle.start + dt.timedelta(days=day_number - 1)
            if plan.stop and day > plan.stop:
                break
            dosed = False
            for index, comp in enumerate(phase.components):
                if day_number not in comp.days or _held(plan, comp.drug, day):
                    continue
                dosed = True
                # A drug listed twice in a phase (e.g. a dose ramp-up) keeps one UID per component.
                repeat = sum(c.drug == comp.drug for c in phase.components) > 1
                events += _dose_events(kb, plan, comp, cycle, day_number, day, f"-k{index}" if repeat else "")
            if not dosed:
                events.append(_event(uid=f"{plan.id}-rest-c{cycle.number}d{day_number}", date=day, kind=EventKind.rest,
                                    title="Rest day: no treatment", cycle=cycle.number, day=day_number))
    return events


def _dose_events(kb: KnowledgeBase, plan: TreatmentPlan, comp: Component, cycle: Cycle, day_number: int,
                 day: dt.date, tag: str = "") -> list[Event]:
    name = kb.drugs[comp.drug].generic_name if comp.drug in kb.drugs else comp.drug
    dose = _dose_text(comp, _dose_for(plan, comp, day))
    if comp.route != Route.oral:
        how = comp.given or f"{comp.route.value} treatment"
        return [_event(uid=f"{plan.id}-{comp.drug}-c{cycle.number}d{day_number}{tag}", date=day, kind=EventKind.infusion,
                      title=f"{name} {dose} ({how})", drug=comp.drug, dose=dose, cycle=cycle.number, day=day_number)]
    events = []
    for i in range(comp.times_per_day):
        minutes = plan.dose_time.hour * 60 + plan.dose_time.minute + i * (24 * 60 // comp.times_per_day)
        at = dt.time((minutes // 60) % 24, minutes % 60)
        suffix = tag + (f"-{i + 1}" if comp.times_per_day > 1 else "")
        events.append(_event(uid=f"{plan.id}-{comp.drug}-c{cycle.number}d{day_number}{suffix}", date=day, time=at,
                            kind=EventKind.dose, title=f"Take {name} {dose} by mouth", drug=comp.drug, dose=dose,
                            cycle=cycle.number, day=day_number))
    return events


KIND = {TestKind.biopsy: EventKind.biopsy, TestKind.imaging: EventKind.imaging}


def monitoring_events(kb: KnowledgeBase, plan: TreatmentPlan) -> list[Event]:
    regimen, schedule = resolve(kb, plan)
    planned = cycles(plan, schedule)
    end = max([c.end for c in planned] + [plan.start])
    if plan.stop:
        end = min(end, plan.stop)
    last = (end - plan.start).days
    events = []
    for item in regimen.monitoring.items:
        if not item.intervals and not item.at_weeks and not item.baseline:
            continue  # as-needed tests ("if infection is suspected") have no dates
        for n, offset in enumerate(item.due_days(last)):
            events.append(_event(uid=f"{plan.id}-{item.test}-{n}", date=plan.start + dt.timedelta(days=offset),
                                kind=KIND.get(item.kind, EventKind.test),
                                title=item.name + (" (before starting)" if offset == 0 else ""), test=item.test))
    return events


def removed_events(kb: KnowledgeBase, plan: TreatmentPlan, events: list[Event] | None = None) -> list[Event]:
    """Doses and visits a hold or the stop date took away: what the plan would hold without them.

    Calendar apps keep an imported event whose UID is simply missing from a new file, so exports send
    these as cancelled; otherwise a person would still see doses the care team has held.
    """
    if not plan.holds and plan.stop is None:
        return []
    kept = {e.uid for e in (events if events is not None else plan_events(kb, plan))}
    unchanged = plan.model_copy(update={"holds": [], "stop": None})
    return [e for e in plan_events(kb, unchanged) if e.uid not in kept]


def plan_events(kb: KnowledgeBase, plan: TreatmentPlan) -> list[Event]:
    """Every event of the plan, in date and time order."""
    return list(_cached_events(kb, plan.model_dump_json()))


@lru_cache(maxsize=256)
def _cached_events(kb: KnowledgeBase, plan_json: str) -> tuple[Event, ...]:
    # Pages ask for the same plan again and again; events are immutable, so one computation serves them all.
    plan = TreatmentPlan.model_validate_json(plan_json)
    events = treatment_events(kb, plan) + monitoring_events(kb, plan)
    return tuple(sorted(events, key=lambda e: (e.date, e.time or dt.time(0), e.kind.value, e.uid)))
