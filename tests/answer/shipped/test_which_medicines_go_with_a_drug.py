""""What pill goes with it?", "what is it combined with?", "which chemo?" asked of one named drug: the drug's use that
says what it is given with answers, by name where a use names the partner. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "partner"), [
    ("my dad starts zytiga next week. what pill goes with it", "prednisone"),
    ("what is avastin combined with for colon cancer", "5-fu"),
    ("they said cisplatin plus something else for my lung cancer, what drugs are given with it", "pemetrexed"),
    ("which chemo is given with herceptin", "paclitaxel"),
])
def test_the_use_naming_the_partner_leads(first_line, question, partner) -> None:  # noqa: ANN001
    assert partner in first_line(question)


def test_a_dose_asked_as_well_keeps_its_reply_and_shows_the_partner(first_line, shown) -> None:  # noqa: ANN001
    question = "how much zytiga does he take and what pill goes with it"
    assert "mg" in first_line(question)
    assert "prednisone" in shown(question)
