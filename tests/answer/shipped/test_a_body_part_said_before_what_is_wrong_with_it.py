""""His belly filled with fluid", "my mouth is full of sores": the reader says the body part first and what is wrong
with it after, which are the words "fluid in the belly" (ascites) and "mouth sores" (mucositis) in another order; the
word is found, and its meaning is shown beside a named cancer's lines when they do not say it. Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    ("his belly filled with fluid from the liver cancer. can they drain it", "ascites"),
    ("my dads mouth is full of sores since chemo started", "mucositis"),
])
def test_the_word_is_found(composer, question: str, term: str) -> None:  # noqa: ANN001
    from oncoguide.answer.understand import understand

    assert term in understand(composer.kb, question).terms


def test_its_meaning_is_shown_beside_the_cancer(composer) -> None:  # noqa: ANN001
    answer = composer.answer("his belly filled with fluid from the liver cancer. can they drain it")
    assert any(i.where == "glossary ascites" for i in answer.cited())
    assert "drained with a thin needle" in " ".join(i.text for i in answer.cited())
