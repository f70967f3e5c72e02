"""Plans and logs are private to their owner, and the past does not change when the plan does."""

import datetime as dt

import pytest
import sqlalchemy as sa

from oncoguide.errors import InputError, NotFound
from oncoguide.model import EventKind, TreatmentPlan
from oncoguide.store import accounts, open_engine
from oncoguide.store import tracker as store
from oncoguide.tracker import plan_events
from oncoguide.tracker.log import adherence, check_status, with_log


@pytest.fixture
def engine(database_url: str) -> sa.Engine:
    return open_engine(database_url)


def make_plan(**kw) -> TreatmentPlan:  # noqa: ANN003
    return TreatmentPlan.model_validate({"id": "plan-a", "regimen": "len-mds", "start": "2026-01-05", "cycles": 2, **kw})


def test_owner_isolation(engine: sa.Engine) -> None:
    store.save_plan(engine, 1, make_plan())
    assert store.get_plan(engine, 1, "plan-a").regimen == "len-mds"
    with pytest.raises(NotFound):
        store.get_plan(engine, 2, "plan-a")
    with pytest.raises(NotFound):
        store.log_dose(engine, 2, "plan-a", {"uid": "x"}, "taken")
    with pytest.raises(NotFound):
        store.save_plan(engine, 2, make_plan(start="2026-02-01"))  # cannot overwrite another's plan
    assert store.list_plans(engine, 2) == [] and store.export_owner(engine, 2) == {"plans": [], "shared_with_me": []}


def test_logged_past_survives_a_plan_change(kb, engine: sa.Engine) -> None:  # noqa: ANN001
    plan = make_plan()
    store.save_plan(engine, 1, plan)
    first = next(e for e in plan_events(kb, plan) if e.kind == EventKind.dose)
    store.log_dose(engine, 1, plan.id, first.model_dump(mode="json"), "taken")
    changed = make_plan(dose_changes=[{"drug": "lenalidomide", "start": "2026-01-01", "dose": 5}])
    store.save_plan(engine, 1, changed)
    pairs = with_log(plan_events(kb, changed), store.dose_log(engine, 1, plan.id))
    logged = [(e, s.status) for e, s in pairs if s]
    assert logged == [(first, "taken")] and first.dose == "10 mg"
    assert {e.dose for e, s in pairs if e.kind == EventKind.dose and not s} == {"5 mg"}


def test_adherence_per_cycle(kb, engine: sa.Engine) -> None:  # noqa: ANN001
    plan = make_plan()
    store.save_plan(engine, 1, plan)
    doses = [e for e in plan_events(kb, plan) if e.kind == EventKind.dose]
    for event, status in zip(doses[:4], ["taken", "taken", "missed", "skipped"]):
        store.log_dose(engine, 1, plan.id, event.model_dump(mode="json"), status)
    [cycle1] = adherence(plan_events(kb, plan), store.dose_log(engine, 1, plan.id), today=dt.date(2026, 1, 14))
    assert (cycle1.due, cycle1.taken, cycle1.missed, cycle1.skipped, cycle1.unlogged) == (10, 2, 1, 1, 6)
    assert cycle1.share == pytest.approx(0.2)
    with pytest.raises(InputError, match="one of taken, skipped, missed, vomited, attended, moved"):
        check_status("forgot")
    with pytest.raises(InputError, match="infusion can be logged as attended or moved, not taken"):
        check_status("taken", EventKind.infusion)


def test_deleting_an_account_removes_its_tracker_rows(engine: sa.Engine) -> None:
    uid = accounts.create_user(engine, "a@b.org", "long enough password")
    store.save_plan(engine, uid, make_plan())
    store.log_dose(engine, uid, "plan-a", {"uid": "e1"}, "taken")
    store.add_symptom(engine, uid, "plan-a", "fever", {"temperature": 38.5}, "call_now")
    store.save_plan(engine, uid + 1, make_plan(id="plan-b"))
    accounts.delete_user(engine, uid, owned=store.USER_COLUMNS)
    with engine.connect() as conn:
        for table in store.OWNED:
            owners = conn.execute(sa.select(table.c.owner_id)).scalars().all()
            assert uid not in owners
    assert store.get_plan(engine, uid + 1, "plan-b")
