"""Passages committed out of id order on PostgreSQL (two ingests at once): a lower id that commits after a
higher one was read is still indexed, searched and embedded (#16). Needs a real server (skips without one)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from pgserver import emptied

from oncoguide.model.article import AbstractPart, Article
from oncoguide.search import embed
from oncoguide.search.passages import StorePassages, update_index
from oncoguide.search.pg import PgPassages, embed_pg_passages
from oncoguide.store import open_engine
from oncoguide.store.articles import article_document
from oncoguide.store.documents import DocumentRow, _save_document, store_document
from oncoguide.store.engine import write_transaction


def _article(pmid: str, text: str) -> DocumentRow:
    return article_document(Article(pmid=pmid, title=f"Trial {pmid}", authors=["Doe J"], journal="Blood", year=2020,
                                    abstract=[AbstractPart(label="RESULTS", category="RESULTS", text=text)]))


@pytest.fixture
def pg(postgres_url: str) -> Iterator[sa.Engine]:
    engine = open_engine(emptied(postgres_url))
    store_document(engine, _article("100", "Fatigue was common."))
    yield engine
    engine.dispose()


def _ids(engine: sa.Engine, pmid: str) -> list[int]:
    with engine.connect() as conn:
        return list(conn.execute(sa.text("SELECT p.id FROM passages p JOIN documents d ON d.id = p.document_id "
                                         "WHERE d.key = :k"), {"k": pmid}).scalars())


@pytest.fixture
def interleaved(pg: sa.Engine) -> Iterator[tuple[sa.Engine, sa.Connection]]:
    """A slow ingest holds passages with lower ids, uncommitted, while a fast one commits higher ids."""
    slow = pg.connect()
    slow.begin()
    _save_document(slow, _article("200", "Alopecia was seen in a third."))
    with write_transaction(pg) as fast:
        _save_document(fast, _article("300", "Mucositis was rare."))
    yield pg, slow
    slow.close()


def test_an_index_fed_from_postgresql_gets_a_passage_committed_after_a_higher_id(interleaved, tmp_path):
    engine, slow = interleaved
    index_dir = tmp_path / "passages"

    def commit_once_the_catch_up_waits() -> None:
        """Commit the slow ingest once the fast one's catch-up waits for it (a lock not granted), or after
        10 s: a catch-up that does not wait has then read past the slow ingest's ids."""
        deadline = time.monotonic() + 10
        with engine.connect() as watcher:
            while time.monotonic() < deadline and not watcher.execute(
                    sa.text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar():
                time.sleep(0.05)
        slow.commit()

    committer = threading.Thread(target=commit_once_the_catch_up_waits)
    committer.start()
    update_index(engine, index_dir)  # the fast ingest's own catch-up, at its end
    committer.join()
    update_index(engine, index_dir)  # the slow one's: from the highest id the index holds
    assert max(_ids(engine, "200")) < min(_ids(engine, "300"))  # committed out of id order
    reader = StorePassages(engine, index_dir)
    assert [p.source.id for p in reader.search(["alopecia"], k=5)][:1] == ["pmid:200"]
    assert [p.source.id for p in reader.search(["mucositis"], k=5)][:1] == ["pmid:300"]


def test_postgresql_search_and_embedding_need_no_catch_up(interleaved):
    """PgPassages queries the committed rows each time, and embedding looks for passages without a vector
    (not after the highest id embedded): the late passages are found and embedded like any other."""
    engine, slow = interleaved
    search = PgPassages(engine)
    assert search.search(["alopecia"], k=5) == [] and search.search(["mucositis"], k=5)
    if embed.available():
        assert embed_pg_passages(engine) == (4, 4)  # the first article and the fast one: title and abstract
    slow.commit()
    assert [p.source.id for p in search.search(["alopecia"], k=5)] == ["pmid:200"]
    if embed.available():
        assert embed_pg_passages(engine) == (6, 2)  # lower ids than those already embedded, embedded now
        assert PgPassages(engine).searched_by_meaning == (6, 6)
