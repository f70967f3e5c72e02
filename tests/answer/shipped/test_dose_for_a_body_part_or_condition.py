"""A dose asked for someone the plan doses another way (liver or kidney problems, nerve damage) gets the plan's
dose change for that, not the usual schedule; a dose question naming no condition still gets the schedule.
Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("i have liver cirrhosis, is my faslodex dose different", "250 mg"),
    ("what dose of bosulif if i have kidney problems", "weaker kidneys"),
    ("letrozole dose with severe liver disease", "every other day"),
])
def test_the_dose_change_for_what_the_question_names(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert said in answer.direct[0].text
    assert answer.direct[0].where.endswith(": dose_modifications")


@pytest.mark.parametrize("question", [
    "what is the faslodex dose",
    "how often is sarclisa given, first month vs after",  # "first" is no condition: not the first-doses rule
])
def test_a_dose_question_naming_no_condition_gets_the_schedule(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not answer.direct[0].where.endswith(": dose_modifications")
