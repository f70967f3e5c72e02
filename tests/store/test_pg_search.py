"""Passage search inside PostgreSQL (#16), against a real server: words, citations, versions, a read URL,
lost connections mid-query, and a migration that leaves SQLite alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from pgfaults import terminated
from pgserver import emptied

from oncoguide.answer.service import store_passages
from oncoguide.errors import StoreError
from oncoguide.model.article import AbstractPart, Article
from oncoguide.search import embed
from oncoguide.search.passages import StorePassages
from oncoguide.search.pg import PgPassages, embed_pg_passages, rare_lexemes
from oncoguide.settings import Settings
from oncoguide.store import open_engine
from oncoguide.store.articles import article_document
from oncoguide.store.documents import DocumentRow, PassageRow, store_document


def _article(pmid: str, title: str, text: str) -> DocumentRow:
    return article_document(Article(pmid=pmid, title=title, authors=["Doe J", "Roe R"], journal="Blood", year=2020,
                                    abstract=[AbstractPart(label="RESULTS", category="RESULTS", text=text)]))


def _label(version: str, text: str) -> DocumentRow:
    return DocumentRow(kind="label", key="aaaa-set", version=version, title="Testamide tablets", effective_date=None,
                       data={"products": [{"name": "TESTAMIDE"}]}, passages=[PassageRow("34068-7", "Dosage", text)])


ARTICLES = [
    ("111", "Lenalidomide in myeloma", "Neutropenia was the most common severe event; fatigue was mild."),
    ("222", "Fatigue in treatment", "Fatigue was reported. Fatigue lasted weeks, and fatigue came back."),
    ("333", "Rituximab infusions", "Infusion reactions were mild; fatigue was seen in some."),
    ("444", "Exercise", "Walking eased fatigue for most people."),
]


def _fresh(url: str) -> sa.Engine:
    return open_engine(emptied(url))


@pytest.fixture
def pg(postgres_url: str) -> Iterator[sa.Engine]:
    engine = _fresh(postgres_url)
    for pmid, title, text in ARTICLES:
        store_document(engine, _article(pmid, title, text))
    yield engine
    engine.dispose()


def test_postgresql_finds_passages_by_their_words_and_cites_them_as_the_embedded_index_does(pg, tmp_path):
    hits = PgPassages(pg).search(["neutropenia"], k=5)
    assert [h.text for h in hits] == [ARTICLES[0][2]]
    embedded = StorePassages(pg, tmp_path / "passages.sqlite").search(["neutropenia"], k=5)
    assert hits[0] == embedded[0]  # same text, same source id, citation and link


def test_passages_are_not_counted_while_none_has_a_vector(pg, postgres_url):
    # A count reads every passage (0.3 s at 1M, on every cold ask); with no vector the note needs no number.
    assert PgPassages(pg).searched_by_meaning == (0, None)
    assert PgPassages(_fresh(postgres_url)).searched_by_meaning == (0, 0)  # nothing stored: nothing to say


@pytest.mark.parametrize("analysed", [False, True], ids=["counted", "pg_stats"])
def test_a_rare_word_of_the_question_outweighs_a_common_one(pg, analysed):
    if analysed:  # term frequencies read from the planner's statistics instead of counted
        with pg.begin() as conn:
            conn.execute(sa.text("ANALYZE passages"))
    hits = PgPassages(pg).search(["fatigue", "neutropenia"], k=3)
    assert hits[0].source.id == "pmid:111"  # neutropenia is in one passage, fatigue in four
    assert hits[1].source.id == "pmid:222"  # then the passage that says fatigue three times


def test_a_small_candidate_budget_still_finds_the_best_passage(pg):
    hits = PgPassages(pg, budget=1).search(["fatigue", "neutropenia"], k=1)
    assert hits[0].source.id == "pmid:111"


def test_rarest_words_are_chosen_up_to_the_budget():
    df = {"fatigu": 500.0, "neutropenia": 10.0, "mild": 200.0, "zoster": 1.0}
    assert rare_lexemes(df, budget=15) == ["zoster", "neutropenia"]
    assert rare_lexemes({"fatigu": 500.0, "mild": 200.0}, budget=15) == ["mild"]  # always one


def test_words_found_nowhere_do_not_crowd_out_the_rare_words_that_are_there(pg):
    with pg.begin() as conn:
        conn.execute(sa.text("ANALYZE passages"))
    # Budget 1: a word no passage holds would look rarest; it must not take the place of `neutropenia`.
    hits = PgPassages(pg, budget=1).search(["qwzxv", "plorp", "neutropenia", "fatigue"], k=1)
    assert [h.source.id for h in hits] == ["pmid:111"]


def test_words_are_indexed_with_the_passage_and_only_the_newest_label_version_is_searched(pg):
    store_document(pg, _label("1", "Take 10 mg once daily."))
    assert [h.text for h in PgPassages(pg).search(["daily"], k=5)] == ["Take 10 mg once daily."]
    store_document(pg, _label("2", "Take 5 mg once daily with food."))
    hits = PgPassages(pg).search(["daily"], k=5)
    assert [h.text for h in hits] == ["Take 5 mg once daily with food."]
    assert hits[0].source.citation == "TESTAMIDE. Testamide tablets. DailyMed set ID aaaa-set, version 2."
    with pg.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM passages WHERE tsv IS NULL")).scalar() == 0


def test_old_versions_ranked_first_leave_room_for_the_next_best_passages_in_rank_order(pg):
    """Only the passages shown are read out (issue #16): the newest ones, in rank order, k of them."""
    store_document(pg, _label("1", "Daily, daily: take it daily."))  # ranks first by words, but an old version
    store_document(pg, _label("2", "Take it once daily with food."))
    store_document(pg, _article("888", "Timing", "Most people took the tablets daily in the evening, after a long "
                                                 "working day, before they went to bed."))
    hits = PgPassages(pg).search(["daily"], k=2)
    assert [h.text for h in hits] == ["Take it once daily with food.", "Most people took the tablets daily in the "
                                      "evening, after a long working day, before they went to bed."]


def test_searches_read_from_the_read_url_when_one_is_set(pg, postgres_url, tmp_path):
    replica_url = sa.make_url(postgres_url).set(database="readcopy").render_as_string(hide_password=False)
    with pg.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("DROP DATABASE IF EXISTS readcopy"))
        conn.execute(sa.text("CREATE DATABASE readcopy"))
    replica = open_engine(replica_url)
    store_document(replica, _article("555", "Only on the read copy", "Neutropenia was rare here."))
    replica.dispose()
    settings = Settings(home=tmp_path, database_url=postgres_url, content_dir=tmp_path,
                        database_read_url=replica_url)
    search = store_passages(settings)
    assert isinstance(search, PgPassages)
    assert [h.source.id for h in search.search(["neutropenia"], k=5)] == ["pmid:555"]


def test_ask_on_a_postgresql_store_cites_the_ingested_passage(pg, postgres_url, monkeypatch):
    from typer.testing import CliRunner

    from oncoguide.cli import app

    store_document(pg, _article("777", "Lenalidomide and blood counts", "Lenalidomide caused neutropenia in most."))
    monkeypatch.setenv("ONCOGUIDE_DATABASE_URL", postgres_url)
    result = CliRunner().invoke(app, ["ask", "--json", "Does lenalidomide cause neutropenia in myeloma?"])
    assert result.exit_code == 0, result.output
    assert "PMID 777" in result.output


def test_a_search_whose_connection_is_lost_is_retried_once(pg, postgres_url):
    search = PgPassages(pg)
    hits = terminated(postgres_url, lambda: search.search(["neutropenia"], k=5), times=1)
    assert [h.source.id for h in hits] == ["pmid:111"]


def test_a_search_that_loses_its_connection_twice_gives_one_clear_error(pg, postgres_url):
    search = PgPassages(pg)
    error = terminated(postgres_url, lambda: search.search(["neutropenia"], k=5), times=2)
    assert isinstance(error, StoreError)
    assert str(error).startswith("lost the connection to the database twice while trying to search the passages: ")
    assert "\n" not in str(error)
    assert [h.source.id for h in search.search(["neutropenia"], k=5)] == ["pmid:111"]  # and it works again


def test_an_ingest_killed_mid_transaction_leaves_no_half_written_document(pg, postgres_url):
    doc = _article("666", "Killed mid-ingest", "Thrombocytopenia was reported.")
    error = terminated(postgres_url, lambda: store_document(pg, doc), times=1)
    assert isinstance(error, StoreError) and "nothing was changed" in str(error)
    with pg.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM documents WHERE key = '666'")).scalar() == 0
    assert PgPassages(pg).search(["thrombocytopenia"], k=5) == []
    store_document(pg, doc)  # the retry stores it whole
    assert [h.source.id for h in PgPassages(pg).search(["thrombocytopenia"], k=5)] == ["pmid:666"]


def test_the_migration_adds_no_word_index_to_a_sqlite_store(tmp_path):
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    inspector = sa.inspect(engine)
    assert "tsv" not in {c["name"] for c in inspector.get_columns("passages")}
    assert "ix_passages_tsv" not in {i["name"] for i in inspector.get_indexes("passages")}


@pytest.mark.skipif(not embed.available(), reason="the embedding model is not installed (make install adds it)")
def test_vectors_are_stored_in_postgresql_once_and_the_question_meaning_reorders_the_word_matches(pg):
    assert embed_pg_passages(pg) == (8, 8)  # title and abstract of each article
    assert embed_pg_passages(pg) == (8, 0)
    question = "How can I feel less tired?"
    by_words = PgPassages(pg).search(["fatigue"], k=4)
    both = PgPassages(pg).search(["fatigue"], k=4, text=question)
    assert {h.source.id for h in both} == {h.source.id for h in by_words}  # meaning reorders, never adds
    walking, title = "Walking eased fatigue for most people.", "Fatigue in treatment"
    by_words_texts, both_texts = [h.text for h in by_words], [h.text for h in both]
    assert by_words_texts.index(walking) > by_words_texts.index(title)
    assert both_texts.index(walking) < both_texts.index(title)  # the passage that answers the question rises


def test_a_question_whose_search_loses_its_connection_twice_gets_503_not_500(pg, postgres_url, tmp_path):
    from pathlib import Path

    from fastapi.testclient import TestClient

    from oncoguide.web import create_app
    from oncoguide.web.ask import router

    store_document(pg, _article("777", "Lenalidomide and blood counts", "Lenalidomide caused neutropenia in most."))
    content = Path(__file__).parents[1] / "answer" / "content"
    app = create_app(Settings(home=tmp_path, database_url=postgres_url, content_dir=content), routers=[router])
    with TestClient(app) as client:
        ask = lambda: client.post("/api/ask", json={"q": "Does lenalidomide cause neutropenia?"})  # noqa: E731
        response = terminated(postgres_url, ask, times=2)
        assert response.status_code == 503
        assert response.json()["error"].startswith("lost the connection to the database twice")
        assert "PMID 777" in ask().text  # the next question is answered, passage and all
