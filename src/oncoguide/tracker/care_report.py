"""The report for the care team: one page per cycle so far, saying what happened in it.

Each page has the doses by mouth (taken, skipped, missed, vomited or not logged), the clinic visits and tests
(attended, moved or not logged), the symptom checks with their level and answers, the care team's changes that
touch the cycle (delay, hold, dose change, stop), and on every page the care-team contacts and other medicines.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..model import Event, EventKind, KnowledgeBase, TreatmentPlan
from . import log as dose_log
from .printable import TEMPLATES, env
from .report import Change, care_team_notes, changes
from .schedule import cycles, plan_events, resolve

MOST_SYMPTOMS = 12  # per page; the CSV report lists every one

LEVEL_WORDS = {"emergency": "emergency (call 911)", "call now": "call the care team now",
               "call today": "call the care team today", "next visit": "tell the team at the next visit"}


@dataclass(frozen=True)
class Line:
    """One dose or visit as the report shows it."""

    date: dt.date
    what: str
    status: str  # taken 08:10, skipped, missed, vomited 09:00, attended, moved or not logged
    note: str = ""


@dataclass
class CyclePage:
    number: int
    start: dt.date
    end: dt.date
    doses: list[Line] = field(default_factory=list)
    visits: list[Line] = field(default_factory=list)
    symptoms: list[dose_log.SymptomCheck] = field(default_factory=list)
    more_symptoms: int = 0
    changes: list[Change] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for d in self.doses if d.status.split()[0] == status)


def _status(entry: dose_log.Logged | None) -> str:
    if entry is None:
        return "not logged"
    return f"{entry.status} {entry.at:%H:%M}" if entry.at else entry.status


def _touches(change: Change, cycle: int, start: dt.date, end: dt.date) -> bool:
    """A delay of this cycle, a hold that overlaps it, a dose change or stop that starts in it."""
    if change.kind == "delay":
        return change.what == f"Cycle {cycle} delayed"
    if change.date is None:
        return False
    return change.date <= end and (change.end or change.date) >= start


def cycle_pages(kb: KnowledgeBase, plan: TreatmentPlan, log: list[dict[str, Any]], symptom_rows: list[dict[str, Any]],
                today: dt.date) -> list[CyclePage]:
    """One page per cycle that has started by `today`, each holding what happened from its first day to the next's."""
    _, schedule = resolve(kb, plan)
    started = [c for c in cycles(plan, schedule) if c.start <= today]
    pages = [CyclePage(c.number, c.start, (started[i + 1].start - dt.timedelta(days=1)) if i + 1 < len(started)
                       else max(c.end, today)) for i, c in enumerate(started)]
    if not pages:
        return []
    pages[0].start = min(pages[0].start, plan.start)

    def page_of(day: dt.date) -> CyclePage | None:
        return next((p for p in reversed(pages) if p.start <= day), None) if day <= pages[-1].end else None

    for event, entry in dose_log.with_log(plan_events(kb, plan), log):
        page = page_of(event.date)
        if page is None or event.date > today or not dose_log.statuses_for(event.kind):
            continue
        line = Line(event.date, _what(event), _status(entry), (entry.note or "") if entry else "")
        (page.doses if event.kind == EventKind.dose else page.visits).append(line)
    for check in dose_log.symptom_checks(plan.timezone, symptom_rows):
        page = page_of(check.at.date())
        if page is not None:
            page.symptoms.append(check)
    for page in pages:
        # The most urgent checks first when a page cannot hold them all.
        urgent = sorted(page.symptoms, key=lambda c: list(LEVEL_WORDS).index(c.level) if c.level in LEVEL_WORDS else 9)
        kept = set(map(id, urgent[:MOST_SYMPTOMS]))
        page.more_symptoms = max(0, len(page.symptoms) - MOST_SYMPTOMS)
        page.symptoms = [c for c in page.symptoms if id(c) in kept]
        page.changes = [c for c in changes(plan) if _touches(c, page.number, page.start, page.end)]
    return pages


def _what(event: Event) -> str:
    time = f"{event.time:%H:%M} " if event.time else ""
    return f"{time}{event.title}"


def report_html(kb: KnowledgeBase, plan: TreatmentPlan, log: list[dict[str, Any]], symptom_rows: list[dict[str, Any]],
                medicines: list[dict[str, Any]], today: dt.date) -> str:
    regimen, _ = resolve(kb, plan)
    return env.get_template("care_report.html").render(
        title=f"Treatment report: {regimen.name}", plan=plan, today=today,
        pages=cycle_pages(kb, plan, log, symptom_rows, today), contacts=care_team_notes(plan), medicines=medicines,
        level_words=LEVEL_WORDS)


def report_pdf(kb: KnowledgeBase, plan: TreatmentPlan, log: list[dict[str, Any]], symptom_rows: list[dict[str, Any]],
               medicines: list[dict[str, Any]], today: dt.date) -> bytes:
    """The report as PDF: one page per cycle so far."""
    from weasyprint import HTML  # imported here: it is slow to load and only the PDF exports need it

    return HTML(string=report_html(kb, plan, log, symptom_rows, medicines, today), base_url=str(TEMPLATES)).write_pdf()
