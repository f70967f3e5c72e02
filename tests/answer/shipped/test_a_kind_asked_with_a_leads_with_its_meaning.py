""""What is a <kind>?" where the kind is a glossary word that a drug or cancer page also lists among its names ("LHRH
agonist" for leuprolide, "transitional cell carcinoma" for bladder cancer) leads with the word's meaning, not with
the one page: the kind is more than that page. The page's own name still leads with the page. Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize(("question", "term"), [
    ("what's an lhrh agonist", "glossary gnrh-agonist"),
    ("what's a transitional cell carcinoma?", "glossary urothelial-carcinoma"),
])
def test_the_kind_leads_with_its_meaning(composer, question, term) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where == term


def test_a_drug_asked_by_its_name_leads_with_its_page(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what is leuprolide")
    assert answer.direct and answer.direct[0].where.startswith("drug leuprolide")
