"""Open the database and bring its schema up to date."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from ..errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"


def open_engine(url: str) -> sa.Engine:
    """Create the engine (and the SQLite file's folder), then migrate to the newest schema."""
    try:
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, json_serializer=_compact_json)
        if engine.dialect.name == "sqlite":
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        migrate(engine)
        return engine
    except (sa.exc.SQLAlchemyError, OSError) as exc:
        raise StoreError(f"cannot open database {sa.engine.make_url(url).render_as_string(hide_password=True)}: {exc}") from exc


def _compact_json(value: object) -> str:
    """JSON columns without the default spaces and \\u escapes: smaller rows (benchmarks/pubmed_ingest.py)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are overwritten with zeros, not just unlinked: "delete my account" must leave no email or
    # health detail in the file (issue #15, item 6; store/accounts.py delete_user checkpoints the WAL).
    cursor.execute("PRAGMA secure_delete=ON")
    # WAL with synchronous=NORMAL: a commit no longer waits for fsync, so one transaction per ingested
    # document stays fast (about 3x; benchmarks/pubmed_ingest.py) and a crash still loses no committed work.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def migrate(engine: sa.Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
