"""The development question sets stay scoreable: each question names real pages, so a renamed page cannot quietly
turn a question about it into one the scorer counts as off-topic or unanswerable."""

from pathlib import Path

import pytest
import yaml
from shippedkb import shipped_kb

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
DEV_SETS = sorted(BENCHMARKS.glob("dev_*.yaml"))


@pytest.fixture(scope="module")
def pages() -> set[str]:
    kb = shipped_kb()
    return {*kb.drugs, *kb.regimens, *kb.cancers, *kb.glossary}


def test_the_blind_sets_are_all_found() -> None:
    assert len([p for p in DEV_SETS if p.name.startswith("dev_blind")]) >= 10


@pytest.mark.parametrize("path", DEV_SETS, ids=lambda p: p.stem)
def test_every_question_has_facts_and_is_about_pages_that_exist(path: Path, pages: set[str]) -> None:
    questions = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    assert questions
    for number, item in enumerate(questions, 1):  # failures name the number, never the text of a blind question
        assert item["q"].strip() and item["facts"], number
        assert not set(item.get("about") or []) - pages, number
        if path.name.startswith("dev_blind"):
            assert item["src"], number  # a blind writer says where each fact was read
