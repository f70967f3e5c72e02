""""Does that mean cancer?", "signs of cancer", "could it cause cancer?": the word before "cancer" is no kind of
cancer, so the answer never says oncoguide does not cover "mean cancer" or "signs cancer". Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my ca-125 went up a little, does that mean cancer",
    "my husband's psa is 8 now, does it mean cancer",
    "the ct found a spot on my liver, could it mean cancer is back",
])
def test_no_cancer_named_mean_cancer(composer, question) -> None:  # noqa: ANN001
    notes = " ".join(n.text for n in composer.answer(question).notices).lower()
    assert "does not cover" not in notes, notes

