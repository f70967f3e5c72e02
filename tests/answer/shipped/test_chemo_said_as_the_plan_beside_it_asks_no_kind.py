"""Chemo said as the plan a drug is taken with ("Rydapt with her 7+3 chemo", "midostaurin with his induction chemo")
does not ask whether the drug is chemo, and "is that mix ok?" after another medicine is added asks how the two go
together: the first line is the drug's rule on such medicines, not "No, it is not chemotherapy". Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize("question", [
    "my daughter takes rydapt with her 7+3 chemo for aml. her doctor added posaconazole. is that mix ok?",
    "he gets midostaurin with his induction chemo and now voriconazole too. is the combination safe?",
])
def test_the_first_line_is_the_interaction_rule(first_line, question: str) -> None:  # noqa: ANN001
    line = first_line(question)
    assert "antifungal" in line and not line.startswith("no."), line
