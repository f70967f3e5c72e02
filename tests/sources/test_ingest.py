"""Ingest: one document per label version or article, passages per section, idempotent, bad files skipped."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sources_fixtures import PUBMED, spl

from oncoguide.ingest import ingest
from oncoguide.store import tables as t
from oncoguide.store.documents import document_counts, latest_document, versions


def rows(engine: sa.Engine, table: sa.Table) -> list:
    with engine.connect() as conn:
        return conn.execute(sa.select(table)).all()


def test_label_twice_changes_nothing_new_version_sits_beside(engine: sa.Engine, tmp_path: Path) -> None:
    v1, v2 = tmp_path / "v1.xml", tmp_path / "v2.xml"
    v1.write_text(spl(version=1, dose=25))
    v2.write_text(spl(version=2, dose=20))
    first = ingest(engine, "spl", [v1])
    assert (first.added, first.unchanged) == (1, 0)
    before = rows(engine, t.passages)
    again = ingest(engine, "spl", [v1])
    assert (again.added, again.unchanged) == (0, 1)
    assert rows(engine, t.passages) == before
    ingest(engine, "spl", [v2])
    assert versions(engine, "label", "0000-test-set") == ["1", "2"]
    assert latest_document(engine, "label", "0000-test-set")["version"] == "2"


def test_label_passages_one_per_section_with_codes(engine: sa.Engine, humira: Path) -> None:
    ingest(engine, "spl", [humira])
    passages = rows(engine, t.passages)
    boxed = [p for p in passages if p.section == "34066-1"]
    assert boxed and "SERIOUS INFECTIONS" in boxed[0].text
    # Subsections 2.1, 2.2 ... are filed under the Dosage and Administration code of their parent.
    dosing_titles = [p.title for p in passages if p.section == "34068-7"]
    assert "2.1 Rheumatoid Arthritis, Psoriatic Arthritis, and Ankylosing Spondylitis" in dosing_titles
    assert [p.position for p in passages] == list(range(len(passages)))


def test_batch_with_bad_files_ingests_the_rest(engine: sa.Engine, tmp_path: Path, lipitor: Path) -> None:
    junk, no_setid = tmp_path / "junk.xml", tmp_path / "nosetid.xml"
    junk.write_text("not xml")
    no_setid.write_text(spl(set_id=None))
    report = ingest(engine, "spl", [junk, lipitor, no_setid])
    assert report.added == 1
    assert [(Path(p).name, "set id" in why or "XML" in why) for p, why in report.failed] == [
        ("junk.xml", True), ("nosetid.xml", True)]
    assert document_counts(engine)["label"] == 1


def test_articles_title_and_abstract_parts_and_no_abstract_noted(engine: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "set.xml"
    path.write_text(PUBMED)
    report = ingest(engine, "pubmed", [path])
    assert (report.added, report.without_abstract) == (2, 1)
    passages = [(p.section, p.text) for p in rows(engine, t.passages)]
    assert passages == [("title", "A test article."), ("background", "Why."), ("results", "What we found."),
                        ("title", "No abstract here.")]


def test_truncated_file_keeps_what_was_ingested_and_resumes(engine: sa.Engine, baseline: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.xml.gz"
    cut.write_bytes(baseline.read_bytes()[: baseline.stat().st_size // 2])
    partial = ingest(engine, "pubmed", [cut])
    assert partial.failed and "cut.xml.gz" in partial.failed[0][1]
    assert document_counts(engine)["article"] == partial.added
    full = ingest(engine, "pubmed", [baseline])
    assert (full.unchanged, full.added) == (partial.added, 604 - partial.added)
    assert document_counts(engine)["article"] == 604


def test_failed_files_lose_and_duplicate_nothing(engine: sa.Engine, tmp_path: Path) -> None:
    good = tmp_path / "good.xml"
    good.write_text(spl(version=1))
    ingest(engine, "spl", [good])
    before = (rows(engine, t.documents), rows(engine, t.passages))
    cut = tmp_path / "cut.xml"
    cut.write_text(spl(version=2)[:-200])  # a newer version, truncated in download
    report = ingest(engine, "spl", [cut, good])
    assert report.unchanged == 1 and "cut.xml: not well-formed XML" in report.failed[0][1]
    assert (rows(engine, t.documents), rows(engine, t.passages)) == before


@pytest.mark.parametrize("batch_size", [1, 50, 1000])
def test_batches_give_the_same_store_and_resume(engine: sa.Engine, baseline: Path, tmp_path: Path, batch_size: int) -> None:
    cut = tmp_path / "cut.xml.gz"
    cut.write_bytes(baseline.read_bytes()[: baseline.stat().st_size // 2])
    partial = ingest(engine, "pubmed", [cut], batch_size=batch_size)
    assert partial.failed and partial.added > 100  # the citations before the damage are kept
    full = ingest(engine, "pubmed", [baseline, baseline], batch_size=batch_size)
    assert (full.added, full.unchanged) == (604 - partial.added, 604 + partial.added)
    counts = document_counts(engine)
    assert counts["article"] == 604
    with engine.connect() as conn:
        titles = conn.execute(sa.select(sa.func.count()).select_from(t.passages).where(t.passages.c.section == "title")).scalar_one()
    assert titles == 604


def test_ingest_on_sqlite_and_postgresql(database_url: str, tmp_path: Path) -> None:
    from oncoguide.store import open_engine

    engine = open_engine(database_url)
    v1, v2, articles = tmp_path / "v1.xml", tmp_path / "v2.xml", tmp_path / "set.xml"
    v1.write_text(spl(version=1))
    v2.write_text(spl(version=2, dose=20))
    articles.write_text(PUBMED)
    assert ingest(engine, "spl", [v1, v2, v1]).unchanged == 1
    first = ingest(engine, "pubmed", [articles], batch_size=500)
    again = ingest(engine, "pubmed", [articles], batch_size=500)
    assert (first.added, again.unchanged) == (2, 2)
    assert versions(engine, "label", "0000-test-set") == ["1", "2"]
    assert document_counts(engine) == {"label": 2, "article": 2, "passage": 4 + 4}
    engine.dispose()
