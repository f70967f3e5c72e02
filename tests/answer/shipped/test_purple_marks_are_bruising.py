"""Purple marks, spots or blotches on the skin are bruises in everyday words: asked of a drug that causes bruising,
the first line is its bruising and bleeding row, not nothing. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my husband takes brukinsa and keeps getting purple marks on his arms. could it be the pills?",
    "he is on calquence and has purple blotches on his hands. how common is that?",
])
def test_the_first_line_is_the_bruising_row(first_line, question: str) -> None:  # noqa: ANN001
    line = first_line(question)
    assert "bruis" in line, line
