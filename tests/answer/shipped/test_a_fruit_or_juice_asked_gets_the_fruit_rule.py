"""A fruit or juice asked about with a medicine ("are any juices off limits?", "any foods to avoid?") asks
what to eat and drink: the page's rule on grapefruit and Seville oranges, written among its interactions, answers,
and "off limits" is no lifetime dose limit. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


def test_juices_off_limits_get_the_grapefruit_rule_first(composer) -> None:  # noqa: ANN001
    answer = composer.answer("are any juices off limits with imbruvica")
    assert check(answer) == []
    assert "food" in answer.intents and "limit" not in answer.intents
    assert answer.direct and "grapefruit" in answer.direct[0].text.lower()


def test_a_juice_named_alone_is_a_food_question(composer) -> None:  # noqa: ANN001
    assert "food" in composer.answer("is juice ok with my imbruvica").intents


@pytest.mark.parametrize(("question", "said"), [
    ("is juice ok with my imbruvica", "grapefruit"),
    ("any foods to avoid on imbruvica", "grapefruit"),
    ("should i take venclexta with food", "meal"),  # a food question without fruit still says how to take it
])
def test_the_first_line_says_what_to_eat(first_line, question, said) -> None:  # noqa: ANN001
    assert said in first_line(question)
