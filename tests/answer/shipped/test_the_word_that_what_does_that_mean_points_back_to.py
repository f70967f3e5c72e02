"""A result said in a word, then "what does that mean?": the word just said is the one asked about ("the biopsy
came back benign" asks what benign means, not what a biopsy is). Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my bone marrow biopsy came back benign, what does that mean",
    "the colonoscopy found a polyp that is benign. what does that mean?",
    "the mammogram showed calcifications, the biopsy said benign, what's that mean",
])
def test_the_last_word_said_is_defined_first(composer, question) -> None:  # noqa: ANN001
    assert composer.answer(question).direct[0].text.startswith("Benign: Not cancer.")
