"""A meal said with words before it ("can I take it with a big greasy breakfast?") asks how food goes with the
medicine: no "other medicine" called "greasy" is looked for, and the reader is not told to ask a pharmacist about
it. A real other medicine said the same way is still looked for. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize("question", [
    "tibsovo dose and can i take it with a big greasy breakfast",
    "is it ok to take xeloda with a heavy dinner",
    "can i take my imbruvica with a fatty meal",
])
def test_a_meal_with_words_before_it_asks_about_food(composer, question: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert "interactions" not in answer.intents, answer.intents
    assert not [n for n in answer.notices if "pharmacist about" in n.text], [n.text for n in answer.notices]


def test_the_food_rule_is_shown_for_a_big_greasy_breakfast(shown) -> None:  # noqa: ANN001
    assert "high-fat meal" in shown("tibsovo dose and can i take it with a big greasy breakfast")


def test_another_medicine_said_the_same_way_is_still_looked_for(composer) -> None:  # noqa: ANN001
    answer = composer.answer("can i take revlimid with a metformin pill")
    assert "interactions" in answer.intents
    assert any("metformin" in n.text for n in answer.notices)
