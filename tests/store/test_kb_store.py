"""`oncoguide index` semantics: all or nothing, and the previous database survives a bad load."""

from pathlib import Path

import pytest
import sqlalchemy as sa
from kbfixture import fixture_docs

from oncoguide.content import load
from oncoguide.errors import StoreError
from oncoguide.store import kb_counts, open_engine, save_kb
from oncoguide.store import tables as t


def test_save_and_count(kb_dir: Path, database_url: str) -> None:
    engine = open_engine(database_url)
    kb = load(kb_dir)
    counts = save_kb(engine, kb)
    # every source is stored, including the shipped symptom rules' sources the fixture links to
    assert counts["drug"] == 1 and counts["regimen"] == 1 and counts["term"] == 1 and counts["source"] == len(kb.sources) > 2
    assert counts["statement"] >= 8
    with engine.connect() as conn:
        data = conn.execute(sa.select(t.kb_objects.c.data).where(t.kb_objects.c.slug == "lenalidomide")).scalar_one()
    assert data["brand_names"] == ["Revlimid"]


def test_reindex_replaces_not_duplicates(kb_dir: Path, database_url: str) -> None:
    engine = open_engine(database_url)
    first = save_kb(engine, load(kb_dir))
    assert save_kb(engine, load(kb_dir)) == first


def test_failed_write_leaves_previous_database(kb_dir: Path, tmp_path: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    kb = load(kb_dir)
    before = save_kb(engine, kb)
    # A database-level failure in the middle of the load (here: a statements table that rejects rows).
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TRIGGER no_statements BEFORE INSERT ON statements "
                             "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"))
    with pytest.raises(StoreError, match="nothing was changed"):
        save_kb(engine, kb)
    assert kb_counts(engine) == before


def test_migrations_are_idempotent(database_url: str) -> None:
    open_engine(database_url)
    engine = open_engine(database_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()


def test_unusable_database_url_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot open database"):
        open_engine(f"sqlite:///{tmp_path / 'file' / 'db.sqlite'}")


def test_fixture_docs_are_independent_copies() -> None:
    a, b = fixture_docs(), fixture_docs()
    a["drug"]["slug"] = "x"
    assert b["drug"]["slug"] == "lenalidomide"
