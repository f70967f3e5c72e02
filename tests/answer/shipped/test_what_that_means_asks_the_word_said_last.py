""""The biopsy came back benign. What does that mean?": with two glossary words said, "what does that mean" asks
the one said just before it, whose definition comes first. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("my biopsy result was benign, what does that mean?", "not cancer"),
    ("they did a biopsy and it showed it was benign. what does this mean", "not cancer"),
])
def test_the_word_said_last_is_defined_first(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and said in answer.direct[0].text.lower()
