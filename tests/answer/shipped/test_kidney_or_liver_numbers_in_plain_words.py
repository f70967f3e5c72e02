"""Kidney or liver blood test values the person has, said in plain words ("my kidney numbers aren't great", "my
liver function is not great"), are a kidney or liver problem they have: the question asks how the medicine is
given to them, and the first line is the page's line on those organs, not a side effect. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "organ"), [
    ("my kidney numbers aren't great, is alimta still ok for me?", "kidney"),
    ("my liver function is not great, can i take ibrance", "liver"),
    ("my dad's liver numbers are high, is ibrance ok for him", "liver"),
])
def test_the_organ_problem_said_in_plain_words_asks_the_dose_for_it(kb, composer, question, organ) -> None:  # noqa: ANN001
    assert understand(kb, question).intents == ["dose"]
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and organ in answer.direct[0].text.lower()


def test_asking_whether_a_medicine_harms_the_kidneys_is_still_a_side_effect(kb) -> None:  # noqa: ANN001
    assert understand(kb, "can alimta hurt my kidneys").intents == ["side_effects"]
