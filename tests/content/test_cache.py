"""The checked knowledge base cached on disk (#16: `oncoguide ask` starts without parsing the YAML): never stale,
never an error when the cache file is damaged or cannot be written."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
import yaml
from kbfixture import fixture_docs, write_kb
from typer.testing import CliRunner

from oncoguide.cli import app
from oncoguide.content import load, load_cached
from oncoguide.content.cache import MAGIC, cache_file, fingerprint
from oncoguide.errors import ContentError
from oncoguide.model import KnowledgeBase

CONTENT = Path(__file__).resolve().parents[2] / "content"


class CountingLoad:
    """The YAML loader, counting how often the content is actually read."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, content_dir: Path) -> KnowledgeBase:
        self.calls += 1
        return load(content_dir)


def same(a: KnowledgeBase, b: KnowledgeBase) -> bool:
    return (a.drugs, a.regimens, a.cancers, a.sources, a.glossary, a.triage, a.medicines) == \
           (b.drugs, b.regimens, b.cancers, b.sources, b.glossary, b.triage, b.medicines)


def test_the_shipped_content_is_read_once_then_served_from_the_cache(tmp_path: Path) -> None:
    counting = CountingLoad()
    first = load_cached(CONTENT, tmp_path / "cache", counting)
    again = load_cached(CONTENT, tmp_path / "cache", counting)
    assert counting.calls == 1
    assert again is not first and same(again, first) and same(again, load(CONTENT))


def test_without_a_cache_folder_the_content_is_read_every_time(kb_dir: Path) -> None:
    counting = CountingLoad()
    load_cached(kb_dir, None, counting)
    load_cached(kb_dir, None, counting)
    assert counting.calls == 2


def edit_chemo_text(root: Path, text: str) -> None:
    docs = fixture_docs()
    docs["drug"]["chemotherapy"]["text"] = text
    (root / "drugs" / "lenalidomide.yaml").write_text(yaml.safe_dump(docs["drug"], sort_keys=False))


def test_an_edited_content_file_is_seen_by_the_next_ask(kb_dir: Path) -> None:
    def ask() -> str:
        result = CliRunner().invoke(app, ["ask", "--content", str(kb_dir), "Is lenalidomide chemotherapy?"])
        assert result.exit_code == 0, result.output
        return result.output

    assert "It is not classic chemo." in ask()
    assert list((Path(os.environ["ONCOGUIDE_HOME"]) / "cache").glob("kb-*.pickle"))  # ask keeps the checked copy
    assert "It is not classic chemo." in ask()  # read from it now
    edit_chemo_text(kb_dir, "It is not a classic chemotherapy medicine.")
    assert "It is not a classic chemotherapy medicine." in ask()


@pytest.mark.parametrize("change", ["edit", "add", "rename"])
def test_any_change_to_the_content_files_reads_them_again(kb_dir: Path, tmp_path: Path, change: str) -> None:
    counting = CountingLoad()
    load_cached(kb_dir, tmp_path / "cache", counting)
    glossary = kb_dir / "glossary.yaml"
    if change == "edit":
        glossary.write_text(glossary.read_text().replace("counts white cells", "counts the white cells"))
    elif change == "add":
        (kb_dir / "glossary").mkdir()
        (kb_dir / "glossary" / "more.yaml").write_text("terms: []\n")
    else:  # the same bytes under another name are other content
        (kb_dir / "drugs" / "lenalidomide.yaml").rename(kb_dir / "drugs" / "lenalidomide.yml")
    kb = load_cached(kb_dir, tmp_path / "cache", counting)
    assert counting.calls == 2 and same(kb, load(kb_dir))


def test_content_with_problems_fails_even_after_a_good_version_was_cached(kb_dir: Path, tmp_path: Path) -> None:
    load_cached(kb_dir, tmp_path / "cache")
    docs = fixture_docs()
    docs["drug"]["mechanism"] = [{"text": "It helps the immune system."}]  # no citation
    write_kb(kb_dir, drug=docs["drug"])
    with pytest.raises(ContentError, match="mechanism"):
        load_cached(kb_dir, tmp_path / "cache")


@pytest.mark.parametrize("damage", ["empty", "garbage", "truncated", "other object", "other key"])
def test_a_damaged_cache_file_is_ignored_and_written_again(kb_dir: Path, tmp_path: Path, damage: str) -> None:
    cache = tmp_path / "cache"
    load_cached(kb_dir, cache)
    path = cache_file(kb_dir, cache)
    good = path.read_bytes()
    head = MAGIC + fingerprint(kb_dir).encode() + b"\n"
    path.write_bytes({
        "empty": b"",
        "garbage": b"\x80\x05not a pickle at all" * 100,
        "truncated": good[:len(good) // 2],
        "other object": head + pickle.dumps({"drugs": {}}),
        "other key": MAGIC + b"0" * 40 + b"\n" + good[len(head):],
    }[damage])
    counting = CountingLoad()
    kb = load_cached(kb_dir, cache, counting)
    assert counting.calls == 1 and same(kb, load(kb_dir))
    assert path.read_bytes().startswith(head)
    load_cached(kb_dir, cache, counting)
    assert counting.calls == 1  # written again, and read from now on


def test_a_cache_folder_that_cannot_be_written_only_costs_time(kb_dir: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    counting = CountingLoad()
    assert same(load_cached(kb_dir, blocked / "cache", counting), load(kb_dir))
    load_cached(kb_dir, blocked / "cache", counting)
    assert counting.calls == 2
