"""A printable month calendar of the plan: HTML with a print stylesheet, and PDF through WeasyPrint."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..model import Regimen
from ..model.plan import Event, EventKind, TreatmentPlan
from .schedule import events

TEMPLATES = Path(__file__).parent / "templates"
_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


@dataclass(frozen=True)
class Item:
    kind: EventKind
    label: str


@dataclass
class Day:
    date: dt.date
    inside: bool
    events: list[Item] = field(default_factory=list)


@dataclass
class Month:
    name: str
    weeks: list[list[Day]]


def _label(e: Event) -> str:
    if e.kind == EventKind.dose:
        return f"{e.drug} {e.dose_text} {e.time:%H:%M}" if e.time else f"{e.drug} {e.dose_text}"
    if e.kind == EventKind.infusion:
        return f"{e.drug} {e.dose_text} (clinic)"
    if e.kind == EventKind.rest:
        return "Rest"
    if e.kind == EventKind.cycle_start:
        return f"Cycle {e.cycle} day 1"
    return e.title


def months(plan_events: list[Event]) -> list[Month]:
    """Calendar months from the first to the last event, weeks starting on Monday."""
    if not plan_events:
        return []
    by_day: dict[dt.date, list[Item]] = {}
    for e in plan_events:
        by_day.setdefault(e.date, []).append(Item(e.kind, _label(e)))
    first, last = plan_events[0].date, plan_events[-1].date
    cal = calendar.Calendar(firstweekday=0)
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        weeks = [[Day(d, d.month == month, by_day.get(d, []) if d.month == month else []) for d in week]
                 for week in cal.monthdatescalendar(year, month)]
        out.append(Month(f"{calendar.month_name[month]} {year}", weeks))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def to_html(plan: TreatmentPlan, regimen: Regimen) -> str:
    evts = events(plan, regimen)
    schedule = regimen.schedule(plan.variant)
    doses = {c.drug: f"{c.drug} {plan.doses.get(c.drug, c.dose):g} {c.unit.value}"
             for p in schedule.phases for c in p.components}
    return _env.get_template("calendar.html").render(
        title=f"My treatment calendar: {regimen.name}", start=f"{plan.start:%A %B %-d, %Y}",
        dose_time=f"{plan.dose_time:%H:%M}", tz=plan.tz, doses_text=", ".join(doses.values()),
        weekdays=list(calendar.day_abbr), months=months(evts))


def to_pdf(plan: TreatmentPlan, regimen: Regimen) -> bytes:
    from weasyprint import HTML  # heavy import, only when a PDF is asked for

    return HTML(string=to_html(plan, regimen)).write_pdf()
