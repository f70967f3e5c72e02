""""My arm is swelling after they took lymph nodes out, what is that called?": a question that tells a thing and
asks its name is answered by the glossary word whose name and meaning hold the most of what it tells
(lymphedema), not by a word it happens to say (lymph node). Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "word"), [
    ("she had a fever while her white cells were very low, what is that called", "febrile neutropenia:"),
    ("he had a bad body-wide reaction to an infection with a very fast heartbeat and confusion, what do doctors "
     "call that", "sepsis:"),
    ("her legs swelled up after they removed lymph nodes in her groin, is there a name for that", "lymphedema:"),
])
def test_the_word_for_what_was_told_is_defined_first(composer, question, word) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].text.lower().startswith(word)
