"""A question on crushing a pill, asked in words no intent rule reads, gets the page's swallow-whole line from the
learned ranking once it has learned from more question sets (dev_blind8 joined them): with the weights learned
before, these answers showed only the dose and side-effect lines. Pages and phrasings here are not among the
questions the weights were learned from. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "line"), [
    ("pills stick in my throat, may I crush the Sprycel into yogurt", "swallow the tablets whole"),
    ("could I crush up the Imbruvica and mix it in juice since big pills make me choke", "swallow capsules and tablets whole"),
])
def test_a_question_on_crushing_a_pill_is_told_to_swallow_it_whole(shown, question: str, line: str) -> None:  # noqa: ANN001
    assert line in shown(question)
