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


@pytest.mark.parametrize("question, row", [
    # "shots" and "back" are shared by a line on how long the shots go on ("counts come back up"), by chance
    ("Three days into the Neupogen shots my lower back and hips ache badly.", "bone pain"),
    ("I've been on tamoxifen for two years, I'm past menopause, and I've had a little spotting. Should I worry?",
     "uterus"),
])
def test_a_symptom_told_in_everyday_words_leads_with_its_side_effect_row(question, row):
    assert row in first_line(ask(question)).lower()


@pytest.mark.parametrize("question, kept", [
    # a test asked beside the symptom: the line on the test answers
    ("alecensa has my muscles aching all the time. is there a blood test for it?", "cpk"),
    # a line on the first weeks after the first shot (the flare row, or the FAQ on it) shares far more of the
    # question than a row on bones
    ("My dad's bone pain got worse in the first weeks after his first Lupron shot.", "first few weeks"),
])
def test_a_line_on_what_else_was_said_keeps_the_lead(question, kept):
    assert kept in first_line(ask(question)).lower()
