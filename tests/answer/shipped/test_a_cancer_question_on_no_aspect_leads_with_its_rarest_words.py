"""A question on one cancer that asks none of its aspects (kinds, signs, risks, outlook...) leads with the page's line
holding its rarest words, not with a line sharing a common word, a glossary word said in passing or one plan's line:
"double hit" on a pathology report is said by the lymphoma page's line on it, not by what a pathologist is."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("my wife's pathology report for her diffuse large b cell lymphoma says double hit. what does that mean?", "myc"),
    # one plan's blood pressure check does not say how CLL is found
    ("my CLL was picked up on a routine checkup blood test and I feel fine. is that normal?", "found with blood tests"),
])
def test_the_line_holding_the_rare_words_asked_leads(first_line, question: str, said: str) -> None:  # noqa: ANN001
    assert said in first_line(question)


def test_a_question_on_the_treatment_keeps_the_plans_line(first_line) -> None:  # noqa: ANN001
    # "how long is the chemo" is answered by a plan's schedule, not by a line sharing the cancer's other words
    assert "cycle" in first_line("How long is chemo for Hodgkin lymphoma?")
