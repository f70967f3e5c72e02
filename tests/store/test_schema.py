"""One schema: the tables the code declares are exactly the tables the migrations create (issue #16).

Alembic's autogenerate compares the two; a table declared on another MetaData, or declared without a migration,
or a migration the declarations do not follow, shows up as a difference (before #16 it would have generated a
migration dropping the four tracker tables).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from oncoguide.store import open_engine
from oncoguide.store.tables import metadata


def _differences(engine: sa.Engine) -> list:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(context, metadata)


def test_a_migrated_database_matches_the_declared_schema(database_url: str) -> None:
    engine = open_engine(database_url)
    try:
        assert _differences(engine) == []
    finally:
        engine.dispose()


def test_a_table_missing_from_the_declarations_is_reported(tmp_path) -> None:  # noqa: ANN001
    """The check above can fail: a database with a table the code does not declare differs."""
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE stray (id INTEGER PRIMARY KEY)"))
        assert [d[0] for d in _differences(engine)] == ["remove_table"]
    finally:
        engine.dispose()
