""""How many years" asks how long treatment goes on: the plan's length in years answers. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "years"), [
    ("how many years do people stay on anastrozole", "5 years"),
    ("tagrisso after surgery, how many years is it taken", "3 years"),
])
def test_the_length_in_years_answers(composer, question, years) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and years in answer.direct[0].text
