"""Feeling dizzy or light-headed is the dizziness a page lists: "can letrozole make you dizzy" gets letrozole's
tiredness-dizziness-sleepiness row (with its advice on driving), not "the page does not list this side effect".
Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize("question", [
    "can letrozole make you dizzy",
    "i get lightheaded on letrozole, can i still drive",
    "feeling light-headed since starting femara, is that normal?",
])
def test_the_dizziness_row_answers(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert not any("does not list" in n.text for n in answer.notices), answer.notices
    shown = " ".join(c.text for c in [*answer.direct, *(i for g in answer.guidelines for i in g.items)])
    assert "dizziness" in shown.lower()
