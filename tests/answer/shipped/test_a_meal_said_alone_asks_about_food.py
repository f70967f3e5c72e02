"""A meal named alone ("at dinner", "with breakfast", "after lunch") asks how the medicine goes with food: the
page's food rule answers. Shipped knowledge base."""


def test_a_pill_at_dinner_gets_the_food_rule(composer) -> None:  # noqa: ANN001
    answer = composer.answer("can i take my ibrance at dinner")
    assert "food" in answer.intents
    assert answer.direct and "with food" in answer.direct[0].text.lower()
