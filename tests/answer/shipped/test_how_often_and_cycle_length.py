""""How often are the shots" asks how often, not whether it is a shot; "how long is each round" asks for the days of
one cycle, not how long treatment goes on. Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


def test_how_often_are_the_shots_asks_how_often(composer) -> None:  # noqa: ANN001
    answer = composer.answer("how often are leuprolide injections given")
    assert answer.intents == ["dose"]
    assert "lasts 12 weeks" in answer.direct[0].text


def test_is_it_a_shot_and_how_often_asks_both(kb) -> None:  # noqa: ANN001
    assert {"form", "dose"} <= set(understand(kb, "is leuprolide a shot and how often").intents)


@pytest.mark.parametrize("question", [
    "how many days is one cycle of blinatumomab for all",
    "how long are the rounds of blinatumomab in all",
])
def test_how_long_is_a_round_gets_the_days_of_a_cycle(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert "duration" not in answer.intents
    assert "42-day cycle" in answer.direct[0].text and "days 1 to 28" in answer.direct[0].text


def test_how_long_does_treatment_go_on_is_still_its_length(kb) -> None:  # noqa: ANN001
    assert "duration" in understand(kb, "how long does blinatumomab treatment go on").intents
