""""How many days do I take X" and "do I take it on weekends" ask for the days of the schedule. Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize(("question", "days"), [
    ("how many days does my dad take prednisone in r-chop", "days 1 to 5"),
    ("with radiation for glioblastoma is temozolomide taken over the weekend", "days 1 to 42"),
])
def test_how_many_days_gets_the_days(composer, question, days) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert "dose" in answer.intents
    assert answer.direct and days in answer.direct[0].text
