""""FOLFOX for colon cancer, what meds are these?": asked after a plan's name, "what drugs are those" asks for the
drugs the plan is made of, which its page lists. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "drugs"), [
    ("my doctor said folfox for colon cancer, what meds are these", ("oxaliplatin", "fluorouracil", "leucovorin")),
    ("they want carbo taxol for my lung cancer. what medicines are they", ("carboplatin", "paclitaxel")),
    ("dad is getting R-CHOP, what drugs is that", ("rituximab", "cyclophosphamide", "doxorubicin", "vincristine")),
])
def test_the_plans_drugs_are_named(shown, question, drugs) -> None:  # noqa: ANN001
    text = shown(question)
    assert all(d in text for d in drugs), text
