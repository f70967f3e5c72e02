"""Exports a person takes to their calendar app, their clinic's systems, and the fridge door."""

import datetime as dt

import icalendar
import pytest
import recurring_ical_events

from oncoguide.model import EventKind, TreatmentPlan
from oncoguide.tracker import plan_events
from oncoguide.tracker.fhir import to_fhir
from oncoguide.tracker.ics import to_ics
from oncoguide.tracker.printable import calendar_html

PLAN = TreatmentPlan.model_validate({"id": "p1", "regimen": "len-mds", "start": "2026-01-05", "cycles": 2,
                                     "timezone": "America/New_York", "dose_time": "08:30"})


def test_ics_parses_expands_and_has_reminders(kb) -> None:  # noqa: ANN001
    cal = icalendar.Calendar.from_ical(to_ics(PLAN, plan_events(kb, PLAN), "Lenalidomide"))
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["America/New_York"]
    january = recurring_ical_events.of(cal).between(dt.date(2026, 1, 1), dt.date(2026, 2, 1))
    doses = [e for e in january if str(e["SUMMARY"]).startswith("Take lenalidomide")]
    assert len(doses) == 21
    first = min(e["DTSTART"].dt for e in doses)
    assert first == dt.datetime(2026, 1, 5, 8, 30, tzinfo=first.tzinfo) and str(first.tzinfo) == "America/New_York"
    assert all(e.walk("VALARM") for e in doses)
    assert not [e for e in january if "Rest day" in str(e["SUMMARY"])]


def test_ics_uids_are_stable_so_updates_replace(kb) -> None:  # noqa: ANN001
    def uids(plan):  # noqa: ANN001, ANN202
        cal = icalendar.Calendar.from_ical(to_ics(plan, plan_events(kb, plan), "x"))
        return {str(e["UID"]): e for e in cal.walk("VEVENT")}

    before = uids(PLAN)
    after = uids(PLAN)  # exported again, unchanged
    delayed = uids(TreatmentPlan.model_validate({**PLAN.model_dump(), "delays": [{"cycle": 2, "days": 7}]}))
    assert before.keys() == after.keys()
    moved = [u for u in before if before[u]["DTSTART"].dt != delayed[u]["DTSTART"].dt]
    assert moved and all("c2d" in u or "cycle-2" in u for u in moved)
    # Same events keep their UIDs (an update, not a duplicate); only tests past the old end are new.
    assert set(before) <= set(delayed)
    assert all("-cbc-" in u or "-bone-marrow" in u for u in set(delayed) - set(before))


def test_fhir_bundle(kb) -> None:  # noqa: ANN001
    bundle = to_fhir(kb, PLAN, plan_events(kb, PLAN), today=dt.date(2026, 1, 20))
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds[:3] == ["PlanDefinition", "CarePlan", "MedicationRequest"]
    med = bundle["entry"][2]["resource"]
    assert med["intent"] == "plan" and med["dosageInstruction"][0]["doseAndRate"][0]["doseQuantity"]["value"] == 10
    assert med["dosageInstruction"][0]["timing"]["event"][0] == "2026-01-05T08:30:00-05:00"
    services = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "ServiceRequest"]
    assert services[0]["status"] == "completed" and services[-1]["status"] == "active"
    from fhir.resources.R4B.bundle import Bundle

    assert Bundle.model_validate(bundle).type == "collection"


def test_printable_calendar_marks_days(kb) -> None:  # noqa: ANN001
    events = plan_events(kb, PLAN)
    html = calendar_html("Lenalidomide for MDS", events)
    assert "January 2026" in html and "February 2026" in html
    assert html.count('<td class="dose"') == len([e for e in events if e.kind == EventKind.dose])
    assert "@media print" in html and "Bone marrow biopsy (before starting)" in html


def test_pdf(kb) -> None:  # noqa: ANN001
    pytest.importorskip("weasyprint", reason="WeasyPrint is not installed")
    from oncoguide.tracker.printable import calendar_pdf

    pdf = calendar_pdf("Lenalidomide", plan_events(kb, PLAN))
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000


def test_reimport_after_a_hold_or_stop_cancels_the_dropped_doses(kb) -> None:  # noqa: ANN001
    from oncoguide.tracker import removed_events

    def vevents(plan):  # noqa: ANN001, ANN202
        events = plan_events(kb, plan)
        cal = icalendar.Calendar.from_ical(to_ics(plan, events, "x", removed=removed_events(kb, plan, events)))
        return {str(e["UID"]): e for e in cal.walk("VEVENT")}

    before = vevents(PLAN)
    changed = TreatmentPlan.model_validate({**PLAN.model_dump(), "stop": "2026-02-10",
                                            "holds": [{"drug": "lenalidomide", "start": "2026-01-12", "end": "2026-01-13"}]})
    after = vevents(changed)
    assert len(after) == len(set(after))  # parsed by UID: one VEVENT each
    assert set(before) <= set(after)  # every old event is updated in place, none is left behind
    gone = {u: e for u, e in after.items() if e.get("STATUS") == "CANCELLED"}
    dates = sorted(e["DTSTART"].dt.date() if isinstance(e["DTSTART"].dt, dt.datetime) else e["DTSTART"].dt
                   for e in gone.values() if "lenalidomide" in str(e["SUMMARY"]))
    assert dates[:2] == [dt.date(2026, 1, 12), dt.date(2026, 1, 13)] and min(dates[2:]) > dt.date(2026, 2, 10)
    assert not any(e.walk("VALARM") for e in gone.values())  # no reminder for a dose not to take
    live = recurring_ical_events.of(icalendar.Calendar.from_ical(
        to_ics(changed, plan_events(kb, changed), "x"))).between(dt.date(2026, 1, 12), dt.date(2026, 1, 14))
    assert not [e for e in live if "lenalidomide" in str(e["SUMMARY"])]
    # Without holds or a stop nothing is cancelled.
    assert removed_events(kb, PLAN) == []
