"""How low a neutrophil count has to be to count as neutropenia, and when it is severe, as people ask it of their
ANC: the grades of the ASCO/IDSA guideline (under 1,500 per microliter; under 500 severe). Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize("question", [
    "my anc is 900, what does that mean",
    "how low does the neutrophil count go before it is called neutropenia",
])
def test_the_grades_of_neutropenia_are_given(shown, question) -> None:  # noqa: ANN001
    text = shown(question)
    assert "1,500" in text and "500" in text and "severe" in text
