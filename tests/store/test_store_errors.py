"""Only StoreError leaves store/ when the database fails (#15 item 10): every public function that takes an
engine, in the modules below, is called on a database whose tables are gone."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
import sqlalchemy as sa

from oncoguide.errors import StoreError
from oncoguide.model import KnowledgeBase
from oncoguide.model.ctcae import CtcaeTerm
from oncoguide.store import ctcae, documents, kb, open_engine
from oncoguide.store import engine as engine_module
from oncoguide.store import tables as t

DOC = documents.DocumentRow(kind="label", key="0000-set", version="1", title="Test", effective_date=None,
                            data={"origin": "spl"}, passages=[documents.PassageRow(None, None, "text")])
TERM = CtcaeTerm(version="5.0", term="Fever", soc="General disorders", grades={1: "38.0 - 39.0 degrees C"})

CALLS: dict[str, Callable[[sa.Engine], object]] = {
    "documents.store_document": lambda e: documents.store_document(e, DOC),
    "documents.store_documents": lambda e: documents.store_documents(e, [DOC, DOC]),
    "documents.versions": lambda e: documents.versions(e, "label", "0000-set"),
    "documents.latest_document": lambda e: documents.latest_document(e, "label", "0000-set"),
    "documents.document_passages": lambda e: documents.document_passages(e, 1),
    "documents.latest_versions": lambda e: documents.latest_versions(e, "label"),
    "documents.document_counts": documents.document_counts,
    "kb.save_kb": lambda e: kb.save_kb(e, KnowledgeBase()),
    "kb.kb_counts": kb.kb_counts,
    "kb.stored_sources": lambda e: kb.stored_sources(e, "fda_label"),
    "kb.stored_statements": kb.stored_statements,
    "kb.stored_objects": lambda e: kb.stored_objects(e, "regimen"),
    "ctcae.save_ctcae": lambda e: ctcae.save_ctcae(e, [TERM]),
    "ctcae.ctcae_term": lambda e: ctcae.ctcae_term(e, "Fever"),
    "engine.migrate": engine_module.migrate,
}
# Hands its connection to store code, which translates the errors of what it runs there.
NOT_CALLED = {"engine.write_transaction"}
MODULES: dict[str, ModuleType] = {"documents": documents, "kb": kb, "ctcae": ctcae, "engine": engine_module}


def takes_an_engine(fn: object, module: ModuleType) -> bool:
    if not inspect.isfunction(fn) or fn.__module__ != module.__name__ or fn.__name__.startswith("_"):
        return False
    params = list(inspect.signature(fn).parameters.values())
    return bool(params) and "Engine" in str(params[0].annotation)


def test_every_public_function_that_takes_an_engine_is_checked() -> None:
    found = {f"{name}.{fn_name}" for name, module in MODULES.items()
             for fn_name, fn in vars(module).items() if takes_an_engine(fn, module)}
    assert found == set(CALLS) | NOT_CALLED


@pytest.fixture
def broken(tmp_path: Path) -> sa.Engine:
    """A database that opened fine, then lost its tables and was stamped by a newer release's migration."""
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with engine.begin() as conn:
        for table in reversed(t.metadata.sorted_tables):
            conn.execute(sa.text(f'DROP TABLE IF EXISTS "{table.name}"'))
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_from_a_newer_release'"))
    return engine


@pytest.mark.parametrize("call", sorted(CALLS))
def test_a_failing_database_gives_store_error(broken: sa.Engine, call: str) -> None:
    with pytest.raises(StoreError, match="could not|cannot"):
        CALLS[call](broken)


def test_a_file_that_is_not_a_database_gives_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        open_engine(f"sqlite:///{path}")


def test_a_database_from_a_newer_release_is_refused_with_a_reason(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    engine = open_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_from_a_newer_release'"))
    engine.dispose()
    with pytest.raises(StoreError, match=r"cannot open database .*9999_from_a_newer_release.*newer oncoguide"):
        open_engine(url)


def test_open_existing_reads_only_a_database_that_has_the_table(tmp_path: Path) -> None:
    from oncoguide.store import open_existing

    missing = tmp_path / "missing.sqlite"
    assert open_existing(f"sqlite:///{missing}", "passages") is None
    assert not missing.exists()  # looking does not create the file
    empty = tmp_path / "empty.sqlite"
    sa.create_engine(f"sqlite:///{empty}").connect().close()
    assert open_existing(f"sqlite:///{empty}", "passages") is None
    open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}").dispose()
    found = open_existing(f"sqlite:///{tmp_path / 'db.sqlite'}", "passages")
    assert found is not None and sa.inspect(found).has_table("documents")
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot read database"):
        open_existing(f"sqlite:///{notes}", "passages")


@pytest.mark.parametrize("key", [None, (None,)])
def test_an_insert_the_database_gives_no_id_is_a_store_error(key: object) -> None:
    from types import SimpleNamespace

    # A driver without RETURNING or lastrowid: one clear error, not a document or account stored under no id.
    with pytest.raises(StoreError, match="did not return an id for the new document"):
        engine_module.inserted_id(SimpleNamespace(inserted_primary_key=key), "document")  # type: ignore[arg-type]


def test_an_insert_gives_the_new_rows_id(tmp_path: Path) -> None:
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert documents.store_document(engine, DOC) is documents.Outcome.added
    stored = documents.latest_document(engine, "label", "0000-set")
    assert documents.document_passages(engine, stored["id"]) == DOC.passages  # the passages hang on the new id
