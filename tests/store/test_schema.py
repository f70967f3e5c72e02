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
from oncoguide.store.schema import include_object, metadata


def _differences(engine: sa.Engine) -> list:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
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


def _declared_tables() -> dict[str, object]:
    """Every sa.Table a store module holds, by module.table name (every module imported)."""
    import importlib
    import pkgutil

    import oncoguide.store as store

    found = {}
    for info in pkgutil.iter_modules(store.__path__):
        module = importlib.import_module(f"oncoguide.store.{info.name}")
        found |= {f"{info.name}.{name}": value for name, value in vars(module).items() if isinstance(value, sa.Table)}
    return found


def test_every_table_in_the_store_is_on_the_one_metadata() -> None:
    tables = _declared_tables()
    assert {"tracker.plans", "accounts.users", "ctcae.ctcae_terms", "throttle.attempt_limits",
            "tables.documents"} <= set(tables)
    assert [name for name, table in tables.items() if table.metadata is not metadata] == []  # type: ignore[attr-defined]


def test_the_schema_module_alone_gathers_every_table() -> None:
    """What Alembic sees (env.py imports store.schema, nothing else) holds every table a module declares."""
    import subprocess
    import sys

    probe = "from oncoguide.store.schema import include_object, metadata; print(' '.join(sorted(metadata.tables)))"
    seen = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert seen == sorted({t.name for t in _declared_tables().values()})  # type: ignore[attr-defined]
