"""A question that names a glossary word and then asks what one word of it is ("my pharmacist called my pill a
kinase inhibitor. what's a kinase?") asks about that glossary word: its definition answers, which says what a
kinase is. Shipped knowledge base."""

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_the_glossary_word_holding_the_word_asked_answers(kb, composer) -> None:  # noqa: ANN001
    question = "my pharmacist called my pill a kinase inhibitor. what's a kinase?"
    q = understand(kb, question)
    assert q.intents == ["definition"] and q.terms[0] == "kinase-inhibitor"
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and "proteins that send growth signals" in answer.direct[0].text

