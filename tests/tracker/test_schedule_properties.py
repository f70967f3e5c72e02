"""Properties of the schedule engine for any start date, delays and holds (hypothesis)."""

import datetime as dt
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shippedkb import shipped_kb

from oncoguide.model import EventKind, TreatmentPlan
from oncoguide.tracker import cycles, plan_events, resolve

starts = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))
delays = st.dictionaries(st.integers(1, 12), st.integers(1, 21), max_size=4)
hold = st.tuples(st.integers(0, 300), st.integers(0, 20))


def build(regimen: str, schedule: str | None, start: dt.date, delay: dict, holds: list) -> TreatmentPlan:  # noqa: ANN001
    spans, last_end = [], -1
    for offset, length in sorted(holds):  # non-overlapping holds of lenalidomide
        if offset > last_end:
            spans.append({"drug": "lenalidomide", "start": start + dt.timedelta(days=offset),
                          "end": start + dt.timedelta(days=offset + length)})
            last_end = offset + length
    return TreatmentPlan.model_validate({
        "id": "p", "regimen": regimen, "schedule": schedule, "start": start, "cycles": 12,
        "delays": [{"cycle": c, "days": d} for c, d in delay.items()], "holds": spans})


regimens = st.sampled_from([("len-mds", "21-of-28"), ("len-mds", "continuous"), ("r2", None)])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(regimens, starts, delays, st.lists(hold, max_size=3))
def test_dose_days_follow_the_schedule(kb, which, start, delay, holds) -> None:  # noqa: ANN001
    regimen, schedule_id = which
    p = build(regimen, schedule_id, start, delay, holds)
    _, schedule = resolve(kb, p)
    spans = cycles(p, schedule)
    # cycles never overlap and follow each other in order
    for a, b in zip(spans, spans[1:]):
        assert a.end < b.start
    events = plan_events(kb, p)
    held = {(h.start, h.end) for h in p.holds}
    per_cycle: Counter = Counter()
    for e in events:
        if e.kind in (EventKind.dose, EventKind.infusion):
            phase = schedule.phases[spans[e.cycle - 1].phase]
            comp = next(c for c in phase.components if c.drug == e.drug)
            assert e.day in comp.days  # only on the schedule's days
            assert e.date == spans[e.cycle - 1].start + dt.timedelta(days=e.day - 1)
            assert not any(s <= e.date <= t for s, t in held) or e.drug != "lenalidomide"
            per_cycle[(e.cycle, e.drug)] += 1
    for span in spans:
        phase = schedule.phases[span.phase]
        for comp in phase.components:
            held_days = sum(
                1 for d in comp.days
                if comp.drug == "lenalidomide"
                and any(s <= span.start + dt.timedelta(days=d - 1) <= t for s, t in held))
            assert per_cycle[(span.number, comp.drug)] == (len(comp.days) - held_days) * comp.times_per_day


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(regimens, starts, st.integers(1, 12), st.integers(1, 30))
def test_a_delay_moves_only_later_events(kb, which, start, cycle, days) -> None:  # noqa: ANN001
    regimen, schedule_id = which
    before = {e.uid: e for e in plan_events(kb, build(regimen, schedule_id, start, {}, []))}
    after = {e.uid: e for e in plan_events(kb, build(regimen, schedule_id, start, {cycle: days}, []))}
    for uid, event in before.items():
        if event.cycle is None:
            assert after[uid].date == event.date  # tests are counted from the start date
        elif event.cycle < cycle:
            assert after[uid].date == event.date
        else:
            assert after[uid].date == event.date + dt.timedelta(days=days)




@pytest.fixture(scope="module")
def shipped():  # noqa: ANN201

    return shipped_kb()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), start=starts, delay=delays)
def test_every_shipped_regimen_follows_its_schedule(shipped, data, start, delay) -> None:  # noqa: ANN001
    regimen = data.draw(st.sampled_from(sorted(shipped.regimens)))
    schedule_id = data.draw(st.sampled_from([s.id for s in shipped.regimens[regimen].schedules]))
    plan = TreatmentPlan.model_validate({"id": "p", "regimen": regimen, "schedule": schedule_id, "start": start,
                                         "months": 6, "delays": [{"cycle": c, "days": d} for c, d in delay.items()]})
    _, schedule = resolve(shipped, plan)
    spans = cycles(plan, schedule)
    for a, b in zip(spans, spans[1:]):
        assert a.end < b.start and (b.start - a.end).days == 1 + delay.get(b.number, 0)
    per_cycle: Counter = Counter()
    events = plan_events(shipped, plan)
    assert len({e.uid for e in events}) == len(events)  # calendar apps need one UID per event
    for e in events:
        if e.kind in (EventKind.dose, EventKind.infusion):
            span = spans[e.cycle - 1]
            assert any(e.day in c.days for c in schedule.phases[span.phase].components if c.drug == e.drug)
            per_cycle[(e.cycle, e.drug)] += 1
    for span in spans:
        expected: Counter = Counter()
        for comp in schedule.phases[span.phase].components:
            expected[comp.drug] += len(comp.days) * (comp.times_per_day if comp.route.value == "oral" else 1)
        for drug, count in expected.items():
            assert per_cycle[(span.number, drug)] == count


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), start=starts, delay=delays, holds=st.lists(hold, max_size=3), stop=st.integers(0, 400) | st.none())
def test_holds_and_stop_on_shipped_regimens_leave_nothing_behind(shipped, data, start, delay, holds, stop) -> None:  # noqa: ANN001
    """Every event of the unchanged plan is either still planned or sent as removed (cancelled), never both."""
    from oncoguide.errors import InputError
    from oncoguide.tracker import removed_events

    regimen = data.draw(st.sampled_from(sorted(shipped.regimens)))
    drug = data.draw(st.sampled_from(shipped.regimens[regimen].drugs))
    base = build(regimen, None, start, delay, holds)
    stop_day = start + dt.timedelta(days=stop) if stop is not None else None
    plan = base.model_copy(update={"holds": [h.model_copy(update={"drug": drug}) for h in base.holds],
                                   "stop": stop_day})
    try:
        resolve(shipped, plan)
    except InputError:  # a drug only in another schedule variant cannot be held in the default one
        return
    events = plan_events(shipped, plan)
    removed = removed_events(shipped, plan, events)
    unchanged = {e.uid for e in plan_events(shipped, plan.model_copy(update={"holds": [], "stop": None}))}
    kept, gone = {e.uid for e in events}, {e.uid for e in removed}
    assert not kept & gone and (kept | gone) >= unchanged
    for e in events:
        if e.kind in (EventKind.dose, EventKind.infusion):
            assert not any(h.drug == e.drug and h.start <= e.date <= h.end for h in plan.holds)
        assert stop_day is None or e.date <= stop_day
