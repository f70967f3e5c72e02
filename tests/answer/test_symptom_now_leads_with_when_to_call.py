"""Someone who has a side effect now, or asks what to do about it, is first told what the page's serious row says to
do (call now for a fever, start loperamide and drink fluids), not how often the symptom happens; asking whether it
is common still gets how common it is."""

import pytest
from test_replies import ask, first_line


@pytest.mark.parametrize("question, action", [
    ("Dad has a fever and he is taking lenalidomide.", "call your care team now"),
    ("My mom just started abemaciclib and now she has diarrhea. What should she do?", "loperamide"),
])
def test_a_symptom_had_now_leads_with_what_to_do(question, action):
    assert action in first_line(ask(question)).lower()


def test_asking_if_it_is_common_keeps_the_common_row():
    line = first_line(ask("I got a red itchy rash a couple of weeks after starting Yervoy. Is that common?"))
    assert line.startswith("Rash and itching")  # the common row, not the severe skin reactions
