"""A report for the care team: doses and visits as logged, symptom checks with their level, and plan changes."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from ..model import EventKind, KnowledgeBase, TreatmentPlan
from . import log as dose_log
from .schedule import plan_events

COLUMNS = ["record", "date", "time", "what", "status", "detail"]


def care_team_notes(plan: TreatmentPlan) -> list[str]:
    """One line per care-team contact, for the printable calendar and the report."""
    return [c.text() for c in plan.care_team]


@dataclass(frozen=True)
class Change:
    """One care-team change to the plan, as the changes page and the report list it."""

    kind: str  # delay, hold, dose or stop
    date: dt.date | None
    what: str
    detail: str
    end: dt.date | None = None  # last day of a hold


def changes(plan: TreatmentPlan) -> list[Change]:
    out = [Change("delay", None, f"Cycle {d.cycle} delayed", f"{d.days} days") for d in plan.delays]
    out += [Change("hold", h.start, f"{h.drug} on hold", f"until {h.end.isoformat()}", h.end) for h in plan.holds]
    out += [Change("dose", c.start, f"{c.drug} dose changed", f"{c.dose:g}") for c in plan.dose_changes]
    if plan.stop:
        out.append(Change("stop", plan.stop, "Last day of treatment", ""))
    return out


def to_csv(kb: KnowledgeBase, plan: TreatmentPlan, log: list[dict[str, Any]], symptoms: list[dict[str, Any]],
           today: dt.date | None = None) -> str:
    """CSV with one row per dose or visit due up to today (its logged status, or "not logged"), symptom and change."""
    today = today or dt.date.today()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for note in care_team_notes(plan):
        writer.writerow(["care team", "", "", note, "", ""])
    for event, entry in dose_log.with_log(plan_events(kb, plan), log):
        if not dose_log.statuses_for(event.kind) or (event.date > today and entry is None):
            continue
        when = entry.at if entry and entry.at else None
        writer.writerow(["dose" if event.kind == EventKind.dose else "visit", event.date.isoformat(),
                         f"{when:%H:%M}" if when else "", event.title, entry.status if entry else "not logged",
                         (entry.note or "") if entry else ""])
    for check in dose_log.symptom_checks(plan.timezone, symptoms):
        writer.writerow(["symptom", check.at.date().isoformat(), f"{check.at:%H:%M}", check.symptom, check.level,
                         check.detail])
    writer.writerows(["change", c.date.isoformat() if c.date else "", "", c.what, c.kind, c.detail]
                     for c in changes(plan))
    return out.getvalue()
