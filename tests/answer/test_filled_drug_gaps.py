"""Questions that reach facts added to drug pages for issue 11 (exemestane ... methotrexate range)."""

from pathlib import Path

import pytest

from oncoguide.answer import Composer, check

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def composer():  # noqa: ANN201
    from oncoguide.content import load

    return Composer(load(CONTENT))


@pytest.mark.parametrize(("q", "fact"), [
    ("How should I store exemestane?", "68 to 77 °F"),
    ("How common is hair loss on ifosfamide?", "hair loss"),
    ("Can Gleevec affect how my child grows?", "slow growth in children"),
    ("Can I drink alcohol on methotrexate?", "harm the liver"),
    ("Can 6-MP make your eyes turn yellow?", "jaundice"),
])
def test_the_answer_holds_the_page_fact(composer, q: str, fact: str) -> None:  # noqa: ANN001
    answer = composer.answer(q)
    assert check(answer) == []
    assert fact.lower() in " ".join(i.text for i in answer.cited()).lower()
