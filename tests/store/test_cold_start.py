"""`oncoguide ask` with nothing ingested never loads SQLAlchemy or Alembic (issue #16 moved the SQLite-file rule
into store/url.py; the answer service asks it instead of parsing the URL itself)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, sys
from oncoguide.answer.service import store_passages
from oncoguide.settings import Settings
found = store_passages(Settings.from_env())
print(json.dumps({"found": found is not None, "loaded": sorted(m for m in ("sqlalchemy", "alembic") if m in sys.modules)}))
"""


def _probe(home: Path, url: str | None = None) -> dict:
    env = {**os.environ, "ONCOGUIDE_HOME": str(home)}
    env.pop("ONCOGUIDE_DATABASE_URL", None)
    if url:
        env["ONCOGUIDE_DATABASE_URL"] = url
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_no_database_file_means_no_database_library(tmp_path: Path) -> None:
    assert _probe(tmp_path / "home") == {"found": False, "loaded": []}


def test_a_database_with_passages_is_opened_without_alembic(tmp_path: Path) -> None:
    from oncoguide.store import open_engine

    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    open_engine(url).dispose()
    assert _probe(tmp_path / "home", url) == {"found": True, "loaded": ["sqlalchemy"]}


ASK = """
import json, sys
from oncoguide.cli import app
sys.argv = ["oncoguide", "ask", "--json", sys.argv[1]]
try:
    app()
except SystemExit as exc:
    assert not exc.code, exc.code
print(json.dumps(sorted(m for m in ("numpy", "alembic", "sqlalchemy", "rich", "textstat") if m in sys.modules)))
"""


def _ask(home: Path, question: str) -> tuple[dict, list[str]]:
    """A cold `oncoguide ask --json`: the answer and which of the heavy libraries it loaded."""
    env = {**os.environ, "ONCOGUIDE_HOME": str(home)}
    env.pop("ONCOGUIDE_DATABASE_URL", None)
    out = subprocess.run([sys.executable, "-c", ASK, question], env=env, capture_output=True, text=True, check=True)
    *answer, loaded = out.stdout.strip().splitlines()
    return json.loads("\n".join(answer)), json.loads(loaded)


def _store_article(home: Path, pmid: str) -> None:
    """Ingest one PubMed article whose results say lenalidomide causes neutropenia."""
    from oncoguide.model.article import AbstractPart, Article
    from oncoguide.store import open_engine
    from oncoguide.store.articles import article_document
    from oncoguide.store.documents import store_document

    engine = open_engine(f"sqlite:///{home / 'oncoguide.sqlite'}")
    store_document(engine, article_document(Article(
        pmid=pmid, title="Lenalidomide and neutropenia in myeloma", authors=["Doe J"], journal="Blood", year=2020,
        abstract=[AbstractPart(label="RESULTS", category="RESULTS",
                               text="Neutropenia was the most common severe event with lenalidomide.")])))
    engine.dispose()


def test_ask_loads_no_library_its_answer_does_not_need(tmp_path: Path) -> None:
    """Each was imported by every cold `oncoguide ask` (#16): rich by the CLI's consoles, textstat by content/,
    numpy by the vector search; nothing ingested needs no database library either."""
    home = tmp_path / "home"
    answer, loaded = _ask(home, "Is lenalidomide chemotherapy?")
    assert "Lenalidomide is not classic chemo" in json.dumps(answer) and loaded == []  # nothing ingested
    _store_article(home, "111")
    answer, loaded = _ask(home, "Does lenalidomide cause neutropenia?")
    assert "pmid:111" in json.dumps(answer)  # the ingested passage, found by its words
    assert loaded == ["sqlalchemy"]  # no vectors yet: numpy (and the vector code) stay unloaded


def test_a_database_without_passages_costs_ask_no_database_library(tmp_path: Path) -> None:
    """`oncoguide index` makes the database but ingests no passage: a cold ask still answers from the pages alone
    without SQLAlchemy; once a passage is stored, it is searched."""
    from oncoguide.store import open_engine

    home = tmp_path / "home"
    open_engine(f"sqlite:///{home / 'oncoguide.sqlite'}").dispose()  # every table, no passage
    answer, loaded = _ask(home, "Can Revlimid cause neutropenia?")
    assert "lenalidomide" in json.dumps(answer).lower() and loaded == []
    _store_article(home, "222")
    answer, loaded = _ask(home, "Can Revlimid cause neutropenia?")
    assert "pmid:222" in json.dumps(answer) and loaded == ["sqlalchemy"]
