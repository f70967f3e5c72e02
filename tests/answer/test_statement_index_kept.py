"""`oncoguide ask` keeps the index of the knowledge base's statements in ONCOGUIDE_HOME/cache, so a new process
opens it instead of building it: the same answers, never an index of older content, and a damaged copy only
costs the time of building it again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from kbfixture import fixture_docs, write_kb
from typer.testing import CliRunner

from oncoguide.answer import Composer
from oncoguide.cli import app
from oncoguide.content import load
from oncoguide.search.index import LexicalIndex

QUESTION = "Is lenalidomide chemotherapy?"


def ask(kb_dir: Path, question: str = QUESTION) -> str:
    result = CliRunner().invoke(app, ["ask", "--json", "--content", str(kb_dir), question])
    assert result.exit_code == 0, result.output
    return result.output


def kept() -> list[Path]:
    return sorted((Path(os.environ["ONCOGUIDE_HOME"]) / "cache").glob("statements-*"))


def from_memory(kb_dir: Path, question: str = QUESTION) -> str:
    return Composer(load(kb_dir)).answer(question).model_dump_json(indent=2) + "\n"


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How often a statement index is built (in memory or on disk)."""
    counted: list[int] = []
    build = LexicalIndex.build.__func__  # type: ignore[attr-defined]

    def counting(cls, passages, path=None):  # noqa: ANN001, ANN202
        counted.append(1)
        return build(cls, passages, path)

    monkeypatch.setattr(LexicalIndex, "build", classmethod(counting))
    return counted


def test_the_second_ask_opens_the_kept_index_and_answers_the_same(kb_dir: Path, builds: list[int]) -> None:
    first = ask(kb_dir)
    assert len(kept()) == 1 and len(builds) == 1
    assert ask(kb_dir) == first == from_memory(kb_dir)
    assert len(builds) == 2  # the second build is from_memory's: the second ask built nothing


def test_an_edited_page_gets_a_new_index_and_the_old_one_goes(kb_dir: Path) -> None:
    ask(kb_dir)
    before = kept()
    docs = fixture_docs()
    docs["drug"]["chemotherapy"]["text"] = "It is not a classic chemotherapy medicine."
    write_kb(kb_dir, drug=docs["drug"])
    after = ask(kb_dir)
    assert "It is not a classic chemotherapy medicine." in after and after == from_memory(kb_dir)
    assert len(kept()) == 1 and kept() != before


def test_a_damaged_kept_index_is_built_again(kb_dir: Path, builds: list[int]) -> None:
    first = ask(kb_dir)
    for meta in kept()[0].rglob("meta.json"):
        meta.write_text("{not json")
    assert ask(kb_dir) == first
    assert len(builds) == 2
    assert ask(kb_dir) == first and len(builds) == 2  # whole again: opened, not built
