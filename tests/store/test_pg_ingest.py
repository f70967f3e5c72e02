"""Batches of documents stored on a real PostgreSQL server (#16): what is new is decided by the unique key, not by
a lookup planned from lagging statistics; passages go in by COPY; a lost connection is one clear error, and
nothing of the batch is left half-written. Skips without a server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from pgfaults import in_thread, terminated, waiting_backend
from pgserver import emptied

from oncoguide.errors import StoreError
from oncoguide.ingest import IngestReport, store_all
from oncoguide.model.article import AbstractPart, Article
from oncoguide.search.pg import PgPassages
from oncoguide.store import open_engine
from oncoguide.store.articles import article_document
from oncoguide.store.documents import DocumentRow, Outcome, _save_document, store_documents
from oncoguide.store.engine import write_transaction


def _article(pmid: int, text: str = "Neutropenia was seen in a third.") -> DocumentRow:
    return article_document(Article(pmid=str(pmid), title=f"Trial {pmid}", authors=["Doe J"], journal="Blood",
                                    year=2020, abstract=[AbstractPart(label="RESULTS", category="RESULTS", text=text),
                                                         AbstractPart(label=None, category=None, text="Tab\there.")]))


@pytest.fixture
def pg(postgres_url: str) -> Iterator[sa.Engine]:
    engine = open_engine(emptied(postgres_url))
    yield engine
    engine.dispose()


def _stored(engine: sa.Engine) -> list[tuple[str, int, str | None, str | None, str, bool]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(
            "SELECT d.key, p.position, p.section, p.title, p.text, p.tsv IS NOT NULL FROM passages p "
            "JOIN documents d ON d.id = p.document_id ORDER BY p.id"))]


def test_a_batch_of_new_documents_is_stored_whole_without_looking_its_keys_up(pg):
    # Looking 500 keys up first was planned from statistics that lag behind a growing table: the plan a
    # connection kept read every stored document, once per batch. The unique key now decides what is new.
    statements: list[str] = []
    sa.event.listen(pg, "before_cursor_execute", lambda *args: statements.append(args[2].split()[0]))
    docs = [_article(pmid) for pmid in range(1000, 1500)]
    assert store_documents(pg, docs) == [Outcome.added] * 500
    assert statements == ["INSERT"]  # the documents; their 1,500 passages went in by COPY
    stored = _stored(pg)
    assert len(stored) == 1500 and all(has_words for *_, has_words in stored)
    assert stored[:3] == [("1000", 0, "title", None, "Trial 1000", True),
                          ("1000", 1, "results", "RESULTS", "Neutropenia was seen in a third.", True),
                          ("1000", 2, "abstract", None, "Tab\there.", True)]  # passage ids follow the batch order
    assert [h.source.id for h in PgPassages(pg).search(["neutropenia"], k=3)] == ["pmid:1000", "pmid:1001",
                                                                                 "pmid:1002"]


def test_a_batch_again_is_unchanged_and_a_revised_record_replaces_the_stored_one(pg):
    docs = [_article(pmid) for pmid in range(1, 4)]
    store_documents(pg, docs)
    revised = [docs[0], _article(2, "Anemia was seen in a quarter."), _article(5)]
    assert store_documents(pg, revised) == [Outcome.unchanged, Outcome.updated, Outcome.added]
    texts = {(key, text) for key, _, _, _, text, _ in _stored(pg)}
    assert ("2", "Anemia was seen in a quarter.") in texts and ("2", "Neutropenia was seen in a third.") not in texts
    assert len(_stored(pg)) == 4 * 3


@pytest.mark.parametrize("other_ingest", ["commits", "rolls back"])
def test_a_document_another_ingest_is_storing_is_waited_for_not_an_error(pg, other_ingest):
    other = pg.connect()
    other.begin()
    _save_document(other, _article(2))  # not committed yet: the batch below must wait for it
    thread, out = in_thread(lambda: store_documents(pg, [_article(1), _article(2), _article(3)]))
    with pg.connect().execution_options(isolation_level="AUTOCOMMIT") as watcher:
        waiting_backend(watcher, set())
    other.commit() if other_ingest == "commits" else other.rollback()
    other.close()
    thread.join()
    second = Outcome.unchanged if other_ingest == "commits" else Outcome.added
    assert out == [[Outcome.added, second, Outcome.added]]
    assert sorted({key for key, *_ in _stored(pg)}) == ["1", "2", "3"] and len(_stored(pg)) == 9


def test_a_batch_whose_connection_is_lost_is_one_clear_error_and_leaves_nothing_half_written(pg, postgres_url):
    docs = [_article(pmid) for pmid in range(10, 20)]
    error = terminated(postgres_url, lambda: store_documents(pg, docs), times=1)  # killed while its COPY waits
    assert isinstance(error, StoreError)
    assert str(error).splitlines()[0].startswith("could not store a batch of 10 documents (nothing in it was changed): ")
    assert "terminating connection due to administrator command" in str(error).splitlines()[0]  # the cause, named
    with pg.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM documents")).scalar() == 0
    assert store_documents(pg, docs) == [Outcome.added] * 10  # the retry stores every document whole
    assert len(_stored(pg)) == 30


def test_an_ingest_that_loses_its_connection_mid_batch_retries_and_stores_every_document(pg, postgres_url):
    report = IngestReport()
    terminated(postgres_url, lambda: store_all(pg, (_article(p) for p in range(30, 40)), report, batch_size=5),
               times=1)
    assert (report.added, report.failed) == (10, [])
    with write_transaction(pg) as conn:
        per_document = conn.execute(sa.text("SELECT count(*) FROM passages GROUP BY document_id")).scalars().all()
    assert per_document == [3] * 10
