"""A question that says how a medicine is given and asks the dose ("she gives herself Neulasta shots at home, what
dose?"): the line holding both the shot and its amount answers first, not the line on giving shots at home that
shares more of the question's words. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize("question", [
    "she gives herself fulphila shots at home after chemo. what dose is it?",
    "my wife does her neulasta shot at home after each chemo, what dose is it",
])
def test_the_amount_answers_first(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and "6 mg" in answer.direct[0].text
