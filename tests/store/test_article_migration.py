"""Migration 0005: a store filled before it (each article's whole record in `data`) reads and resumes the same."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from oncoguide.ingest import IngestReport, store_all
from oncoguide.model.article import AbstractPart, Article
from oncoguide.store import open_engine
from oncoguide.store import tables as t
from oncoguide.store.articles import article_document, load_article
from oncoguide.store.documents import DocumentRow, store_document
from oncoguide.store.engine import MIGRATIONS

ARTICLES = [
    Article(pmid="900000001", version=2, title="A test article.",
            abstract=[AbstractPart(label="BACKGROUND", category="BACKGROUND", text="Why."),
                      AbstractPart(label="Findings", text="What we found.")],
            authors=["Doe J", "Test Study Group"], journal="Journal of Tests", year=1999, doi="10.0000/test.1",
            mesh_terms=["Humans"], publication_types=["Journal Article"]),
    Article(pmid="900000002", title="No abstract here."),
]


def to_revision(url: str, revision: str, down: bool = False) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)
    engine.dispose()


def as_before(article: Article) -> DocumentRow:
    """The row releases before 0005 stored: the whole record as data, the checksum over it."""
    row = article_document(article)
    return DocumentRow(kind=row.kind, key=row.key, version=row.version, title=row.title, effective_date=None,
                       data=article.model_dump(mode="json"), passages=row.passages)


def stored(url: str) -> list:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(sa.select(t.documents.c.key, t.documents.c.checksum, t.documents.c.data)
                            .order_by(t.documents.c.key)).all()
    engine.dispose()
    return rows


def test_old_articles_slimmed_read_back_and_resume_unchanged(database_url: str) -> None:
    to_revision(database_url, "0004")
    old_engine = sa.create_engine(database_url)
    for article in ARTICLES:
        store_document(old_engine, as_before(article))
    old_engine.dispose()
    before = stored(database_url)

    engine = open_engine(database_url)  # upgrades to the newest revision
    after = stored(database_url)
    assert [r.checksum for r in after] == [r.checksum for r in before]
    assert "abstract" not in after[0].data and after[0].data["categories"] == ["BACKGROUND", None]
    assert after[1].data == {}  # only defaults were left: nothing to keep
    assert [load_article(engine, a.pmid) for a in ARTICLES] == ARTICLES
    again = IngestReport()
    store_all(engine, (article_document(a) for a in ARTICLES), again, batch_size=500)
    assert again.unchanged == 2
    engine.dispose()

    to_revision(database_url, "0004", down=True)
    assert stored(database_url) == before


def test_fresh_store_articles_match_a_migrated_store(tmp_path: Path) -> None:
    fresh, migrated = f"sqlite:///{tmp_path / 'fresh.sqlite'}", f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = open_engine(fresh)
    for article in ARTICLES:
        store_document(engine, article_document(article))
    engine.dispose()
    to_revision(migrated, "0004")
    old_engine = sa.create_engine(migrated)
    for article in ARTICLES:
        store_document(old_engine, as_before(article))
    old_engine.dispose()
    open_engine(migrated).dispose()
    assert stored(migrated) == stored(fresh)
