"""A tumor test result asked of a cancer ("my lung cancer is ALK positive, what does that mean?"): what it means for
treatment is which drugs it opens, so the answer names the drugs whose label use for that cancer rests on a test
finding it. An everyday word of the glossary ("mutation") is no test result. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "drug"), [
    ("my lung cancer is ALK positive, what does that mean", "alectinib"),
    ("the report on his lung tumor mentions PD-L1. why do they check that", "pembrolizumab"),
    ("her uterine cancer tested MSI-high, does that change anything", "pembrolizumab"),
])
def test_the_drugs_the_result_opens_are_named(shown, composer, question, drug) -> None:  # noqa: ANN001
    assert check(composer.answer(question)) == []
    assert drug in shown(question)


def test_an_everyday_word_names_no_drugs(shown) -> None:  # noqa: ANN001
    assert "when a test finds" not in shown("she has AML with a mutation, what does that change")


@pytest.mark.parametrize(("question", "drug"), [
    ("the report on his lung tumor mentions PD-L1. why do they check that", "pembrolizumab"),
    ("they are testing her lung cancer for ALK, why does that matter", "alectinib"),
])
def test_why_the_result_matters_is_answered_first(composer, question, drug) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and drug in answer.direct[0].text.lower()


def test_what_the_word_means_is_answered_first(kb, composer) -> None:  # noqa: ANN001
    answer = composer.answer("what does PD-L1 mean on my lung cancer results")
    assert answer.direct and answer.direct[0].text.startswith(kb.glossary["pd-l1"].term)
