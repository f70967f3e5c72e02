"""How long one drug's drip runs in a plan named ("the 5-FU part of FLOT", "the bendamustine drip in BR") is that
drug's time, not the course's length nor the other drugs' drips first."""

import pytest


@pytest.mark.parametrize(("question", "drug", "time"), [
    ("my wife is on FLOT. how long does the 5-fu part run each time?", "fluorouracil", "24 hours"),
    ("in BR for lymphoma, how long does the bendamustine drip take?", "bendamustine", "minutes"),
])
def test_the_drug_asked_leads_with_its_drip_time(first_line, question: str, drug: str, time: str) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert lead.split(": ")[1].startswith(drug) and time in lead
