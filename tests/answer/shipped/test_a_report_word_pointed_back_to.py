"""A report's word followed by "what does that mean?" ("his ALL report says MRD negative after induction. what does
that mean?") is answered by what that word means, not by a line of the cancer page that shares more of the other
words (the phases of treatment)."""

import pytest


@pytest.mark.parametrize("question, meaning", [
    ("our son's ALL report says MRD negative after the first month of chemo. what does that mean?", "minimal residual"),
    ("the myeloma report after his transplant says MRD positive. what does that mean?", "minimal residual"),
])
def test_the_report_word_leads(first_line, question, meaning):
    assert first_line(question).startswith(meaning), first_line(question)
