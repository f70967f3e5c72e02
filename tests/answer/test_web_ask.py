import gc
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from oncoguide.answer import check
from oncoguide.model import Answer
from oncoguide.settings import Settings
from oncoguide.web import create_app
from oncoguide.web.ask import router


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    settings = Settings(home=home, database_url=f"sqlite:///{home / 'db.sqlite'}",
                        content_dir=Path(__file__).parent / "content")
    return TestClient(create_app(settings, routers=[router]))


def test_api_ask_returns_a_checked_answer(client):
    r = client.post("/api/ask", json={"q": "Is lenalidomide chemotherapy?"})
    assert r.status_code == 200
    answer = Answer.model_validate(r.json())
    assert check(answer) == [] and answer.direct[0].text.startswith("No.")


@pytest.mark.parametrize("q, reason", [("", "type a question"), ("a" * 1001, "1000"),
                                       ("¿La lenalidomida es una quimioterapia?", "English")])
def test_api_ask_bad_input_is_422_with_a_reason(client, q, reason):
    r = client.post("/api/ask", json={"q": q})
    assert r.status_code == 422 and reason in r.json()["error"] and r.json()["ok"] is False


def test_ask_page_shows_sections_references_and_disclaimer(client):
    r = client.get("/ask", params={"q": "Is Revlimid chemo?"})
    assert r.status_code == 200
    for text in ("No. Lenalidomide is not classic chemotherapy", "From the Guidelines", "Where sources disagree",
                 'id="ref-1"', "not medical advice", 'lang="en"', '<label for="ask-q"',
                 "Skip to main content", "/static/style.css"):
        assert text in r.text


def test_ask_page_emergency_notice_is_an_alert_before_the_evidence(client):
    r = client.get("/ask", params={"q": "I have a fever on Revlimid"})
    assert r.text.index('role="alert"') < r.text.index('class="direct"')


def test_ask_page_without_a_question_is_the_form(client):
    r = client.get("/ask")
    assert r.status_code == 200 and '<input id="ask-q"' in r.text and "References" not in r.text


def test_ask_page_context_declares_every_field_the_template_reads(client):
    # StrictUndefined in the site's Jinja environment: a field the template reads but AskPage lacks is an error
    r = client.get("/ask", params={"q": "What is the best diet for MDS?"})
    assert r.status_code == 200 and "will not guess" in r.text
    assert 'href="/cancers/myelodysplastic-syndromes"' in r.text


def test_a_search_with_no_page_match_offers_to_ask_it_as_a_question(client):
    r = client.get("/search", params={"q": "qwzxv plorp"})
    assert r.status_code == 200
    assert 'href="/ask?q=qwzxv%20plorp"' in r.text and "Ask this as a question" in r.text


def test_a_search_that_finds_a_page_does_not_push_the_question_link(client):
    r = client.get("/search", params={"q": "Revlimid"})
    assert "Ask this as a question" not in r.text


def test_simultaneous_first_questions_all_get_answers(tmp_path):
    # With ingested passages, the first questions build the passage index; before the lock, 12 at once got 500.
    from concurrent.futures import ThreadPoolExecutor

    from oncoguide.model.article import AbstractPart, Article
    from oncoguide.store import open_engine
    from oncoguide.store.articles import article_document
    from oncoguide.store.documents import store_document

    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    engine = open_engine(url)
    for pmid in ("111", "222", "333"):
        store_document(engine, article_document(Article(
            pmid=pmid, title=f"Lenalidomide study {pmid}", journal="Blood", year=2020, authors=["Doe J"],
            abstract=[AbstractPart(label="RESULTS", category="RESULTS", text="Lenalidomide lowered neutrophils.")])))
    engine.dispose()
    app = create_app(Settings(home=tmp_path, database_url=url, content_dir=Path(__file__).parent / "content"),
                     routers=[router])
    with TestClient(app) as client, ThreadPoolExecutor(12) as pool:
        codes = list(pool.map(lambda i: client.post("/api/ask", json={"q": f"Does lenalidomide lower counts? {i}"}).status_code,
                              range(12)))
    assert codes == [200] * 12


def test_the_answer_engine_is_frozen_out_of_the_collector_when_built(tmp_path):
    """The engine built by the first question lives as long as the app: it is moved out of the garbage collector's
    reach (as the knowledge base is at start-up), so no full collection walks it while requests wait."""
    settings = Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'db.sqlite'}",
                        content_dir=Path(__file__).parent / "content")
    app = create_app(settings, routers=[router])
    with TestClient(app) as fresh:
        before = gc.get_freeze_count()  # the knowledge base, frozen when the app started
        assert fresh.post("/api/ask", json={"q": "Is lenalidomide chemotherapy?"}).status_code == 200
        assert gc.get_freeze_count() > before
