"""Migration 0006: a dose log written before it (one row per dose) keeps every status and takes new entries."""

import datetime as dt
import json

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from oncoguide.store import open_engine
from oncoguide.store import tracker as store
from oncoguide.store.engine import MIGRATIONS
from oncoguide.tracker.log import current


def to_revision(url: str, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


def test_old_log_rows_survive_and_the_log_becomes_append_only(database_url: str) -> None:
    to_revision(database_url, "0005")
    old = sa.create_engine(database_url)
    now = dt.datetime(2026, 1, 6, 9)
    event = {"uid": "p-len-c1d1", "date": "2026-01-05", "time": "09:00:00", "kind": "dose", "title": "Take it"}
    with old.begin() as conn:
        conn.execute(sa.text("INSERT INTO plans (id, owner_id, data, created_at, updated_at) VALUES "
                             "('p', 1, :data, :now, :now)"),
                     {"data": '{"id": "p", "regimen": "len-mds", "start": "2026-01-05"}', "now": now})
        conn.execute(sa.text("INSERT INTO dose_logs (plan_id, owner_id, event_uid, status, event, logged_at) VALUES "
                             "('p', 1, 'p-len-c1d1', 'missed', :event, :now)"), {"event": json.dumps(event), "now": now})
    old.dispose()
    engine = open_engine(database_url)  # migrates to the newest schema
    assert {uid: e.status for uid, (_, e) in current(store.dose_log(engine, 1, "p")).items()} == {"p-len-c1d1": "missed"}
    store.log_dose(engine, 1, "p", event, "taken", dt.datetime(2026, 1, 5, 9, 30), "found the pill box")
    log = store.dose_log(engine, 1, "p")
    assert [r["status"] for r in log] == ["missed", "taken"] and log[1]["note"] == "found the pill box"
    assert current(log)["p-len-c1d1"][1].status == "taken"
