""""What does that number mean?" (or that result, that score) points back at the word just named, as "what does that
mean?" does: "the report on my colon tumor says Ki-67 is 30 percent, what does that number mean?" leads with what
Ki-67 is, not with the colon cancer page. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "start"), [
    ("the pathology report on my colon tumor says ki-67 is 30 percent. what does that number mean?", "ki-67"),
    ("my myeloma labs show a high ldh. what does that result mean?", "lactate dehydrogenase"),
])
def test_the_word_named_before_leads(first_line, question, start) -> None:  # noqa: ANN001
    assert first_line(question).startswith(start)
