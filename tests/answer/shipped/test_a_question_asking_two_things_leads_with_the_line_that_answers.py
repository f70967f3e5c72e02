""""How long after my final dose should I use contraception?" asks two things to the intent rules (a dose, and
pregnancy), and the dose rule alone used to lead with the drug's schedule. When a question asks more than one thing,
the learned ranking's top statement of the named page leads when it is confident (answer/lead.py), and the rule's
pick still follows below. Shipped knowledge base; phrasings and drugs not from the development sets."""

import pytest


@pytest.mark.parametrize(("question", "months"), [
    ("I am on Keytruda; how long after my final dose should I keep using contraception?", "4 months"),
    ("after the last Opdivo dose, how many months should I wait before trying for a baby", "5 months"),
    ("on Imfinzi - how long after the last dose must I use birth control", "3 months"),
])
def test_the_first_line_says_how_long_birth_control_goes_on(composer, question, months) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    first = answer.direct[0].text if answer.direct else ""
    assert "birth control" in first and months in first, first


def test_the_schedule_the_rule_picked_still_follows(composer) -> None:  # noqa: ANN001
    answer = composer.answer("after the last Opdivo dose, how many months should I wait before trying for a baby")
    below = " ".join(i.text for g in answer.guidelines for i in g.items)
    assert "every 2 weeks" in below, below
