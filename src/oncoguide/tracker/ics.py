"""iCalendar export: one VEVENT per event, stable UIDs, the plan's time zone, reminders.

Re-importing after a plan change updates events (same UID, higher SEQUENCE) instead of adding copies, and
doses a change removed (a hold, a stop) are sent as CANCELLED so calendars drop them.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Alarm, Calendar
from icalendar import Event as VEvent

from ..model import Regimen
from ..model.plan import Event, EventKind, TreatmentPlan
from .schedule import events

PRODID = "-//oncoguide//treatment tracker//EN"
UID_DOMAIN = "oncoguide"
# All-day reminders fire at 09:00 the day before (15 hours before midnight), so there is time to prepare.
DAY_BEFORE = dt.timedelta(hours=-15)


def to_ical(plan: TreatmentPlan, regimen: Regimen, rest_days: bool = False,
            stamp: dt.datetime | None = None) -> bytes:
    """The plan as an .ics file."""
    current = events(plan, regimen)
    base = events(plan.model_copy(update={"changes": []}), regimen) if plan.changes else []
    kept = {e.uid for e in current}
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"Treatment: {regimen.name}")
    cal.add("x-wr-timezone", plan.tz)
    sequence = len(plan.changes)
    for event in current:
        if rest_days or event.kind != EventKind.rest:
            cal.add_component(_vevent(plan, event, stamp, sequence))
    for event in base:
        if event.uid not in kept and event.kind != EventKind.rest:
            cal.add_component(_vevent(plan, event, stamp, sequence, cancelled=True))
    if current:
        # Only the plan's years: a smaller VTIMEZONE, and correct past 2038.
        cal.add_missing_timezones(first_date=current[0].date.replace(month=1, day=1),
                                  last_date=current[-1].date.replace(month=12, day=31))
    return cal.to_ical()


def _vevent(plan: TreatmentPlan, event: Event, stamp: dt.datetime, sequence: int, cancelled: bool = False) -> VEvent:
    vevent = VEvent()
    vevent.add("uid", f"{event.uid}@{UID_DOMAIN}")
    vevent.add("dtstamp", stamp)
    vevent.add("sequence", sequence)
    vevent.add("summary", ("Cancelled: " if cancelled else "") + event.title)
    if event.time is not None:
        start = dt.datetime.combine(event.date, event.time, tzinfo=plan.zone)
        vevent.add("dtstart", start)
        vevent.add("dtend", start + dt.timedelta(minutes=15))
    else:
        vevent.add("dtstart", event.date)
        vevent.add("dtend", event.date + dt.timedelta(days=1))
    vevent.add("transp", "TRANSPARENT" if event.kind in (EventKind.rest, EventKind.cycle_start) else "OPAQUE")
    vevent.add("categories", [event.kind.value])
    if cancelled:
        vevent.add("status", "CANCELLED")
        return vevent
    vevent.add("status", "CONFIRMED")
    if event.kind not in (EventKind.rest, EventKind.cycle_start):
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event.title)
        alarm.add("trigger", dt.timedelta(0) if event.time is not None else DAY_BEFORE)
        vevent.add_component(alarm)
    return vevent
