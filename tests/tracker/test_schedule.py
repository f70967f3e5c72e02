"""Exact dates for the seed 002 plan: lenalidomide 10 mg days 1-21 of 28, CBC and marrow biopsy schedules."""

from __future__ import annotations

import datetime as dt

import pytest

from oncoguide.errors import InputError, NotFound
from oncoguide.model.plan import EventKind
from oncoguide.tracker.schedule import events, make_plan

START = dt.date(2026, 1, 5)


def d(offset: int) -> dt.date:
    return START + dt.timedelta(days=offset)


@pytest.fixture
def plan(mds):
    return make_plan({"regimen": mds.slug, "start": "2026-01-05", "horizon_cycles": 13, "tz": "Europe/Paris"}, mds)


def of(evts, kind, test=None):
    return [e.date for e in evts if e.kind == kind and (test is None or e.test == test)]


def test_doses_fall_on_days_1_to_21_at_the_usual_time(mds, plan):
    evts = events(plan, mds)
    doses = [e for e in evts if e.kind == EventKind.dose]
    assert len(doses) == 13 * 21
    assert [e.date for e in doses[:21]] == [d(i) for i in range(21)]
    assert doses[21].date == d(28)  # cycle 2 day 1
    assert {e.time for e in doses} == {dt.time(9, 0)}
    assert {e.dose_text for e in doses} == {"10 mg"}
    assert of(evts, EventKind.rest)[:7] == [d(i) for i in range(21, 28)]
    assert of(evts, EventKind.cycle_start)[:3] == [d(0), d(28), d(56)]


def test_cbc_weekly_for_8_weeks_then_every_2_weeks_for_8_then_every_4(mds, plan):
    cbc = of(events(plan, mds), EventKind.test, "cbc")
    weekly = [d(7 * w) for w in range(0, 9)]  # baseline and weeks 1-8
    biweekly = [d(56 + 14 * i) for i in range(1, 5)]  # weeks 10, 12, 14, 16
    monthly = [d(112 + 28 * i) for i in range(1, 7)]  # weeks 20 ... 40
    assert cbc[:19] == weekly + biweekly + monthly
    assert cbc[-1] <= d(13 * 28 - 1)


def test_marrow_biopsy_at_baseline_week_12_week_24_then_every_24_weeks(mds):
    plan = make_plan({"regimen": mds.slug, "start": "2026-01-05", "horizon_cycles": 26}, mds)
    assert of(events(plan, mds), EventKind.biopsy) == [d(0), d(84), d(168), d(336), d(504), d(672)]


def test_open_ended_schedule_runs_for_the_horizon_in_months(mds):
    plan = make_plan({"regimen": mds.slug, "start": "2026-01-05", "horizon_months": 6}, mds)
    starts = of(events(plan, mds), EventKind.cycle_start)
    assert starts[-1] < dt.date(2026, 7, 5) <= starts[-1] + dt.timedelta(days=28)


def test_delay_moves_later_cycles_only(mds, plan):
    from oncoguide.model.plan import Delay
    before = events(plan, mds)
    after = events(plan.with_change(Delay(cycle=3, days=7)), mds)
    assert of(after, EventKind.cycle_start)[:4] == [d(0), d(28), d(63), d(91)]
    early = [e for e in before if e.cycle in (1, 2)]
    assert early == [e for e in after if e.cycle in (1, 2)]
    assert {e.uid for e in before if e.cycle} == {e.uid for e in after if e.cycle}  # same uids: calendars update


def test_hold_dose_change_and_stop(mds, plan):
    from oncoguide.model.plan import DoseChange, Hold, Stop
    p = plan.with_change(Hold(drug="lenalidomide", start=d(7), end=d(13)))
    p = p.with_change(DoseChange(drug="lenalidomide", start=d(28), dose=5))
    p = p.with_change(Stop(on=d(60)))
    evts = events(p, mds)
    doses = [e for e in evts if e.kind == EventKind.dose]
    assert not [e for e in doses if d(7) <= e.date <= d(13)]
    assert {e.dose_text for e in doses if e.date < d(28)} == {"10 mg"}
    assert {e.dose_text for e in doses if e.date >= d(28)} == {"5 mg"}
    assert max(e.date for e in evts) < d(60)


@pytest.mark.parametrize("data, message", [
    ({"start": "2026-02-30"}, "does not exist"),
    ({"start": "03/04/2026"}, "YYYY-MM-DD"),
    ({"start": "2026-01-05", "doses": {"lenalidomide": -5}}, "more than 0"),
    ({"start": "2026-01-05", "doses": {"lenalidomide": 250}}, "more than 10 times"),
    ({"start": "2026-01-05", "doses": {"rituximab": 5}}, "not part of"),
    ({"start": "2026-01-05", "tz": "Mars/Olympus"}, "IANA"),
    ({"start": "2026-01-05", "dose_time": "25:00"}, "24-hour"),
    ({"start": "2026-01-05", "changes": [
        {"kind": "hold", "drug": "lenalidomide", "start": "2026-02-01", "end": "2026-02-10"},
        {"kind": "hold", "drug": "lenalidomide", "start": "2026-02-08", "end": "2026-02-20"}]}, "overlap"),
    ({"start": "2026-01-05", "changes": [
        {"kind": "hold", "drug": "lenalidomide", "start": "2026-02-10", "end": "2026-02-01"}]}, "before it starts"),
])
def test_bad_input_gives_one_clear_message(mds, data, message):
    with pytest.raises(InputError, match=message):
        make_plan({"regimen": mds.slug, **data}, mds)


def test_unknown_variant_is_not_found_with_suggestions(mds):
    with pytest.raises(NotFound, match="continuous"):
        make_plan({"regimen": mds.slug, "start": "2026-01-05", "variant": "weekly"}, mds)


def test_iv_components_are_appointments_without_a_time(regimens):
    r2 = regimens["r2-fixture"]
    evts = events(make_plan({"regimen": r2.slug, "start": "2026-01-05"}, r2), r2)
    infusions = [e for e in evts if e.kind == EventKind.infusion]
    assert [e.day for e in infusions if e.cycle == 1] == [1, 8, 15, 22]
    assert [e.day for e in infusions if e.cycle == 2] == [1]
    assert len({e.cycle for e in infusions}) == 12 and all(e.time is None for e in infusions)
