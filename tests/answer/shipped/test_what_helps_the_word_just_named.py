"""A question that names a cancer, then a word for what happened ("the nurse called it cholinergic syndrome", "they
found lymphedema"), then asks what helps it, leads with that word's meaning, which says what helps; not with how
the cancer is treated or how it is found."""

import pytest


@pytest.mark.parametrize("question, meaning", [
    ("on my colon cancer chemo i got cramps and a runny nose during the drip. they said it was cholinergic "
     "syndrome. what medicine helps that?", "cholinergic"),
    ("my wife has breast cancer and now they found lymphedema in her arm. what helps it?", "lymphedema"),
])
def test_the_word_pointed_back_to_leads(first_line, question, meaning):
    assert first_line(question).startswith(meaning), first_line(question)
