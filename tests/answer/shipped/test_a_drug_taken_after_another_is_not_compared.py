""""Tagrisso after Tarceva failed, how should I take it?": a drug named as the one before is not compared with the
drug asked about; the answer does not add a "How they compare" section of what kind of drug each is. Shipped
knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "on tagrisso after tarceva failed, how should i take it",
    "what dose of cabometyx after sutent stopped working",
    "lynparza after carboplatin stopped working, what are the side effects",
])
def test_no_comparison_section(composer, question) -> None:  # noqa: ANN001
    headings = [g.heading for g in composer.answer(question).guidelines]
    assert "How they compare" not in headings, headings
