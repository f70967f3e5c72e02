"""A printable month calendar of the plan (HTML with a print stylesheet, and PDF through WeasyPrint)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..model import Event, EventKind

TEMPLATES = Path(__file__).parent / "templates"
_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


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


def months(events: list[Event]) -> list[tuple[str, list[list[Day]]]]:
    """Weeks (Monday first) of every month that has an event."""
    by_day: dict[dt.date, list[Event]] = {}
    for e in events:
        by_day.setdefault(e.date, []).append(e)
    if not by_day:
        return []
    first, last = min(by_day), max(by_day)
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        weeks = [[Day(d if d.month == month else None, by_day.get(d, []) if d.month == month else [])
                  for d in week] for week in calendar.Calendar().monthdatescalendar(year, month)]
        out.append((f"{calendar.month_name[month]} {year}", weeks))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def calendar_html(title: str, events: list[Event], notes: list[str] = ()) -> str:  # type: ignore[assignment]
    return _env.get_template("calendar.html").render(title=title, months=months(events), notes=list(notes),
                                                     EventKind=EventKind)


def calendar_pdf(title: str, events: list[Event], notes: list[str] = ()) -> bytes:  # type: ignore[assignment]
    from weasyprint import HTML  # imported here: it is slow to load and only this export needs it

    return HTML(string=calendar_html(title, events, notes)).write_pdf()
