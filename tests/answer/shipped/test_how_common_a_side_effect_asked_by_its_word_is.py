""""How common is a rash?" opens with the rash row and its rate ("about 1 in 4"), not with the severe skin reaction
that the synonyms widen "rash" to: the word asked counts before its synonyms, and a line holding the question's
"common" wins over one that holds only a synonym. The severe reaction is still shown below. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize("question", [
    "how often do people get a rash on erleada",
    "is rash a common side effect of apalutamide",
    "is a rash common on erleada",
])
def test_the_row_of_the_word_asked_with_its_rate_first(composer, question: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and "1 in 4" in answer.direct[0].text, question
    below = " ".join(i.text for g in answer.guidelines for i in g.items)
    assert "severe" in below.lower()
