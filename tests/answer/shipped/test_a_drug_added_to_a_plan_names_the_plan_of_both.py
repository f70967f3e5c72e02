"""A plan named with a drug it does not hold means the one plan made of both ("midostaurin added to 7+3" is the
midostaurin plan, whose page says which gene change it is for), unless the two are set against each other.
Shipped knowledge base."""

import pytest

from oncoguide.answer import understand


@pytest.mark.parametrize("question, plan", [
    ("which gene change does the leukemia need for midostaurin to be added to 7+3", "midostaurin-7-3-aml"),
    ("why did they add daratumumab to my VRd", "dara-vrd-myeloma"),
    ("isatuximab with Kd for myeloma, how often", "isatuximab-carfilzomib-dexamethasone-myeloma"),
])
def test_the_plan_of_both_is_named(kb, question, plan) -> None:  # noqa: ANN001
    assert understand(kb, question).regimens == [plan]


def test_a_comparison_keeps_the_plan_named(kb) -> None:  # noqa: ANN001
    assert understand(kb, "is daratumumab with VRd better than VRd").regimens == ["vrd-myeloma"]


def test_the_reply_names_the_gene(composer) -> None:  # noqa: ANN001
    answer = composer.answer("which gene change must the AML have for midostaurin to be added to 7+3")
    assert "FLT3" in " ".join(i.text for i in answer.cited())
