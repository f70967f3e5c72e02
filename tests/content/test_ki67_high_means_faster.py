"""A report giving a Ki-67 percent: the reader is told what a high one means for the tumor (it may grow faster),
not only that many cells are dividing. Source: MyPathologyReport's Ki-67 page, already cited by the entry."""

from __future__ import annotations

from collections.abc import Callable


def test_the_definition_says_a_high_index_may_mean_faster_growth(definition_says: Callable[[str, list[str]], None]) -> None:
    definition_says("ki-67", ["grow faster"])


def test_a_high_ki67_on_a_report_is_answered_with_it(cited_answer_text: Callable[[str], str]) -> None:
    assert "grow faster" in cited_answer_text("the biopsy report says ki-67 is high, is that bad?")
