"""Answers say how many stored passages were searched by meaning when some have no vector yet (#16)."""

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from oncoguide.model.article import AbstractPart, Article
from oncoguide.search import embed
from oncoguide.search.passages import StorePassages, embed_passages, meaning_note
from oncoguide.settings import Settings
from oncoguide.store import open_engine
from oncoguide.store.articles import article_document
from oncoguide.store.documents import store_document

needs_model = pytest.mark.skipif(not embed.available(), reason="the embedding model is not installed (make install adds it)")
QUESTION = "Does lenalidomide cause neutropenia?"
NOTE = "2 of 4 stored source passages are searched by meaning; the others only by their words."


def test_the_note_counts_passages_and_is_silent_when_all_have_vectors():
    assert meaning_note(2, 4) == NOTE
    assert meaning_note(0, 1500) == ("None of the 1,500 stored source passages are searched by meaning yet; "
                                     "they are searched only by their words.")
    assert meaning_note(4, 4) is None and meaning_note(0, 0) is None
    # PostgreSQL does not count a million passages when none has a vector: the note still says none has one.
    assert meaning_note(0, None) == ("None of the stored source passages are searched by meaning yet; "
                                     "they are searched only by their words.")


def _article(pmid: str, text: str) -> Article:
    return Article(pmid=pmid, title=f"Lenalidomide trial {pmid}", authors=["Doe J", "Roe R"], journal="Blood",
                   year=2020, abstract=[AbstractPart(label="RESULTS", category="RESULTS", text=text)])


def _home_with_half_embedded() -> Settings:
    """Two articles (title and abstract each: four passages), the first embedded before the second came."""
    settings = Settings.from_env()
    engine = open_engine(settings.database_url)
    store_document(engine, article_document(_article("111", "Lenalidomide caused neutropenia in a third.")))
    assert embed_passages(engine, settings.home / "search" / "passages") == (2, 2)
    store_document(engine, article_document(_article("222", "Neutropenia with lenalidomide was often mild.")))
    return settings


@needs_model
def test_store_search_counts_the_passages_embedded_before_the_newest_ingest(tmp_path):
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    index_dir = tmp_path / "search" / "passages"
    store_document(engine, article_document(_article("111", "Lenalidomide caused neutropenia in a third.")))
    reader = StorePassages(engine, index_dir)
    assert reader.searched_by_meaning == (0, 2)  # nothing embedded yet
    embed_passages(engine, index_dir)
    store_document(engine, article_document(_article("222", "Neutropenia with lenalidomide was often mild.")))
    reader.refresh()  # a running server sees the new vectors and passages
    assert reader.searched_by_meaning == (2, 4)


@needs_model
def test_cli_and_web_answers_say_how_the_passages_were_searched():
    from oncoguide.cli import app
    from oncoguide.web import create_app
    from oncoguide.web.ask import router

    settings = _home_with_half_embedded()
    result = CliRunner().invoke(app, ["ask", QUESTION])
    assert result.exit_code == 0 and NOTE in result.output, result.output
    page = TestClient(create_app(settings, routers=[router])).get("/ask", params={"q": QUESTION})
    assert page.status_code == 200 and f'<p class="search-note">{NOTE}</p>' in page.text

    CliRunner().invoke(app, ["embed"])  # every passage embedded: nothing more to say
    assert "searched by meaning" not in CliRunner().invoke(app, ["ask", QUESTION]).output


def test_without_the_model_no_passage_counts_as_searched_by_meaning(monkeypatch, tmp_path):
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    store_document(engine, article_document(_article("111", "Lenalidomide caused neutropenia in a third.")))
    monkeypatch.setattr(embed, "available", lambda: False)
    assert StorePassages(engine, tmp_path / "search" / "passages").searched_by_meaning == (0, 2)
