"""Pills left over after a drug is stopped, asked about in any words ("we have a bottle of tablets left, what do we
do with them?"), get the page's line on getting rid of them first: the question was not read as handling at all, or
the answer led with how to swallow the pills whole. A question on crushing still gets the line on crushing. Shipped
knowledge base."""

import pytest

WHERE_THEY_GO = ("flush", "trash", "throw away", "return", "back to your pharmacy")


@pytest.mark.parametrize("question", [
    "my wife stopped her lorbrena and we have a bottle of tablets left. what do we do with them?",
    "what should i do with the extra sutent capsules now that my doctor switched me?",
    "i have leftover inlyta tablets, what should i do with them?",
    "can i flush leftover revlimid capsules?",
])
def test_where_leftover_pills_go_leads(first_line, question) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert any(w in lead for w in WHERE_THEY_GO), lead


def test_crushing_asked_still_gets_the_crushing_line(first_line) -> None:  # noqa: ANN001
    assert "crush" in first_line("can i open the revlimid capsules?")
