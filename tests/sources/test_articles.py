"""Articles in the store: the text is kept once (in passages) and the article reads back exactly as parsed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from sources_fixtures import PUBMED

from oncoguide.errors import NotFound
from oncoguide.ingest import ingest
from oncoguide.model.article import AbstractPart, Article
from oncoguide.sources.pubmed import read_pubmed
from oncoguide.store import open_engine
from oncoguide.store import tables as t
from oncoguide.store.articles import article_document, load_article
from oncoguide.store.documents import store_document


def stored_data(engine: sa.Engine, pmid: str) -> str:
    with engine.connect() as conn:
        data = conn.execute(sa.select(t.documents.c.data).where(t.documents.c.key == pmid)).scalar_one()
    return json.dumps(data)


def test_every_baseline_citation_reads_back_as_parsed(engine: sa.Engine, baseline: Path) -> None:
    parsed = list(read_pubmed(baseline))
    assert ingest(engine, "pubmed", [baseline], batch_size=500).added == 604
    # Structured abstracts, labels without categories, no abstract, group authors: all come back whole.
    assert [load_article(engine, a.pmid) for a in parsed] == parsed


def test_small_set_reads_back_on_sqlite_and_postgresql(database_url: str, tmp_path: Path) -> None:
    path = tmp_path / "set.xml"
    path.write_text(PUBMED)
    engine = open_engine(database_url)
    ingest(engine, "pubmed", [path])
    assert [load_article(engine, a.pmid) for a in read_pubmed(path)] == list(read_pubmed(path))
    engine.dispose()


def test_title_and_abstract_are_stored_once(engine: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "set.xml"
    path.write_text(PUBMED)
    ingest(engine, "pubmed", [path])
    data = stored_data(engine, "900000001")
    assert "What we found" not in data and "A test article" not in data
    assert "Test Study Group" in data and "10.0000/test.1" in data  # what only the row holds


def test_revised_abstract_of_the_same_version_is_an_update(engine: sa.Engine) -> None:
    first = Article(pmid="900000003", title="A title.", abstract=[AbstractPart(label="RESULTS", text="Old.")],
                    journal="Journal of Tests")
    revised = first.model_copy(update={"abstract": [AbstractPart(label="RESULTS", text="New.")]})
    assert store_document(engine, article_document(first)).value == "added"
    assert store_document(engine, article_document(first)).value == "unchanged"
    assert store_document(engine, article_document(revised)).value == "updated"
    assert load_article(engine, "900000003") == revised


def test_unknown_article_is_not_found(engine: sa.Engine) -> None:
    with pytest.raises(NotFound):
        load_article(engine, "900000009")
