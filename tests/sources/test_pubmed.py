"""PubMed XML: efetch sets, baseline chunks (gzip), structured abstracts, damaged files."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from sources_fixtures import PUBMED, shared_file

from oncoguide.errors import SourceParseError
from oncoguide.sources.pubmed import read_pubmed


def test_baseline_chunk_has_604_citations_526_with_abstracts(baseline: Path) -> None:
    articles = list(read_pubmed(baseline))
    assert len(articles) == 604
    assert sum(a.has_abstract for a in articles) == 526
    first = articles[0]
    assert first.pmid == "17942999"
    assert [p.label for p in first.abstract] == ["PURPOSE", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert first.abstract[0].category == "OBJECTIVE"
    assert first.journal == "Restorative neurology and neuroscience"
    assert first.year == 2007
    assert first.authors[0] == "Chandrasekaran B"


def test_efetch_article_has_doi_mesh_and_types() -> None:
    [article] = read_pubmed(shared_file("pubmed", "pubmed-29768149.xml"))
    assert article.pmid == "29768149"
    assert article.doi == "10.1056/NEJMoa1715274"
    assert article.year == 2018
    assert "Randomized Controlled Trial" in article.publication_types
    assert article.mesh_terms and all(article.mesh_terms)
    assert [p.label for p in article.abstract][:2] == ["BACKGROUND", "METHODS"]


def test_small_set_with_group_author_medline_date_and_no_abstract(tmp_path: Path) -> None:
    path = tmp_path / "set.xml.gz"
    path.write_bytes(gzip.compress(PUBMED.encode()))
    first, second = read_pubmed(path)
    assert first.title == "A test article."
    assert first.authors == ["Doe J", "Test Study Group"]
    assert (first.year, first.doi, first.mesh_terms) == (1998, "10.0000/test.1", ["Humans"])
    assert second.abstract == [] and not second.has_abstract


def test_truncated_gzip_yields_good_citations_then_names_the_file(baseline: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.xml.gz"
    cut.write_bytes(baseline.read_bytes()[: baseline.stat().st_size // 2])
    seen = []
    with pytest.raises(SourceParseError, match="cut.xml.gz"):
        for article in read_pubmed(cut):
            seen.append(article.pmid)
    assert 100 < len(seen) < 604


def test_not_xml(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with pytest.raises(SourceParseError, match="notes.txt: not well-formed XML"):
        list(read_pubmed(path))
