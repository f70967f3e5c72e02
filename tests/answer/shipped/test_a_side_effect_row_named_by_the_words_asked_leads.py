"""A side-effect question leads with the row whose name says what was asked ("Bleeding (hemorrhage) happened in
39%"), not with another row or an FAQ that only mentions those words in passing ("Bruising is part of the
bleeding..."): the row gives the medical term and how often it happens. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "named"), [
    ("can ibrutinib cause bleeding problems", "bleeding (hemorrhage)"),
    ("can lorbrena push my cholesterol up", "high cholesterol and high blood fats (hypercholesterolemia"),
    ("what lung problem can enhertu cause", "(interstitial lung disease and pneumonitis)"),
])
def test_the_row_named_by_the_words_asked_leads(composer, question: str, named: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and named in answer.direct[0].text.lower(), question
