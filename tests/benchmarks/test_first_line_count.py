"""Issue 11: "the first line answers the question". The held-out scorer counts a question whose first shown line (the
direct reply, else the first guideline item, else the notice that says what oncoguide does not cover) holds at least
one key fact; a fact shown only further down does not count, nor does a safety notice."""

import sys
from pathlib import Path

from oncoguide.model import Answer, Cited, Group, Notice, Reference

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import heldout_answers  # noqa: E402

REFS = [Reference(number=1, source_id="s", kind="fda_label", citation="Label.")]


def _answer(direct: list[str], guideline: list[str], notice: str | None = None, level: str = "emergency") -> Answer:
    return Answer(question="q", direct=[Cited(text=t, refs=[1]) for t in direct],
                  guidelines=[Group(items=[Cited(text=t, refs=[1]) for t in guideline])] if guideline else [],
                  notices=[Notice(level=level, text=notice)] if notice else [], references=REFS)


def test_a_fact_in_the_direct_reply_counts_and_one_only_further_down_does_not() -> None:
    facts = [["with food", "with a meal"], "400 mg"]
    assert heldout_answers.first_holds_a_fact(facts, _answer(["Take 400mg once a day."], ["Swallow it whole."]))
    assert not heldout_answers.first_holds_a_fact(facts, _answer(["Swallow it whole."], ["Take 400 mg with food."]))


def test_without_a_direct_reply_the_first_guideline_item_is_the_first_line() -> None:
    facts = ["400 mg"]
    assert heldout_answers.first_holds_a_fact(facts, _answer([], ["Take 400 mg a day.", "Swallow it whole."]))
    assert not heldout_answers.first_holds_a_fact(facts, _answer([], ["Swallow it whole.", "Take 400 mg a day."]))


def test_a_notice_is_not_the_first_line_and_an_empty_answer_holds_nothing() -> None:
    assert not heldout_answers.first_holds_a_fact(["fever"], _answer([], [], notice="A fever needs a call."))
    assert not heldout_answers.first_holds_a_fact(["fever"], _answer(["Ask your team."], ["A fever is common."]))


def test_a_decline_is_its_own_first_line_but_only_when_nothing_else_answers() -> None:
    declined = _answer([], [], notice="Our sources do not cover warfarin for clots.", level="no_answer")
    assert heldout_answers.first_holds_a_fact([["do not cover"]], declined)
    partly = _answer(["Take 400 mg a day."], [], notice="Our sources do not cover the rest.", level="no_answer")
    assert not heldout_answers.first_holds_a_fact([["do not cover"]], partly)
