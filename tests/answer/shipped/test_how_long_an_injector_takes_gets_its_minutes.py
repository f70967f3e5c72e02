""""How long does the Onpro take to inject?": how long the dose takes to go in (minutes), said only in an FAQ of the
drug's page, leads, without the FAQ's own "Yes" to another question; not the page's rule on which days it is given
(whose hours say nothing of how long it takes). Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "how long does my neulasta onpro take to inject",
    "how long will the onpro injector take to inject",
])
def test_how_long_an_injector_takes_leads_with_its_minutes(first_line, question) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert "45 minutes" in lead
    assert not lead.startswith(("yes", "no"))
