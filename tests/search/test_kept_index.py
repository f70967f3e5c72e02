"""A fixed index kept in a folder between processes (the answers' statement index): built once, then opened; a
folder that is damaged, half written or cannot be written only costs the time of building it again."""

from __future__ import annotations

from pathlib import Path

import pytest

from oncoguide.search.index import LexicalIndex

PASSAGES = [
    ("drug a", "Take the pills with a full glass of water at the same time each day."),
    ("drug a", "Blood clots in the legs or lungs can happen; tell your team about swelling."),
    ("drug b", "The infusion takes about two hours and is given every three weeks."),
    ("drug b", "Low platelets can make you bruise or bleed more easily."),
]
QUERIES = [["pills", "water"], ["clots", "swelling"], ["infusion", "hours"], ["bleed", "platelets", "bruise"]]


class Counted:
    """The passages, counting how often the index had to be built from them."""

    def __init__(self) -> None:
        self.builds = 0

    def __call__(self) -> list[tuple[str, str]]:
        self.builds += 1
        return list(PASSAGES)


def texts(positions: list[int]) -> list[str]:
    return [PASSAGES[p][1] for p in positions]


def kept(folder: Path, passages: Counted) -> LexicalIndex:
    return LexicalIndex.kept(folder, passages, texts, len(PASSAGES))


def found(index: LexicalIndex) -> list[list[tuple[int, float]]]:
    return [[(h.position, round(h.score, 9)) for h in index.search_terms(q, k=4)] for q in QUERIES] + \
        [[(h.position, round(h.score, 9)) for h in index.rank(q, [0, 1, 2, 3])] for q in QUERIES]


@pytest.fixture(scope="module")
def in_memory() -> list[list[tuple[int, float]]]:
    return found(LexicalIndex.build(PASSAGES))


def test_built_once_then_opened_with_the_same_results(tmp_path: Path, in_memory) -> None:
    passages = Counted()
    assert found(kept(tmp_path / "statements-x", passages)) == in_memory
    assert found(kept(tmp_path / "statements-x", passages)) == in_memory
    assert passages.builds == 1
    assert [p.name for p in tmp_path.iterdir()] == ["statements-x"]  # no building folder left behind


def _garbage_meta(folder: Path) -> None:
    for meta in folder.rglob("meta.json"):
        meta.write_text("{not json")


def _segments_lost(folder: Path) -> None:
    for f in folder.rglob("*"):
        if f.is_file() and f.name not in ("meta.json", ".managed.json", ".tantivy-meta.lock"):
            f.unlink()


def _emptied(folder: Path) -> None:
    for level in folder.iterdir():
        for f in level.iterdir():
            f.unlink()


@pytest.mark.parametrize("damage", [_garbage_meta, _segments_lost, _emptied])
def test_a_damaged_folder_is_built_again(tmp_path: Path, in_memory, damage) -> None:
    passages = Counted()
    kept(tmp_path / "statements-x", passages)
    damage(tmp_path / "statements-x")
    assert found(kept(tmp_path / "statements-x", passages)) == in_memory
    assert passages.builds == 2
    assert found(kept(tmp_path / "statements-x", passages)) == in_memory  # and opened from now on
    assert passages.builds == 2


def test_a_folder_holding_other_passages_is_built_again(tmp_path: Path, in_memory) -> None:
    LexicalIndex.build(PASSAGES[:2], tmp_path / "statements-x")
    passages = Counted()
    assert found(kept(tmp_path / "statements-x", passages)) == in_memory
    assert passages.builds == 1


def test_a_folder_that_cannot_be_written_only_costs_time(tmp_path: Path, in_memory) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    passages = Counted()
    assert found(kept(blocked / "statements-x", passages)) == in_memory
    assert found(kept(blocked / "statements-x", passages)) == in_memory
    assert passages.builds == 2
