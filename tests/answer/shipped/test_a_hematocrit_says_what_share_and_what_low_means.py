"""What a hematocrit is, as people ask it beside their blood results: the share of the blood that red cells fill, and
what a low or a high level can point to (NCI's SEER glossary, Mayo Clinic). Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "whats my hct number on the blood work",
    "my hematocrit was 31, what is that",
])
def test_the_hematocrit_is_the_share_of_red_cells_and_low_can_mean_anemia(shown, question) -> None:  # noqa: ANN001
    text = shown(question)
    assert "proportion" in text and "anemia" in text and "dehydration" in text
