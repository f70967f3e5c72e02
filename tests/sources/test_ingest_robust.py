"""Ingest keeps good data and goes on past bad data (issue #15 item 5): each test fails without its fix."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
from sources_fixtures import PUBMED, spl

from oncoguide.ingest import ingest
from oncoguide.store import tables as t
from oncoguide.store.documents import document_counts, latest_document

SET_ID = "0000-test-set"


def rows(engine: sa.Engine, table: sa.Table) -> list:
    with engine.connect() as conn:
        return conn.execute(sa.select(table).order_by(table.c.id)).all()


def stripped(version: int = 1) -> str:
    """The test label with every section removed: same set id and version, no text."""
    text = spl(version=version)
    start, end = text.index("<component><structuredBody>"), text.index("</structuredBody></component>")
    return text[:start] + "<component><structuredBody>" + text[end:]


def test_same_label_version_with_other_content_is_refused_and_the_stored_one_kept(engine: sa.Engine,
                                                                                   tmp_path: Path) -> None:
    good, damaged = tmp_path / "good.xml", tmp_path / "damaged.xml"
    good.write_text(spl(version=3))
    damaged.write_text(stripped(version=3))
    ingest(engine, "spl", [good])
    before = (rows(engine, t.documents), rows(engine, t.passages))
    assert len(before[1]) == 2

    report = ingest(engine, "spl", [damaged])

    assert (report.added, report.updated, report.unchanged) == (0, 0, 0)
    [(where, why)] = report.failed
    assert where == str(damaged)
    assert str(damaged) in why and SET_ID in why and "version 3" in why and "kept" in why
    assert (rows(engine, t.documents), rows(engine, t.passages)) == before


def test_a_new_version_still_goes_in_beside_a_refused_one(engine: sa.Engine, tmp_path: Path) -> None:
    good, damaged, newer = tmp_path / "good.xml", tmp_path / "damaged.xml", tmp_path / "newer.xml"
    good.write_text(spl(version=1))
    damaged.write_text(stripped(version=1))
    newer.write_text(spl(version=2, dose=20))
    report = ingest(engine, "spl", [good, damaged, newer])
    assert (report.added, len(report.failed)) == (2, 1)
    assert latest_document(engine, "label", SET_ID)["version"] == "2"


def openfda_record(set_id: object = SET_ID, version: str = "1") -> dict:
    return {"set_id": set_id, "version": version, "openfda": {"brand_name": ["TESTAMIDE"]},
            "dosage_and_administration": ["Take 25 mg once daily."]}


def test_openfda_after_spl_of_the_same_version_keeps_the_fuller_spl(engine: sa.Engine, tmp_path: Path) -> None:
    label, records = tmp_path / "label.xml", tmp_path / "labels.json"
    label.write_text(spl(version=1))
    records.write_text(json.dumps({"results": [openfda_record(version="1")]}))
    ingest(engine, "spl", [label])
    report = ingest(engine, "openfda", [records])
    assert (report.unchanged, report.failed) == (1, [])
    assert latest_document(engine, "label", SET_ID)["data"]["origin"] == "spl"


def test_a_numeric_openfda_set_id_fails_that_record_alone(engine: sa.Engine, tmp_path: Path) -> None:
    first, later = tmp_path / "first.json", tmp_path / "later.json"
    first.write_text(json.dumps({"results": [openfda_record(12345), openfda_record("0000-other-set")]}))
    later.write_text(json.dumps([openfda_record("0000-later-set")]))

    report = ingest(engine, "openfda", [first, later])

    assert report.added == 2
    [(where, why)] = report.failed
    assert where == str(first) and f"{first}: record 1" in why and "12345" in why
    assert document_counts(engine)["label"] == 2


def test_a_bad_pubmed_version_fails_that_citation_alone(engine: sa.Engine, tmp_path: Path) -> None:
    bad, later = tmp_path / "bad.xml", tmp_path / "later.xml"
    bad.write_text(PUBMED.replace('<PMID Version="1">900000001', '<PMID Version="abc">900000001'))
    later.write_text(PUBMED.replace("90000000", "80000000"))

    report = ingest(engine, "pubmed", [bad, later], batch_size=500)

    assert report.added == 3  # the second citation of bad.xml and both of later.xml
    [(where, why)] = report.failed
    assert where == str(bad)
    assert f"{bad}: record 1 (PMID 900000001" in why and "'abc'" in why


def test_cli_counts_record_failures_and_exits_non_zero(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from typer.testing import CliRunner

    from oncoguide.cli import app

    monkeypatch.setenv("ONCOGUIDE_HOME", str(tmp_path / "home"))
    bad = tmp_path / "bad.xml"
    bad.write_text(PUBMED.replace('<PMID Version="1">900000001', '<PMID Version="abc">900000001'))
    result = CliRunner().invoke(app, ["ingest", "pubmed", str(bad)])
    assert result.exit_code == 1
    assert "Ingested 1 new, 0 updated, 0 unchanged, 1 failed." in result.output
    assert "record 1 (PMID 900000001" in result.output
    assert "Traceback" not in result.output


def test_stored_documents_that_no_longer_fit_the_model_are_a_store_error(engine: sa.Engine) -> None:
    import pytest

    from oncoguide.errors import StoreError
    from oncoguide.store.articles import load_article
    from oncoguide.store.documents import DocumentRow, PassageRow, store_document
    from oncoguide.store.labels import load_label

    # As an older release might have stored them: a label without its title, an article with a word for a year.
    store_document(engine, DocumentRow(kind="label", key="0000-old", version="1", title="Old", effective_date=None,
                                       data={"set_id": "0000-old", "version": 1}))
    store_document(engine, DocumentRow(kind="article", key="900000009", version="1", title="Old", effective_date=None,
                                       data={"year": "nineteen"}, passages=[PassageRow("title", None, "Old")]))
    with pytest.raises(StoreError, match=r"stored label 0000-old does not read as a label \(title: Field required"):
        load_label(engine, "0000-old")
    with pytest.raises(StoreError, match=r"stored article PMID 900000009 does not read as an article \(year:"):
        load_article(engine, "900000009")
