"""Issue 11: the citation check runs on every answer served (CLI, HTML page, JSON API): a statement that fails it
is dropped, never shown with a missing or wrong number, and the drop is logged.

A reply rule that forgets its citations is simulated by replacing the composer's reply rule; every surface must
then serve the answer without that reply.
"""

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from oncoguide.answer import check
from oncoguide.answer.evidence import Evidence
from oncoguide.cli import app
from oncoguide.model import Answer
from oncoguide.settings import Settings
from oncoguide.web import create_app
from oncoguide.web.ask import router

CONTENT = Path(__file__).parent / "content"
QUESTION = "How do I store lenalidomide?"
UNCITED = "Keep it in the freezer next to the ice cream."


@pytest.fixture
def uncited_reply(monkeypatch):
    monkeypatch.setattr("oncoguide.answer.compose.direct_reply",
                        lambda kb, q, evidence: Evidence(text=UNCITED, cite=[], topic="storage", where="drug x"))


def _served(answer: Answer) -> None:
    assert check(answer) == []
    assert UNCITED not in [i.text for i in answer.cited()]
    assert "room temperature" in " ".join(i.text for i in answer.cited())  # the cited statements stay


def test_the_cli_drops_an_uncited_statement_and_logs_it(uncited_reply, caplog, tmp_path, monkeypatch):
    monkeypatch.setenv("ONCOGUIDE_HOME", str(tmp_path))
    with caplog.at_level("WARNING", logger="oncoguide.answer"):
        result = CliRunner().invoke(app, ["ask", "--content", str(CONTENT), "--json", QUESTION])
    assert result.exit_code == 0, result.output
    _served(Answer.model_validate(json.loads(result.output)))
    assert UNCITED[:40] in caplog.text


@pytest.fixture
def client(tmp_path):
    settings = Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'db.sqlite'}", content_dir=CONTENT)
    return TestClient(create_app(settings, routers=[router]))


def test_the_api_drops_an_uncited_statement_and_logs_it(uncited_reply, client, caplog):
    with caplog.at_level("WARNING", logger="oncoguide.answer"):
        r = client.post("/api/ask", json={"q": QUESTION})
    assert r.status_code == 200
    _served(Answer.model_validate(r.json()))
    assert UNCITED[:40] in caplog.text


def test_the_html_page_drops_an_uncited_statement_and_logs_it(uncited_reply, client, caplog):
    with caplog.at_level("WARNING", logger="oncoguide.answer"):
        r = client.get("/ask", params={"q": QUESTION})
    assert r.status_code == 200
    assert UNCITED not in r.text and "room temperature" in r.text
    assert UNCITED[:40] in caplog.text
