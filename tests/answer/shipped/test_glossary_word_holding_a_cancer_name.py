"""A glossary word whose name holds a cancer's name ("secondary MDS", "de novo MDS"), asked what it is, is answered by
its meaning alone: the cancer page's own statements on what MDS is answer another question. Asked about treatment
("treatment for relapsed myeloma"), the cancer is still named. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    ("what is therapy-related mds", "glossary secondary-mds"),
    ("what does primary mds mean", "glossary de-novo-mds"),
])
def test_the_word_asked_is_answered_without_the_cancer_page(composer, question, term) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where == term
    assert not any(item.where.startswith("cancer ") for item in answer.cited())


def test_a_treatment_asked_for_still_names_the_cancer(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what is the treatment for relapsed myeloma")
    assert any("myeloma" in item.text.lower() and item.where.startswith(("regimen", "cancer"))
               for item in answer.cited())
