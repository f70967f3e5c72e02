"""A high PSA is asked about as if it were cancer: the PSA definition says a high level alone does not prove it and a
needle biopsy of the prostate is the test that shows it (NCI, ACS; the prostate chapter and USPSTF for the biopsy).
Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my husband's psa is 8 now, does it mean cancer",
    "what happens after a high psa test",
])
def test_a_high_psa_answer_says_a_biopsy_shows_whether_it_is_cancer(shown, question) -> None:  # noqa: ANN001
    assert "biopsy" in shown(question)
