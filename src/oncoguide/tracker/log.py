"""The dose log: record doses against scheduled events, and count adherence per cycle."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from ..errors import InputError, NotFound
from ..model import Regimen
from ..model.plan import Event, EventKind, TreatmentPlan
from ..store import tracker as store
from .schedule import events

DOSE_KINDS = (EventKind.dose, EventKind.infusion)


@dataclass(frozen=True)
class CycleAdherence:
    cycle: int
    due: int  # dose events dated up to today
    taken: int
    missed: int
    skipped: int
    unlogged: int

    @property
    def percent(self) -> float | None:
        return round(100 * self.taken / self.due, 1) if self.due else None


def find_event(plan_events: list[Event], date: dt.date, drug: str | None = None) -> Event:
    """The dose event on a date (of one drug, when the day has several)."""
    found = [e for e in plan_events if e.date == date and e.kind in DOSE_KINDS and (drug is None or e.drug == drug)]
    if not found:
        raise NotFound("scheduled dose on", f"{date}{f' of {drug}' if drug else ''}")
    if len(found) > 1:
        raise InputError(f"{date} has doses of {', '.join(e.drug or '' for e in found)}; say which drug")
    return found[0]


def log_dose(engine: sa.Engine, owner: str, plan: TreatmentPlan, regimen: Regimen, date: dt.date,
             status: str = "taken", drug: str | None = None, note: str | None = None) -> Event:
    """Log the dose scheduled on `date` as taken, missed or skipped."""
    event = find_event(events(plan, regimen), date, drug)
    store.log_event(engine, owner, plan.id, event, status, note)
    return event


def adherence(plan_events: list[Event], log: list[dict[str, Any]], today: dt.date) -> list[CycleAdherence]:
    """Per cycle: doses due so far and how many were logged taken, missed or skipped.

    Logged rows count by their own stored cycle, so a later plan change cannot move past doses.
    """
    status = {row["uid"]: row for row in log}
    due: dict[int, set[str]] = {}
    for e in plan_events:
        if e.kind in DOSE_KINDS and e.date <= today and e.cycle is not None and e.uid not in status:
            due.setdefault(e.cycle, set()).add(e.uid)
    counts: dict[int, dict[str, int]] = {}
    for row in log:
        if row["cycle"] is not None:
            counts.setdefault(row["cycle"], {}).setdefault(row["status"], 0)
            counts[row["cycle"]][row["status"]] += 1
    out = []
    for cycle in sorted(set(due) | set(counts)):
        c = counts.get(cycle, {})
        logged = sum(c.values())
        unlogged = len(due.get(cycle, ()))
        out.append(CycleAdherence(cycle, logged + unlogged, c.get("taken", 0), c.get("missed", 0),
                                  c.get("skipped", 0), unlogged))
    return out
