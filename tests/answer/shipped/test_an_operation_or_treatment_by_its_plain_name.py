"""Operations, tests and treatments said in plain words reach the glossary word that names them: a bone marrow test
is a bone marrow biopsy (not bone marrow), testicle removal an orchiectomy, breast removal a mastectomy, hormone
shots (for prostate cancer) a GnRH agonist. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    ("how bad does a bone marrow test hurt", "glossary bone-marrow-biopsy"),
    ("what happens in a testicle removal operation", "glossary orchiectomy"),
    ("what is done in a breast removal operation", "glossary mastectomy"),
    ("what do the hormone injections do", "glossary gnrh-agonist"),
])
def test_the_plain_name_gets_the_words_meaning(composer, question, term) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert any(i.where == term for i in answer.cited()), [i.where for i in answer.cited()]
