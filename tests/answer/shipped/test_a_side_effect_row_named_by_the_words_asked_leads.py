"""A side-effect question leads with the row whose name says what was asked ("Bleeding (hemorrhage) happened in
39%"), not with another row or an FAQ that only mentions those words in passing ("Bruising is part of the
bleeding..."): the row gives the medical term and how often it happens. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "named"), [
    ("can ibrutinib cause bleeding problems", "bleeding (hemorrhage)"),
    ("can lorbrena push my cholesterol up", "high cholesterol and high blood fats (hypercholesterolemia"),
    ("what lung problem can enhertu cause", "(interstitial lung disease and pneumonitis)"),
    # "lungs" names "Lung damage" in another form; "hurt" in "it hurts to pass urine" is no name
    ("can cyclophosphamide hurt the lungs", "lung damage (pulmonary toxicity)"),
])
def test_the_row_named_by_the_words_asked_leads(composer, question: str, named: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and named in answer.direct[0].text.lower(), question


# (both led so before the rows were named; pinned so that naming them does not change it)
@pytest.mark.parametrize(("question", "named"), [
    # a colour asked is no blood count: not "Low red blood cells (anemia)"
    ("the vinorelbine burned going in and now my arm by the iv is red and swollen", "(injection site reaction)"),
    # "leaks" names "Drug leaking out of the vein", before "Skin that burns easily in the sun"
    ("velban iv, what if it leaks into the skin", "(extravasation)"),
])
def test_no_colour_or_form_of_a_word_misnames_the_row(composer, question: str, named: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and named in answer.direct[0].text.lower(), question
