"""Who gets a cancer ("who gets MDS", "what ages does Hodgkin lymphoma show up") and whether it can be cured ("can
Hodgkin lymphoma be cured?") are asked of the cancer itself: the cancer page statement that opens by saying it
answers first, not a plan's goal or nothing. A statement that only names a cure after talking of something else (a
self-exam line ending "nearly all are cured") does not take the place of the treatment note. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.model.cancer import DISEASE_FIELDS


@pytest.mark.parametrize(("question", "cancer", "shown"), [
    ("can hodgkin lymphoma be cured", "hodgkin-lymphoma", "are cured, about 3 in 4"),
    ("who gets MDS", "myelodysplastic-syndromes", "mostly affects older people"),
    ("what ages does hodgkin lymphoma usually show up", "hodgkin-lymphoma", "young adults"),
])
def test_the_cancer_page_says_it_first(composer, question, cancer, shown) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and answer.direct[0].where in {f"cancer {cancer}: {f}" for f in DISEASE_FIELDS}
    assert shown in answer.direct[0].text


def test_a_cure_named_late_in_another_statement_does_not_answer(composer) -> None:  # noqa: ANN001
    answer = composer.answer("is testicular cancer curable")
    assert answer.direct and "self-exam" not in answer.direct[0].text
    assert "cure" in answer.direct[0].text.lower()
