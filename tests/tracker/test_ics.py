from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from oncoguide.model.plan import Delay, Hold
from oncoguide.tracker.ics import to_ical
from oncoguide.tracker.schedule import make_plan


def parse(data: bytes):
    return icalendar.Calendar.from_ical(data)


def test_doses_tests_and_reminders_in_the_plans_time_zone(mds):
    plan = make_plan({"regimen": mds.slug, "start": "2026-03-20", "horizon_cycles": 2, "tz": "Europe/Paris"}, mds)
    cal = parse(to_ical(plan, mds))
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    week = recurring_ical_events.of(cal).between(dt.date(2026, 3, 23), dt.date(2026, 3, 30))
    doses = sorted(e["DTSTART"].dt for e in week if "lenalidomide" in str(e["SUMMARY"]))
    assert len(doses) == 7
    # 9:00 in Paris on both sides of the 29 March 2026 clock change.
    assert doses[0] == dt.datetime(2026, 3, 23, 9, tzinfo=ZoneInfo("Europe/Paris"))
    assert {d.astimezone(dt.UTC).hour for d in doses} == {8, 7}
    assert all(e.walk("VALARM") for e in week if "lenalidomide" in str(e["SUMMARY"]))
    cbc = [e for e in cal.walk("VEVENT") if "Complete blood count" in str(e["SUMMARY"])]
    assert cbc[0]["DTSTART"].dt == dt.date(2026, 3, 20)


def test_reimport_after_a_change_updates_and_never_duplicates(mds):
    plan = make_plan({"regimen": mds.slug, "start": "2026-01-05", "horizon_cycles": 3}, mds)
    first = parse(to_ical(plan, mds)).walk("VEVENT")
    changed = plan.with_change(Delay(cycle=2, days=7)).with_change(
        Hold(drug="lenalidomide", start=dt.date(2026, 1, 10), end=dt.date(2026, 1, 11)))
    second = parse(to_ical(changed, mds)).walk("VEVENT")
    uids2 = [str(e["UID"]) for e in second]
    assert len(uids2) == len(set(uids2))
    assert {str(e["UID"]) for e in first} <= set(uids2)  # every old event updated in place (the delay adds tests)
    cancelled = [e for e in second if e.get("STATUS") == "CANCELLED"]
    assert sorted(e["DTSTART"].dt.date() for e in cancelled) == [dt.date(2026, 1, 10), dt.date(2026, 1, 11)]
    by_uid = {str(e["UID"]): e for e in second}
    moved = by_uid[f"{plan.id}-c2-start@oncoguide"]
    assert moved["DTSTART"].dt == dt.date(2026, 2, 9) and int(moved["SEQUENCE"]) == 2
