""""Does it help people live longer?", "will it extend his life?": how well the drug works, which its plan's goal
and results say. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "will lonsurf let him live longer",
    "does stivarga extend life",
    "did regorafenib help patients live longer in the study",
])
def test_how_well_it_works_is_shown(shown, question) -> None:  # noqa: ANN001
    assert "live longer" in shown(question)
