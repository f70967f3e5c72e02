"""A question that tells a test's reading and then a symptom ("her calcium came back high and she is constipated")
asks about the reading: the answer leads with what the test word means (the calcium entry says what high calcium
does and which cancers cause it), not with what the symptom is."""

import pytest


@pytest.mark.parametrize("question, meaning", [
    ("dad's calcium came back high on his labs and he is so constipated. are they connected?", "calcium"),
    ("her potassium was low on the labs and she has had diarrhea for days. could that explain it?", "potassium"),
])
def test_the_test_whose_reading_is_told_leads(first_line, question, meaning):
    assert first_line(question).startswith(meaning), first_line(question)
