"""Page contexts of the web tracker: the plan's month, one day's log, the history and the delete confirmation.

Each builder gathers one page's data from the store and the tracker; templates only lay it out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

import sqlalchemy as sa
from pydantic import BaseModel, Field

from ..errors import InputError
from ..model import Event, EventKind, KnowledgeBase, LogStatus, TreatmentPlan
from ..model.triage import Symptom
from ..site.models import Page
from ..store import tracker as store
from ..tracker import log as dose_log
from ..tracker import medicines, plan_events, service
from ..tracker.printable import month_grid
from ..tracker.report import Change, changes
from ..tracker.sharing import sharing
from .tracker_medicines import MedicineShown
from .tracker_medicines import shown as medicines_shown

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DONE = {LogStatus.taken.value, LogStatus.attended.value}
# One letter per kind of day in the month grid; the legend spells each out.
MARKS = {EventKind.dose: ("P", "pills by mouth"), EventKind.infusion: ("C", "clinic visit for treatment"),
         EventKind.test: ("T", "test, biopsy or scan"), EventKind.biopsy: ("T", "test, biopsy or scan"),
         EventKind.imaging: ("T", "test, biopsy or scan")}


ORDER = list(dict.fromkeys(MARKS.values()))


class Item(BaseModel):
    """One event with its standing log entry and what can be logged for it."""

    event: Event
    entry: dose_log.Logged | None = None
    statuses: list[str] = []

    @property
    def open(self) -> bool:
        return self.entry is None and bool(self.statuses)


class DayCell(BaseModel):
    date: dt.date | None
    kind: str = ""
    today: bool = False
    marks: list[tuple[str, str]] = []
    state: str = ""  # "done", "problem" (missed, skipped, vomited, moved) or "" (nothing logged yet)


class AgendaDay(BaseModel):
    date: dt.date
    today: bool = False
    loggable: bool = False
    items: list[Item] = []

    @property
    def open_doses(self) -> bool:
        return any(i.open and i.event.kind == EventKind.dose for i in self.items)


class TrackerPage(Page):
    """A signed-in tracker page."""

    kind: str = "tracker"  # type: ignore[assignment]
    shared_by: str = Field("", description="The owner's email when a caregiver reads someone's plan (read-only); "
                                           "empty on the owner's own pages.")


class PlanScoped(TrackerPage):
    """A page about one of the person's plans."""

    plan: TreatmentPlan
    regimen_name: str


class PlanPage(PlanScoped):
    template: ClassVar[str] = "tracker_plan.html"
    month: str
    month_value: str
    prev_month: str | None
    next_month: str | None
    weekdays: list[str] = WEEKDAYS
    weeks: list[list[DayCell]]
    agenda: list[AgendaDay]
    today: dt.date
    adherence: list[dict[str, Any]] = []
    symptoms: dict[str, str] = {}
    message: str = ""
    message_level: str = ""
    oral_drugs: list[tuple[str, str]] = []
    feed_url: str | None = None
    webcal_url: str | None = None
    legend: list[tuple[str, str]] = []
    medicines: list[MedicineShown] = []
    readers: list[dict[str, Any]] = Field([], description="Who the owner lets read this plan (owner only).")
    invites: list[dict[str, Any]] = Field([], description="Invite links nobody has used yet (owner only).")


class DayPage(TrackerPage):
    template: ClassVar[str] = "tracker_day.html"
    plan: TreatmentPlan
    date: dt.date
    today: bool
    default_time: str
    items: list[Item]
    history: list[dose_log.HistoryRow] = []
    message: str = ""


class HistoryPage(PlanScoped):
    template: ClassVar[str] = "tracker_history.html"
    rows: list[dose_log.HistoryRow]
    symptoms: list[dose_log.SymptomCheck]


class ChangesPage(PlanScoped):
    template: ClassVar[str] = "tracker_changes.html"
    drugs: list[tuple[str, str]]
    changes: list[Change]
    message: str = ""


class DeletePage(PlanScoped):
    template: ClassVar[str] = "tracker_delete.html"
    logged: int


def oral_drugs(kb: KnowledgeBase, plan: TreatmentPlan) -> list[tuple[str, str]]:
    """(slug, name) of the drugs this plan's schedule gives by mouth: the only ones with a "Pills at" time."""
    schedule = kb.regimens[plan.regimen].schedule(plan.schedule)
    return sorted({(c.drug, kb.drugs[c.drug].generic_name if c.drug in kb.drugs else c.drug)
                   for p in schedule.phases for c in p.components if c.route.value == "oral"})


def month_start(value: str | None, events: list[Event], today: dt.date) -> dt.date:
    """First day of the month asked for; a month outside the plan is refused with the plan's span."""
    first, last = events[0].date.replace(day=1), events[-1].date.replace(day=1)
    if not value:
        return min(max(today.replace(day=1), first), last)
    try:
        start = dt.date.fromisoformat(value + "-01")
    except ValueError:
        raise InputError(f"Month {value!r} should look like 2026-03.") from None
    if not first <= start <= last:
        raise InputError(f"{start:%B %Y} is outside this plan, which runs from {first:%B %Y} to {last:%B %Y}.")
    return start


def _item(event: Event, entry: dose_log.Logged | None) -> Item:
    return Item(event=event, entry=entry, statuses=[s.value for s in dose_log.statuses_for(event.kind)])


def _cell(day: Any, items: dict[str, Item], today: dt.date) -> DayCell:
    if day.date is None:
        return DayCell(date=None)
    mine = [items[e.uid] for e in day.events if e.uid in items]
    marks = list(dict.fromkeys(MARKS[i.event.kind] for i in mine if i.event.kind in MARKS))
    logged = [i.entry.status for i in mine if i.entry]
    state = "problem" if any(s not in DONE for s in logged) else "done" if logged and not any(i.open for i in mine) else ""
    return DayCell(date=day.date, kind=day.css, today=day.date == today, marks=marks, state=state)


def plan_page(engine: sa.Engine, kb: KnowledgeBase, owner: int, plan: TreatmentPlan, month: str | None,
              symptoms: dict[str, str], feed_base: str | None, message: str = "", level: str = "",
              shared_by: str = "") -> PlanPage:
    """The plan's month. A caregiver (`shared_by` set) gets no feed link: it would outlive their access."""
    log = store.dose_log(engine, owner, plan.id)
    pairs = dose_log.with_log(plan_events(kb, plan), log)
    events = [e for e, _ in pairs]
    today = service.local_now(plan).date()
    first = month_start(month, events, today)
    shown = (first.year, first.month)
    # Only this month's events become page items; a year of doses would cost more than the page itself.
    items = {e.uid: _item(e, entry) for e, entry in pairs
             if e.kind != EventKind.rest and (e.date.year, e.date.month) == shown}
    weeks = [[_cell(d, items, today) for d in week] for week in month_grid(first.year, first.month, events)]
    agenda: dict[dt.date, AgendaDay] = {}
    for item in items.values():
        day = item.event.date
        agenda.setdefault(day, AgendaDay(date=day, today=day == today, loggable=day <= today)).items.append(item)
    prev_m = (first - dt.timedelta(days=1)).replace(day=1)
    next_m = (first + dt.timedelta(days=32)).replace(day=1)
    token = None if shared_by else store.feed_token(engine, owner, plan.id)
    feed = f"{feed_base}/tracker/feed/{token}.ics" if token and feed_base else None
    rows = dose_log.adherence_of(pairs, today)
    regimen = kb.regimens[plan.regimen]
    return PlanPage(
        title=f"Tracker: {regimen.name}", plan=plan, regimen_name=regimen.name, month=f"{first:%B %Y}",
        month_value=f"{first:%Y-%m}",
        prev_month=f"{prev_m:%Y-%m}" if prev_m >= events[0].date.replace(day=1) else None,
        next_month=f"{next_m:%Y-%m}" if next_m <= events[-1].date else None,
        weeks=weeks, agenda=sorted(agenda.values(), key=lambda d: d.date), today=today,
        adherence=[{"cycle": a.cycle, "due": a.due, "taken": a.taken, "missed": a.missed, "skipped": a.skipped,
                    "vomited": a.vomited} for a in rows],
        symptoms=symptoms, message=message, message_level=level, oral_drugs=oral_drugs(kb, plan),
        feed_url=feed, webcal_url="webcal://" + feed.split("://", 1)[1] if feed else None,
        legend=sorted({MARKS[e.kind] for e in events if e.kind in MARKS}, key=ORDER.index), shared_by=shared_by,
        medicines=medicines_shown(kb, medicines.plan_medicines(engine, kb, owner, plan)),
        **({} if shared_by else sharing(engine, owner, plan.id)),
    )


def day_page(engine: sa.Engine, kb: KnowledgeBase, owner: int, plan: TreatmentPlan, day: dt.date,
             message: str = "", now: dt.datetime | None = None, shared_by: str = "") -> DayPage:
    now = now or service.local_now(plan)
    events = service.day_events(kb, plan, day, now)
    log = store.dose_log(engine, owner, plan.id)
    standing = dose_log.current(log)
    uids = {e.uid for e in events}
    items = [_item(*standing[e.uid]) if e.uid in standing else _item(e, None) for e in events]
    # Logged events a later change took off this day (a hold, a stop) still show with their entry.
    items += [_item(e, entry) for uid, (e, entry) in standing.items() if e.date == day and uid not in uids]
    return DayPage(title=f"{day:%A %d %B %Y}", plan=plan, date=day, today=day == now.date(),
                   default_time=f"{now:%H:%M}" if day == now.date() else f"{plan.dose_time:%H:%M}", items=items,
                   history=[r for r in dose_log.history(log) if r.event.date == day], message=message,
                   shared_by=shared_by)


def history_page(engine: sa.Engine, kb: KnowledgeBase, owner: int, plan: TreatmentPlan,
                 shared_by: str = "") -> HistoryPage:
    name = kb.regimens[plan.regimen].name
    return HistoryPage(title=f"History: {name}", plan=plan, regimen_name=name, shared_by=shared_by,
                       rows=dose_log.history(store.dose_log(engine, owner, plan.id)),
                       symptoms=dose_log.symptom_checks(plan.timezone, store.symptom_log(engine, owner, plan.id))[::-1])


def delete_page(engine: sa.Engine, kb: KnowledgeBase, owner: int, plan: TreatmentPlan) -> DeletePage:
    name = kb.regimens[plan.regimen].name
    return DeletePage(title="Delete this plan?", plan=plan, regimen_name=name,
                      logged=len(store.dose_log(engine, owner, plan.id)) + len(store.symptom_log(engine, owner, plan.id)))


def changes_page(kb: KnowledgeBase, plan: TreatmentPlan, message: str = "", shared_by: str = "") -> ChangesPage:
    regimen = kb.regimens[plan.regimen]
    schedule = regimen.schedule(plan.schedule)
    drugs = sorted({(c.drug, kb.drugs[c.drug].generic_name if c.drug in kb.drugs else c.drug)
                    for p in schedule.phases for c in p.components})
    return ChangesPage(title=f"Changes from {'the' if shared_by else 'your'} care team: {regimen.name}", plan=plan, regimen_name=regimen.name,
                       drugs=drugs, changes=changes(plan), message=message, shared_by=shared_by)


class SymptomPage(TrackerPage):
    """The follow-up questions of one symptom, asked as yes / no / not sure (unanswered counts as the worse case)."""

    template: ClassVar[str] = "tracker_symptom.html"
    plan_id: str
    key: str
    symptom: Symptom
    timezone: str = "UTC"
    now: str = Field("", description="The person's local time now, as a datetime-local value: the latest start time.")
