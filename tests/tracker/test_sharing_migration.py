"""Migration 0008: a database made before caregivers keeps its plans and logs, and can share them afterwards;
going back down to 0007 drops only the caregiver tables."""

import datetime as dt

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from test_log_migration import to_revision

from oncoguide.store import accounts, open_engine
from oncoguide.store.engine import MIGRATIONS
from oncoguide.tracker import service, sharing


def test_existing_plans_can_be_shared_after_the_upgrade_and_the_downgrade_keeps_them(database_url: str) -> None:
    to_revision(database_url, "0007")
    engine = sa.create_engine(database_url)
    now = dt.datetime(2026, 1, 6, 9)
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO plans (id, owner_id, data, created_at, updated_at) VALUES "
                             "('p', 7, :data, :now, :now)"),
                     {"data": '{"id": "p", "regimen": "len-mds", "start": "2026-01-05"}', "now": now})
        conn.execute(sa.text("INSERT INTO dose_logs (plan_id, owner_id, event_uid, status, event, logged_at) VALUES "
                             "('p', 7, 'e1', 'taken', '{\"uid\": \"e1\"}', :now)"), {"now": now})
        assert not sa.inspect(conn).has_table("plan_invites")
    engine.dispose()
    engine = open_engine(database_url)  # migrates to the newest schema
    reader = accounts.create_user(engine, "bob@example.org", "a long passphrase")
    sharing.accept(engine, sharing.new_invite(engine, 7, "p").token, reader)
    assert service.access(engine, reader, "p").read_only
    engine.dispose()
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = sa.create_engine(database_url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0007")
        tables = set(sa.inspect(conn).get_table_names())
        assert {"plan_invites", "plan_readers"} & tables == set() and {"plans", "dose_logs"} <= tables
        assert conn.execute(sa.text("SELECT count(*) FROM dose_logs")).scalar_one() == 1
    engine.dispose()


def test_the_caregiver_tables_the_store_declares_are_the_ones_the_migration_makes(database_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from oncoguide.store import tracker as store

    engine = open_engine(database_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), store.metadata)
    mine = [d for d in diff if "plan_invites" in str(d) or "plan_readers" in str(d)]
    assert mine == []
