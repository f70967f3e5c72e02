"""Open the database and bring its schema up to date."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from ..errors import StoreError
from .url import nothing_stored, sqlite_file

MIGRATIONS = Path(__file__).parent / "migrations"


def open_engine(url: str) -> sa.Engine:
    """Create the engine (and the SQLite file's folder), then migrate to the newest schema."""
    from alembic.util.exc import CommandError  # Alembic loads only where a schema may change

    try:
        if (path := sqlite_file(url)) is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, json_serializer=compact_json)
        if engine.dialect.name == "sqlite":
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        _upgrade(engine)
        return engine
    except (sa.exc.SQLAlchemyError, OSError, CommandError) as exc:
        shown = sa.engine.make_url(url).render_as_string(hide_password=True)
        raise StoreError(f"cannot open database {shown}: {_newer(exc)}") from exc


def open_existing(url: str, table: str) -> sa.Engine | None:
    """An engine on a database that already holds `table`, else None; never creates or migrates anything.

    For readers that can do without the database (answers without ingested passages). StoreError when the
    database is there but cannot be read.
    """
    if nothing_stored(url):
        return None
    try:
        engine = sa.create_engine(url, json_serializer=compact_json)
        if sa.inspect(engine).has_table(table):
            return engine
        engine.dispose()
        return None
    except sa.exc.SQLAlchemyError as exc:
        shown = sa.engine.make_url(url).render_as_string(hide_password=True)
        raise StoreError(f"cannot read database {shown}: {exc}") from exc


def inserted_id(result: sa.CursorResult, what: str) -> int:
    """The id the database gave the row just inserted; StoreError when it gives none (a driver without
    RETURNING or lastrowid), rather than a row stored under no id."""
    key = result.inserted_primary_key
    if key is None or key[0] is None:
        raise StoreError(f"the database did not return an id for the new {what}")
    return int(key[0])


def compact_json(value: object) -> str:
    """JSON columns without the default spaces and \\u escapes: smaller rows (benchmarks/pubmed_ingest.py)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001
    cursor = dbapi_connection.cursor()
    # Another process's write transaction (a batch of 500 citations, or its migration) may hold the lock for
    # seconds on a busy machine: wait up to a minute for it rather than fail with "database is locked" after
    # Python's 5 s. Set first, so the switch to WAL below waits too.
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are overwritten with zeros, not just unlinked: "delete my account" must leave no email or
    # health detail in the file (issue #15, item 6; store/accounts.py delete_user checkpoints the WAL).
    cursor.execute("PRAGMA secure_delete=ON")
    # WAL with synchronous=NORMAL: a commit no longer waits for fsync, so one transaction per ingested
    # document stays fast (about 3x; benchmarks/pubmed_ingest.py) and a crash still loses no committed work.
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _switch_to_wal(cursor, pause: float = 0.05) -> None:  # noqa: ANN001
    """PRAGMA journal_mode=WAL, retried while another process holds the new file.

    Two processes opening a new database at once can each hold a lock the other needs; SQLite then answers
    "database is locked" at once, without the busy timeout (it would wait forever). The other one finishes
    its switch or its migration within moments, so try again until the busy timeout has passed.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(pause)


BUSY_TIMEOUT_MS = 60_000
MIGRATION_LOCK = 0x6F6E636F  # "onco": the PostgreSQL advisory lock that one migration at a time holds


@contextmanager
def write_transaction(engine: sa.Engine) -> Iterator[sa.Connection]:
    """A transaction that will write: committed at the end, rolled back on error.

    On SQLite it takes the write lock first (BEGIN IMMEDIATE). A transaction that reads, then writes, cannot
    wait for the lock once another writer has committed after its read (SQLite answers "database is locked"
    at once), so two ingests of the same files would fail or both insert; taking the lock first makes them
    wait their turn, and the second then sees what the first stored.
    """
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.begin()
        yield conn
        conn.commit()


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to the newest revision; StoreError when the database cannot be migrated."""
    from alembic.util.exc import CommandError

    try:
        _upgrade(engine)
    except (sa.exc.SQLAlchemyError, CommandError) as exc:
        raise StoreError(f"cannot migrate the database: {_newer(exc)}") from exc


def _upgrade(engine: sa.Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # Two commands opening a new database at once: the second waits, then finds the schema up to date.
    with write_transaction(engine) as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _newer(exc: Exception) -> str:
    """Alembic's complaint about an unknown revision, with the likely reason."""
    from alembic.util.exc import CommandError

    return f"{exc} (was it made by a newer oncoguide?)" if isinstance(exc, CommandError) else str(exc)
