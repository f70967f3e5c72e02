"""Questions from the blind development set that were missed by cause (issue #11), each cause with a test that
fails without its fix. Run against the shipped knowledge base: the facts asked for are on its pages."""

from pathlib import Path

import pytest

from oncoguide.answer import Composer
from oncoguide.content import load

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def composer() -> Composer:
    return Composer(load(CONTENT))


def shown(answer) -> str:  # noqa: ANN001
    return " ".join([*(n.text for n in answer.notices), *(i.text for i in answer.cited())]).lower()


@pytest.mark.parametrize(("question", "fact"), [
    ("what causes cml", "philadelphia chromosome"),
    ("where does bladder cancer usually start", "line the inside of the bladder"),
    ("how does multiple myeloma begin?", "myeloma"),
])
def test_where_a_cancer_comes_from_is_answered_by_what_its_page_says_it_is(composer, question, fact) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert fact in shown(answer)
    assert "do not answer this question" not in shown(answer)


def test_a_cause_asked_of_a_drug_is_still_a_side_effect_question(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what causes the rash on cetuximab")
    assert "rash" in shown(answer)


def test_back_to_back_phases_of_the_same_cycles_count_as_one_run(composer) -> None:  # noqa: ANN001
    # temozolomide after radiation: a first 28-day cycle at a lower dose, then 5 more, is 6 monthly cycles
    first = composer.answer("after radiation, how many cycles of temodar for glioblastoma").direct[0].text
    assert "6 cycles of temozolomide, each 28 days long" in first
    assert "then 5 cycles" not in first
