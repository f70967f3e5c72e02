""""... and now they want X. what is that?": of two glossary words as long, the reply defines the one said last,
nearest the question, not the first one the sentence happened to name."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    ("they found a tumor and want to do a turbt. what is that", "turbt"),
    ("his old port got infected so now they want a picc. what is that", "picc-line"),
])
def test_the_word_said_last_is_defined(kb, composer, question: str, term: str) -> None:  # noqa: ANN001
    assert composer.answer(question).direct[0].where == f"glossary {term}"
