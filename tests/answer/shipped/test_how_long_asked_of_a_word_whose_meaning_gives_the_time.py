"""A "how long ...?" question naming only a glossary word gets the word's meaning when that meaning gives a time
span ("Plan on about 2 hours in all"), not a decline; asked how long of a word whose meaning gives no time, it
is still declined rather than answered with what the word is. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    ("how long will the pet scan appointment last", "glossary pet-scan"),
    ("how long do i need to wait for my biopsy", "glossary biopsy"),
])
def test_the_meaning_with_the_time_span_answers(composer, question, term) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where == term


def test_a_meaning_with_no_time_is_still_no_answer(composer) -> None:  # noqa: ANN001
    answer = composer.answer("how long will my remission last")
    assert not answer.direct
