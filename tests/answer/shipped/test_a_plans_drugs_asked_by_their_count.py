"""A plan's drugs asked by their number ("FOLFOX, what are the three drugs", "R-CHOP - which five drugs") get the
plan's medicines, not a decline or its schedule alone. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "drugs"), [
    ("FOLFOX for colon cancer, what are the three drugs", ["oxaliplatin", "leucovorin", "fluorouracil"]),
    ("R-CHOP - which five drugs", ["rituximab", "cyclophosphamide", "doxorubicin", "vincristine", "prednisone"]),
    ("Rd for myeloma: which two medicines", ["lenalidomide", "dexamethasone"]),
])
def test_the_plans_drugs_come_first(composer, question, drugs) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct
    assert all(d in answer.direct[0].text.lower() for d in drugs)
