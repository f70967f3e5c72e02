""""They said EP plus durvalumab. What is EP?": a question whose last words ask what a name it holds is asks what
that plan, drug or cancer is, whatever the person said first ("they said", "the doctor mentioned"). Shipped
knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "said"), [
    ("the doctor mentioned EP with durvalumab for small cell lung cancer. what is EP?", ("etoposide", "platinum")),
    ("my oncologist brought up R-CHOP today, what's R-CHOP", ("rituximab", "vincristine")),
    ("nurse said he will need BR next month. what is BR", ("bendamustine", "rituximab")),
])
def test_the_name_asked_is_explained(shown, question, said) -> None:  # noqa: ANN001
    text = shown(question)
    assert all(s in text for s in said), text


def test_a_question_ending_on_something_else_asks_no_definition(kb) -> None:  # noqa: ANN001
    assert "definition" not in understand(kb, "they said I have MDS, what is the best diet").intents
