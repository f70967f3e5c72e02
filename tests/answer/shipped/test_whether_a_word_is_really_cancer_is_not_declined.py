""""Is <word> really cancer?" asks whether a glossary word is cancer: its meaning answers, under no "oncoguide does not
cover <word> really cancer" notice, which would read as if a kind of cancer called that were missing. Shipped
knowledge base."""

import pytest


@pytest.mark.parametrize("question", ["is dcis actually cancer", "is mgus really cancer"])
def test_the_meaning_answers_without_a_not_covered_notice(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where.startswith("glossary ")
    assert not [n for n in answer.notices if "does not cover" in n.text]
