"""A question on a cancer itself, its kinds, tumor markers, typical gene change or the tests on the tumor, is
answered by the cancer page statement that says it, worded the page's way or not ("types" / "kinds", "gene
change" / "chromosomes"), not by the blood tests or uses of the cancer's treatment plans. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand
from oncoguide.model.cancer import DISEASE_FIELDS


@pytest.mark.parametrize(("question", "cancer", "shown"), [
    ("what subtypes of marginal zone lymphoma exist", "marginal-zone-lymphoma", "malt"),
    ("which blood test marker is checked in ovarian cancer", "ovarian-cancer", "ca-125"),
    ("which blood markers are used for testicular cancer", "testicular-cancer", "alpha-fetoprotein"),
    ("what gene change is common in mantle cell lymphoma", "mantle-cell-lymphoma", "11;14"),
    ("what tests do they run on a breast tumor", "breast-cancer", "her2"),
])
def test_the_cancer_page_statement_on_what_was_asked_comes_first(composer, question, cancer, shown) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.intents[0] == "definition"  # with the section asked ("diagnosis"), never a treatment's tests
    assert answer.direct, question
    assert answer.direct[0].where in {f"cancer {cancer}: {f}" for f in DISEASE_FIELDS}
    assert shown in answer.direct[0].text.lower()


def test_a_plans_tests_are_still_asked_of_a_plan(kb) -> None:  # noqa: ANN001
    # naming a plan asks about the plan: its blood tests, not what the cancer page says of markers
    assert "monitoring" in understand(kb, "what blood tests are done during BEP for testicular cancer").intents


def test_a_treatment_question_on_a_cancer_still_asks_its_treatments(kb) -> None:  # noqa: ANN001
    q = understand(kb, "what treatments are there for testicular cancer")
    assert q.intents == ["uses"]


def test_treatments_asked_by_a_gene_change_are_still_treatments(kb) -> None:  # noqa: ANN001
    intents = understand(kb, "which treatments for acute lymphoblastic leukemia are for the chromosome change").intents
    assert "uses" in intents and "definition" not in intents
