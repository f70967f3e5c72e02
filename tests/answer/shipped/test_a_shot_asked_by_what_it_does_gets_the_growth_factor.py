"""The white cell booster asked by what it does ("is there a shot to boost my white cells?") leads with what a
growth factor is, which names filgrastim; not what white cells are, and not "our sources do not answer". A name
said inside a longer plain phrase ("white cells" in "boost my white cells") gives way to what the phrase means, and
"white count" is a name of the white blood cells. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "is there a shot to boost my white cells",
    "what are the shots that keep my white count up",
    "my sister gets a shot to raise her white blood cells after chemo, what is that",
])
def test_the_shot_that_raises_white_cells_leads_with_growth_factor(first_line, question) -> None:  # noqa: ANN001
    line = first_line(question)
    assert line.startswith("growth factor") and "filgrastim" in line


@pytest.mark.parametrize("question", ["what is the normal white count", "what is a normal white cell count"])
def test_a_white_count_asked_gets_the_normal_range(first_line, question) -> None:  # noqa: ANN001
    assert "4,500 to 10,000" in first_line(question)


def test_white_cells_asked_alone_are_still_white_cells(first_line) -> None:  # noqa: ANN001
    assert first_line("what do white blood cells do").startswith("white blood cells")
