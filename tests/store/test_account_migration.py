"""Migration 0007: accounts made before it keep working; look-alike spellings become one, without merging anyone.

An old look-alike of an existing address (rare: full-width typing) keeps its spelling, but that spelling now
signs in to the other account; its owner would need help from an operator.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from argon2 import PasswordHasher
from test_article_migration import to_revision

from oncoguide.store import accounts as acc
from oncoguide.store import open_engine

PASSWORD = "long enough password"


def _old_user(conn: sa.Connection, email: str) -> None:
    """A row as releases before 0007 stored it: the email only stripped and lower-cased."""
    conn.execute(sa.text("INSERT INTO users (email, password_hash, created_at) VALUES (:e, :h, :at)"),
                 {"e": email.strip().lower(), "h": PasswordHasher().hash(PASSWORD), "at": dt.datetime(2026, 1, 1)})


def test_old_accounts_sign_in_after_the_upgrade_and_back(database_url: str) -> None:
    to_revision(database_url, "0006")
    engine = sa.create_engine(database_url)
    with engine.begin() as conn:
        _old_user(conn, "ＬＥＡ@example.org")  # full width: only one account may have this visible address
        _old_user(conn, "bob@example.org")
        _old_user(conn, "ｂｏｂ@example.org")  # a look-alike of an existing account keeps its spelling
        conn.execute(sa.text("INSERT INTO signin_failures (key, at) VALUES ('email:bob@example.org', :at)"),
                     {"at": dt.datetime(2026, 1, 1)})
    engine.dispose()
    engine = open_engine(database_url)  # migrates to the newest schema
    assert acc.authenticate(engine, "lea@example.org", PASSWORD)
    assert acc.authenticate(engine, "ＬＥＡ@ｅｘａｍｐｌｅ.ｏｒｇ", PASSWORD)
    assert acc.authenticate(engine, "bob@example.org", PASSWORD)
    with engine.connect() as conn:
        emails = sorted(conn.execute(sa.select(acc.users.c.email)).scalars())
        assert "signin_failures" not in sa.inspect(conn).get_table_names()
    assert emails == ["bob@example.org", "lea@example.org", "ｂｏｂ@example.org"]
    assert len(acc.form_secret(engine)) == 32
    engine.dispose()
    to_revision(database_url, "0006", down=True)
    with sa.create_engine(database_url).connect() as conn:
        tables = sa.inspect(conn).get_table_names()
    assert "signin_failures" in tables and "attempt_limits" not in tables

