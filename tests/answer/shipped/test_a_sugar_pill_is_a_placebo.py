""""Compared to a sugar pill" names the placebo of a trial, not high blood sugar: a question on how well a drug did
against one asks no side effect. Blood sugar asked is still one. Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question", [
    "how much longer did people with gist live on sutent than on a sugar pill?",
    "in the study, did xtandi beat the sugar pills for prostate cancer?",
])
def test_a_sugar_pill_asks_no_side_effect(kb, question) -> None:  # noqa: ANN001
    q = understand(kb, question)
    assert "side_effects" not in q.intents
    assert "hyperglycemia" not in q.medical_terms


def test_blood_sugar_asked_is_still_a_side_effect(kb) -> None:  # noqa: ANN001
    assert "side_effects" in understand(kb, "does xtandi raise blood sugar?").intents
