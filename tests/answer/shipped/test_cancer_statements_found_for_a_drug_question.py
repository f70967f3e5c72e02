"""A question on a drug taken for a cancer ("stay in hospital when I start Blincyto for relapsed ALL?") is not
answered with the cancer page's statements on its other treatments, found only because they share a word ("stay in
the hospital" during ALL's induction chemo); the drug's own lines still answer it. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "drug_said"), [
    ("do i have to stay in hospital when i start blincyto for relapsed all", "hospital"),
    ("my kid on 6-mp for all was just started on allopurinol, is that ok", "allopurinol"),
    ("ivo aza for aml: how are the two drugs given", "shot under the skin"),
])
def test_no_statement_of_the_cancer_page_that_names_another_treatment(composer, question, drug_said) -> None:  # noqa: ANN001
    shown = composer.answer(question).cited()
    assert not [i.text for i in shown if (i.where or "").startswith("cancer ")]
    assert any(drug_said in i.text.lower() for i in shown)


def test_a_question_on_the_cancer_alone_still_gets_its_page(composer) -> None:  # noqa: ANN001
    shown = composer.answer("do you have to stay in the hospital for all treatment").cited()
    assert any((i.where or "").startswith("cancer acute-lymphoblastic-leukemia") for i in shown)
