"""The schedule engine, checked against seed 002's del(5q) MDS plan on exact dates."""

import datetime as dt

import pytest

from oncoguide.errors import InputError, NotFound
from oncoguide.model import EventKind, TreatmentPlan
from oncoguide.tracker import plan_events

D = dt.date


def plan(**kw) -> TreatmentPlan:  # noqa: ANN003
    return TreatmentPlan.model_validate({"id": "p1", "regimen": "len-mds", "start": "2026-01-05", **kw})


def of(events, kind):  # noqa: ANN001, ANN201
    return [e for e in events if e.kind == kind]


def test_seed_002_doses_21_of_28(kb) -> None:  # noqa: ANN001
    events = plan_events(kb, plan(cycles=2))
    doses = of(events, EventKind.dose)
    assert len(doses) == 42
    assert doses[0].date == D(2026, 1, 5) and doses[0].time == dt.time(9, 0) and doses[0].dose == "10 mg"
    assert doses[20].date == D(2026, 1, 25)  # day 21
    assert doses[21].date == D(2026, 2, 2) and doses[21].cycle == 2 and doses[21].day == 1
    rests = of(events, EventKind.rest)
    assert [r.date for r in rests[:7]] == [D(2026, 1, 26) + dt.timedelta(days=i) for i in range(7)]
    assert [e.date for e in of(events, EventKind.cycle_start)] == [D(2026, 1, 5), D(2026, 2, 2)]


def test_seed_002_continuous_variant_has_no_rest(kb) -> None:  # noqa: ANN001
    events = plan_events(kb, plan(schedule="continuous", cycles=1))
    assert len(of(events, EventKind.dose)) == 28 and not of(events, EventKind.rest)


def test_seed_002_blood_counts_and_biopsies(kb) -> None:  # noqa: ANN001
    events = plan_events(kb, plan(cycles=13))  # 364 days
    cbc = [(e.date - D(2026, 1, 5)).days for e in events if e.test == "cbc"]
    # before starting, weekly for 8 weeks, every 2 weeks for 8 weeks, then every 4 weeks
    assert cbc[:14] == [0, 7, 14, 21, 28, 35, 42, 49, 56, 70, 84, 98, 112, 140]
    assert all(b - a == 28 for a, b in zip(cbc[13:], cbc[14:]))
    biopsy = [(e.date - D(2026, 1, 5)).days // 7 for e in events if e.test == "bone-marrow-biopsy"]
    assert biopsy == [0, 12, 24, 48]
    assert of(events, EventKind.biopsy)[0].title == "Bone marrow biopsy (before starting)"
    assert not [e for e in events if e.test == "ct"]  # as-needed imaging has no date


def test_delay_moves_only_later_events(kb) -> None:  # noqa: ANN001
    before = {e.uid: e for e in plan_events(kb, plan(cycles=3))}
    after = {e.uid: e for e in plan_events(kb, plan(cycles=3, delays=[{"cycle": 2, "days": 7}]))}
    assert set(before) - {u for u in before if "-rest-" in u} <= set(after)
    for uid, event in before.items():
        if event.cycle == 1 or event.test:
            assert after[uid].date == event.date
        elif event.cycle and event.cycle >= 2:
            assert after[uid].date == event.date + dt.timedelta(days=7)


def test_hold_dose_change_and_stop(kb) -> None:  # noqa: ANN001
    p = plan(cycles=2, holds=[{"drug": "lenalidomide", "start": "2026-01-10", "end": "2026-01-12"}],
             dose_changes=[{"drug": "lenalidomide", "start": "2026-02-02", "dose": 5}], stop="2026-02-05")
    doses = of(plan_events(kb, p), EventKind.dose)
    dates = [d.date for d in doses]
    assert D(2026, 1, 9) in dates and D(2026, 1, 10) not in dates and D(2026, 1, 12) not in dates
    assert {d.dose for d in doses if d.date >= D(2026, 2, 2)} == {"5 mg"}
    assert {d.dose for d in doses if d.date < D(2026, 2, 2)} == {"10 mg"}
    assert max(dates) == D(2026, 2, 5)


def test_phases_and_infusions(kb) -> None:  # noqa: ANN001
    p = TreatmentPlan.model_validate({"id": "p2", "regimen": "r2", "start": "2026-03-02", "dose_time": "20:00"})
    events = plan_events(kb, p)
    infusions = of(events, EventKind.infusion)
    assert [e.date for e in infusions][:5] == [D(2026, 3, 2), D(2026, 3, 9), D(2026, 3, 16), D(2026, 3, 23), D(2026, 3, 30)]
    assert len(infusions) == 8 and all(e.time is None for e in infusions)
    assert len(of(events, EventKind.cycle_start)) == 12
    assert of(events, EventKind.dose)[0].time == dt.time(20, 0)


@pytest.mark.parametrize(("changes", "error", "message"), [
    ({"regimen": "len-mdz"}, NotFound, "Did you mean: len-mds"),
    ({"schedule": "weekly"}, NotFound, "choose one of: 21-of-28, continuous"),
    ({"doses": {"lenalidomide": 250}}, InputError, "more than 10 times"),
    ({"doses": {"aspirin": 100}}, InputError, "not part of"),
    ({"holds": [{"drug": "rituximab", "start": "2026-01-10", "end": "2026-01-12"}]}, InputError, "Cannot hold"),
])
def test_plans_that_do_not_fit_the_regimen(kb, changes, error, message) -> None:  # noqa: ANN001
    with pytest.raises(error, match=message):
        plan_events(kb, plan(**changes))


@pytest.mark.parametrize(("changes", "message"), [
    ({"start": "2026-02-30"}, "date"),
    ({"doses": {"lenalidomide": -5}}, "more than 0"),
    ({"timezone": "Mars/Olympus"}, "unknown time zone"),
    ({"holds": [{"drug": "lenalidomide", "start": "2026-01-10", "end": "2026-01-15"},
                {"drug": "lenalidomide", "start": "2026-01-14", "end": "2026-01-20"}]}, "overlap"),
    ({"stop": "2025-12-01"}, "before the start date"),
])
def test_impossible_plans_are_refused(changes, message) -> None:  # noqa: ANN001
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=message):
        plan(**changes)


def test_open_ended_horizon_counts_calendar_months(kb) -> None:  # noqa: ANN001
    from oncoguide.tracker.schedule import horizon_end

    plan = TreatmentPlan.model_validate({"id": "p", "regimen": "len-mds", "start": "2026-01-31", "months": 6})
    assert horizon_end(plan) == dt.date(2026, 7, 31)
    starts = [e.date for e in plan_events(kb, plan) if e.kind == EventKind.cycle_start]
    assert starts[-1] <= dt.date(2026, 7, 31) < starts[-1] + dt.timedelta(days=28)


def test_a_delay_moves_the_horizon_so_no_cycle_falls_off(kb) -> None:  # noqa: ANN001
    base = {"id": "p", "regimen": "len-mds", "start": "2026-01-05", "months": 6}
    before = [e for e in plan_events(kb, TreatmentPlan.model_validate(base)) if e.kind == EventKind.dose]
    after = [e for e in plan_events(kb, TreatmentPlan.model_validate({**base, "delays": [{"cycle": 3, "days": 14}]}))
             if e.kind == EventKind.dose]
    assert [e.uid for e in before] == [e.uid for e in after]  # moved, none lost
    assert after[-1].date == before[-1].date + dt.timedelta(days=14)
