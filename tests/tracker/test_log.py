from __future__ import annotations

import datetime as dt

import pytest

from oncoguide.errors import InputError, NotFound
from oncoguide.model.plan import Delay, DoseChange
from oncoguide.store import open_engine
from oncoguide.store import tracker as store
from oncoguide.tracker.log import adherence, log_dose
from oncoguide.tracker.schedule import events, make_plan


@pytest.fixture
def engine(tmp_path):
    return open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")


@pytest.fixture
def plan(mds):
    return make_plan({"regimen": mds.slug, "start": "2026-01-05", "horizon_cycles": 3}, mds)


def test_past_logged_doses_never_change_when_the_plan_changes(engine, mds, plan):
    store.save_plan(engine, "ann", plan)
    log_dose(engine, "ann", plan, mds, dt.date(2026, 2, 2))  # cycle 2, day 1
    before = store.logged(engine, "ann", plan.id)
    changed = plan.with_change(Delay(cycle=2, days=7)).with_change(
        DoseChange(drug="lenalidomide", start=dt.date(2026, 1, 6), dose=5))
    store.save_plan(engine, "ann", changed)
    assert store.get_plan(engine, "ann", plan.id).changes == changed.changes
    after = store.logged(engine, "ann", plan.id)
    assert after == before
    assert after[0]["date"] == dt.date(2026, 2, 2) and after[0]["dose_text"] == "10 mg"


def test_adherence_per_cycle(engine, mds, plan):
    store.save_plan(engine, "ann", plan)
    for day in range(5, 15):  # Jan 5-14: ten doses of cycle 1
        log_dose(engine, "ann", plan, mds, dt.date(2026, 1, day), "taken")
    log_dose(engine, "ann", plan, mds, dt.date(2026, 1, 15), "missed")
    rows = adherence(events(plan, mds), store.logged(engine, "ann", plan.id), today=dt.date(2026, 1, 20))
    assert len(rows) == 1
    c1 = rows[0]
    assert (c1.cycle, c1.due, c1.taken, c1.missed, c1.unlogged) == (1, 16, 10, 1, 5)
    assert c1.percent == 62.5


def test_owners_cannot_see_each_others_plans(engine, mds, plan):
    store.save_plan(engine, "ann", plan)
    with pytest.raises(NotFound):
        store.get_plan(engine, "bob", plan.id)
    with pytest.raises(NotFound):
        store.save_plan(engine, "bob", plan)
    assert store.logged(engine, "bob", plan.id) == []


def test_logging_a_rest_day_or_bad_status_is_refused(engine, mds, plan):
    store.save_plan(engine, "ann", plan)
    with pytest.raises(NotFound, match="scheduled dose"):
        log_dose(engine, "ann", plan, mds, dt.date(2026, 1, 28))  # day 24: rest
    with pytest.raises(InputError, match="status"):
        log_dose(engine, "ann", plan, mds, dt.date(2026, 1, 6), "eaten")
