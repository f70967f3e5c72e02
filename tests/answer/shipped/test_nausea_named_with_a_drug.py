"""Nausea or vomiting named beside a drug asks about that side effect: the reply is the drug's own nausea and
vomiting statement, not another side effect that mentions nausea in passing (constipation "like nausea"), nor none.
Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "drug"), [
    ("azacitidine and nausea", "azacitidine"),
    ("do i need anything for nausea before my carboplatin", "carboplatin"),
])
def test_nausea_with_a_drug_is_its_nausea_side_effect(composer, question, drug) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where == f"drug {drug}: common_side_effects"
    assert "vomiting" in answer.direct[0].text
