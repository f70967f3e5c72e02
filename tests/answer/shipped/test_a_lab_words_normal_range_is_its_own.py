"""A normal range asked of a lab word ("my BUN is 28, what is the normal range?") is that word's normal level, which
its meaning gives ("about 6 to 20 mg/dL"), not what a normal range is in general. A normal range asked alone still
gets what a normal range is. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("my BUN is 28 on the lab sheet. what is the normal range?", "6 to 20"),
    ("ca 19-9 was 60 on my last blood test. what is the normal range for it?", "0 to 37"),
])
def test_the_lab_words_own_normal_level_leads(first_line, question, said) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert said in lead
    assert not lead.startswith("reference range")


def test_a_normal_range_asked_alone_is_what_it_means(first_line) -> None:  # noqa: ANN001
    assert first_line("what is a normal range on a lab report?").startswith("reference range")
