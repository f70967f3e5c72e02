"""iCalendar (RFC 5545) export: one VEVENT per event with a stable UID, so a re-import updates in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar
from icalendar import Event as VEvent

from ..model import Event, EventKind, KnowledgeBase, TreatmentPlan
from .schedule import plan_events, removed_events

EXPORTED = {EventKind.cycle_start, EventKind.dose, EventKind.infusion, EventKind.test, EventKind.biopsy, EventKind.imaging}
REFRESH = dt.timedelta(hours=12)


def to_ics(plan: TreatmentPlan, events: list[Event], title: str, now: dt.datetime | None = None,
           removed: Sequence[Event] = ()) -> bytes:
    """Doses at their time with a reminder; appointments and tests as all-day events (the clinic sets the hour).

    `removed` events (see `schedule.removed_events`) go out as CANCELLED with their old UIDs, so a re-import
    takes held or stopped doses off the person's calendar instead of leaving them there.
    """
    zone = ZoneInfo(plan.timezone)
    cal = Calendar()
    cal.add("prodid", "-//oncoguide//treatment tracker//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"Treatment: {title}")
    # Subscribed calendar apps poll the feed; ask for twice a day so a care-team change arrives the same day.
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT12H")
    stamp = now or dt.datetime.now(dt.UTC)
    # SEQUENCE is the plan's revision: each care-team change raises it, so apps take the newer copy of a moved
    # or cancelled event; exporting an unchanged plan again gives the same SEQUENCE.
    sequence = plan.revision
    for event, cancelled in [*((e, False) for e in events), *((e, True) for e in removed)]:
        if event.kind not in EXPORTED:
            continue
        ve = VEvent()
        ve.add("uid", f"{event.uid}@oncoguide")
        ve.add("dtstamp", stamp)
        ve.add("sequence", sequence)
        ve.add("summary", f"Cancelled: {event.title}" if cancelled else event.title)
        if event.time is not None:
            start = dt.datetime.combine(event.date, event.time, tzinfo=zone)
            ve.add("dtstart", start)
            ve.add("dtend", start + dt.timedelta(minutes=15))
        else:
            ve.add("dtstart", event.date)
            ve.add("dtend", event.date + dt.timedelta(days=1))
        ve.add("categories", [event.kind.value])
        if cancelled:
            ve.add("status", "CANCELLED")
        elif event.time is not None:
            ve.add_component(_alarm(event.title, dt.timedelta(minutes=-10)))
        elif event.kind != EventKind.cycle_start:
            ve.add_component(_alarm(f"Tomorrow: {event.title}", dt.timedelta(hours=-6)))
        cal.add_component(ve)
    cal.add_missing_timezones()
    return cal.to_ical()


def _alarm(text: str, trigger: dt.timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", trigger)
    return alarm


def plan_calendar(kb: KnowledgeBase, plan: TreatmentPlan) -> bytes:
    """The plan's calendar file, cancelled events included, made once per version of the plan.

    Writing a year of doses takes icalendar about half a second; subscribed calendar apps fetch the same
    version again and again, so each version is written once (benchmarks/tracker_page_load.py).
    """
    return _cached_calendar(kb, plan.model_dump_json())


@lru_cache(maxsize=64)
def _cached_calendar(kb: KnowledgeBase, plan_json: str) -> bytes:
    plan = TreatmentPlan.model_validate_json(plan_json)
    events = plan_events(kb, plan)
    return to_ics(plan, events, kb.regimens[plan.regimen].name, removed=removed_events(kb, plan, events))
