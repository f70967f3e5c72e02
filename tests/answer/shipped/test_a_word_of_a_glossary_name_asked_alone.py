"""A question that names a glossary word and then asks what one word of it is asks about that word: its own
definition answers when the glossary has one ("... a kinase inhibitor. what's a kinase?" → Kinase); otherwise the
definition of the name holding it does ("... a specialty pharmacy. what is specialty?"). Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "slug"), [
    ("my pharmacist called my pill a kinase inhibitor. what's a kinase?", "kinase"),
    ("the pharmacist said it needs a specialty pharmacy. what is specialty?", "specialty-pharmacy"),
    ("my doctor said it's a monoclonal antibody. what's monoclonal?", "monoclonal-antibody"),
])
def test_the_word_asked_is_defined(kb, composer, question, slug) -> None:  # noqa: ANN001
    q = understand(kb, question)
    assert "definition" in q.intents and q.asked_terms[0] == slug
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and answer.direct[0].text.startswith(kb.glossary[slug].term + ":")
