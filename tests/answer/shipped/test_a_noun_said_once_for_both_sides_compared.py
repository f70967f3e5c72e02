""""Partial remission, not complete", "a partial and complete remission": the noun said once serves both words set
against each other, so both kinds are named and compared, each by its meaning, not only the one said in full.
Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my wife is in partial remission, not complete. what does that difference mean",
    "whats the difference between a partial and complete remission",
])
def test_both_kinds_are_compared(first_line, question: str) -> None:  # noqa: ANN001
    reply = first_line(question)
    assert "partial response:" in reply and "complete response:" in reply
