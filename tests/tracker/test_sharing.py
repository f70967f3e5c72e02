"""Caregivers (#14) at the service and store level, on SQLite and PostgreSQL: an invite works once, for a week,
for another account; the reader sees the owner's plan and log and can change nothing; revoking ends it."""

import datetime as dt

import pytest
import sqlalchemy as sa

from oncoguide.errors import InputError, NotFound, ReadOnly
from oncoguide.model import TreatmentPlan
from oncoguide.store import accounts, open_engine
from oncoguide.store import tracker as store
from oncoguide.tracker import service, sharing

NOW = dt.datetime(2026, 3, 1, 12, 0)


@pytest.fixture
def engine(database_url: str) -> sa.Engine:
    return open_engine(database_url)


@pytest.fixture
def people(engine: sa.Engine) -> tuple[int, int, int]:
    """Ana owns a plan with one logged dose; Bob is her caregiver-to-be; Eve is a stranger."""
    ana, bob, eve = (accounts.create_user(engine, f"{n}@example.org", "a long passphrase") for n in ("ana", "bob", "eve"))
    store.save_plan(engine, ana, TreatmentPlan.model_validate({"id": "plan-a", "regimen": "len-mds",
                                                               "start": "2026-01-05", "cycles": 2}))
    store.log_dose(engine, ana, "plan-a", {"uid": "e1"}, "taken", note="with breakfast")
    return ana, bob, eve


def test_an_invite_lets_one_other_account_read_and_only_read(engine: sa.Engine, people: tuple[int, int, int]) -> None:
    ana, bob, eve = people
    made = sharing.new_invite(engine, ana, "plan-a", now=NOW)
    assert made.expires_at == NOW + dt.timedelta(days=7)
    with engine.connect() as conn:  # only the hash is kept
        assert made.token not in str(conn.execute(sa.select(store.plan_invites)).all())
    with pytest.raises(NotFound):
        service.access(engine, bob, "plan-a")
    assert sharing.accept(engine, made.token, bob, now=NOW).id == "plan-a"
    seen = service.access(engine, bob, "plan-a")
    assert (seen.read_only, seen.owner, seen.shared_by) == (True, ana, "ana@example.org")
    assert [e["note"] for e in store.dose_log(engine, seen.owner, "plan-a")] == ["with breakfast"]
    with pytest.raises(ReadOnly, match="belongs to ana@example.org"):
        service.owned(engine, bob, "plan-a")
    with pytest.raises(ReadOnly):
        sharing.new_invite(engine, bob, "plan-a")  # a caregiver cannot pass the plan on
    with pytest.raises(NotFound):
        store.log_dose(engine, bob, "plan-a", {"uid": "e2"}, "taken")  # the store's own owner filter holds too
    assert service.access(engine, ana, "plan-a").read_only is False
    with pytest.raises(InputError, match="already used on 01 March 2026"):
        sharing.accept(engine, made.token, eve, now=NOW)  # single use
    with pytest.raises(NotFound):
        service.access(engine, eve, "plan-a")
    assert [r["email"] for r in sharing.sharing(engine, ana, "plan-a")["readers"]] == ["bob@example.org"]
    assert [(p.id, email) for p, email in sharing.shared_with(engine, bob)] == [("plan-a", "ana@example.org")]
    assert store.export_owner(engine, bob)["shared_with_me"] == [{"plan": "plan-a", "owner": "ana@example.org"}]


def test_revoking_ends_access_and_withdrawn_or_expired_invites_do_not_work(engine: sa.Engine,
                                                                            people: tuple[int, int, int]) -> None:
    ana, bob, eve = people
    sharing.accept(engine, sharing.new_invite(engine, ana, "plan-a").token, bob)
    [grant] = sharing.sharing(engine, ana, "plan-a")["readers"]
    with pytest.raises(ReadOnly):
        sharing.revoke_reader(engine, bob, "plan-a", grant["id"])
    sharing.revoke_reader(engine, ana, "plan-a", grant["id"])
    with pytest.raises(NotFound):
        service.access(engine, bob, "plan-a")
    assert sharing.shared_with(engine, bob) == []
    withdrawn = sharing.new_invite(engine, ana, "plan-a")
    [open_] = sharing.sharing(engine, ana, "plan-a")["invites"]
    sharing.withdraw_invite(engine, ana, "plan-a", open_["id"])
    with pytest.raises(InputError, match="ana@example.org withdrew this invite"):
        sharing.accept(engine, withdrawn.token, bob)
    with pytest.raises(NotFound):
        sharing.withdraw_invite(engine, ana, "plan-a", open_["id"])  # already withdrawn
    old = sharing.new_invite(engine, ana, "plan-a", now=NOW - dt.timedelta(days=8))
    with pytest.raises(InputError, match="expired on 28 February 2026"):
        sharing.accept(engine, old.token, bob, now=NOW)
    with pytest.raises(InputError, match="your own invite link"):
        sharing.accept(engine, sharing.new_invite(engine, ana, "plan-a").token, ana)
    with pytest.raises(NotFound):
        sharing.accept(engine, "made-up-token", bob)
    with pytest.raises(NotFound):
        service.access(engine, bob, "plan-a")  # none of the refused invites let Bob in


def test_open_invites_are_capped_and_a_deleted_plan_takes_its_invites_and_readers(engine: sa.Engine,
                                                                                   people: tuple[int, int, int]) -> None:
    ana, bob, eve = people
    tokens = [sharing.new_invite(engine, ana, "plan-a").token for _ in range(sharing.MOST_OPEN_INVITES)]
    with pytest.raises(InputError, match="already has 10 invite links"):
        sharing.new_invite(engine, ana, "plan-a")
    sharing.accept(engine, tokens[0], bob)
    store.delete_plan(engine, ana, "plan-a")
    with pytest.raises(NotFound):
        sharing.accept(engine, tokens[1], eve)
    with engine.connect() as conn:
        for table in (store.plan_invites, store.plan_readers):
            assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one() == 0


def test_deleting_a_caregivers_account_removes_their_access(engine: sa.Engine, people: tuple[int, int, int]) -> None:
    ana, bob, eve = people
    sharing.accept(engine, sharing.new_invite(engine, ana, "plan-a").token, bob)
    accounts.delete_user(engine, bob, owned=store.USER_COLUMNS)
    assert sharing.sharing(engine, ana, "plan-a")["readers"] == []
    assert store.get_plan(engine, ana, "plan-a").id == "plan-a"  # the owner's plan is untouched
