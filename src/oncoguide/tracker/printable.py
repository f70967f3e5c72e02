"""A printable month calendar of the plan (HTML with a print stylesheet, and PDF through WeasyPrint)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..model import Event, EventKind

TEMPLATES = Path(__file__).parent / "templates"
env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


@dataclass
class Day:
    date: dt.date | None
    events: list[Event] = field(default_factory=list)

    @property
    def css(self) -> str:
        kinds = {e.kind for e in self.events}
        if kinds & {EventKind.dose, EventKind.infusion}:
            return "dose"
        return "rest" if EventKind.rest in kinds else ""


def month_grid(year: int, month: int, events: list[Event]) -> list[list[Day]]:
    """Weeks (Monday first) of one month; days of the neighbouring months are blank."""
    by_day: dict[dt.date, list[Event]] = {}
    for e in events:
        by_day.setdefault(e.date, []).append(e)
    return [[Day(d, by_day.get(d, [])) if d.month == month else Day(None)
             for d in week] for week in calendar.Calendar().monthdatescalendar(year, month)]


def months(events: list[Event]) -> list[tuple[str, list[list[Day]]]]:
    """Every month from the first event to the last."""
    if not events:
        return []
    first, last = min(e.date for e in events), max(e.date for e in events)
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append((f"{calendar.month_name[month]} {year}", month_grid(year, month, events)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def calendar_html(title: str, events: list[Event], notes: list[str] = ()) -> str:  # type: ignore[assignment]
    return env.get_template("calendar.html").render(title=title, months=months(events), notes=list(notes),
                                                     EventKind=EventKind)


def calendar_pdf(title: str, events: list[Event], notes: list[str] = ()) -> bytes:  # type: ignore[assignment]
    from weasyprint import HTML  # imported here: it is slow to load and only this export needs it

    return HTML(string=calendar_html(title, events, notes)).write_pdf()
