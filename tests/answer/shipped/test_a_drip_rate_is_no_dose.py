"""A drip's rate ("starts at 50 mg per hour") is how fast it runs, not the dose: "how much?" is answered by the
amount given. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "how much rituximab do i get",
    "my husband starts rituxan and bendamustine, how much rituxan is that",
])
def test_how_much_is_not_answered_by_a_rate(first_line, question) -> None:  # noqa: ANN001
    line = first_line(question)
    assert "375 mg" in line and "per hour" not in line
