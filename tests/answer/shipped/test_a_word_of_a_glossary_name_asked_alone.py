"""A question that names a glossary word and then asks what one word of it is ("my doctor said it's a monoclonal
antibody. what's monoclonal?") asks about that glossary word: its definition answers. A word that has its own entry
("... a kinase inhibitor. what's a kinase?", now that Kinase is in the glossary) is that entry first. Shipped
knowledge base."""

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_the_glossary_word_holding_the_word_asked_answers(kb, composer) -> None:  # noqa: ANN001
    question = "my doctor said it's a monoclonal antibody. what's monoclonal?"
    q = understand(kb, question)
    assert q.intents == ["definition"] and q.terms[0] == "monoclonal-antibody"
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and answer.direct[0].where == "glossary monoclonal-antibody"


def test_a_word_with_its_own_entry_is_that_entry(kb) -> None:  # noqa: ANN001
    q = understand(kb, "my pharmacist called my pill a kinase inhibitor. what's a kinase?")
    assert q.intents == ["definition"] and q.terms[:2] == ["kinase", "kinase-inhibitor"]
