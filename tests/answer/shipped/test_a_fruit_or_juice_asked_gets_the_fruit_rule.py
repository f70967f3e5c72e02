"""A fruit or juice asked about with a medicine ("are any juices off limits?", "any foods to avoid?") asks
what to eat and drink: the page's rule on grapefruit and Seville oranges, written among its interactions, answers,
and "off limits" is no lifetime dose limit. Shipped knowledge base."""

from oncoguide.answer import check


def test_juices_off_limits_get_the_grapefruit_rule_first(composer) -> None:  # noqa: ANN001
    answer = composer.answer("are any juices off limits with imbruvica")
    assert check(answer) == []
    assert "food" in answer.intents and "limit" not in answer.intents
    assert answer.direct and "grapefruit" in answer.direct[0].text.lower()


def test_a_juice_named_alone_is_a_food_question(composer) -> None:  # noqa: ANN001
    answer = composer.answer("is juice ok with my imbruvica")
    assert "food" in answer.intents
    assert answer.direct and "grapefruit" in answer.direct[0].text.lower()


def test_a_food_question_without_fruit_still_leads_with_how_to_take_it(composer) -> None:  # noqa: ANN001
    answer = composer.answer("should i take venclexta with food")
    assert answer.direct and "meal" in answer.direct[0].text.lower()


def test_foods_to_avoid_get_the_fruits_to_avoid(composer) -> None:  # noqa: ANN001
    answer = composer.answer("any foods to avoid on imbruvica")
    assert answer.direct and "grapefruit" in answer.direct[0].text.lower()
