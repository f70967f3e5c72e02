""""My TSH is high on Keytruda": TSH is the thyroid test, so the drug's thyroid problems answer. Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize("question", [
    "my tsh is high on keytruda, is that from it",
    "tsh went way up since starting imfinzi, related?",
])
def test_the_thyroid_lines_are_shown(shown, question) -> None:  # noqa: ANN001
    assert "thyroid" in shown(question)
