"""Hair, skin, nails, sweats and breath said in everyday words ("go bald", "zits", "my nails look weird", "night
sweats", "the bottoms of his feet", "winded"): the question is read as one on that side effect, and the drug's row
on it is shown, found through the words the pages use (alopecia, acneiform rash, nail disorders, hot flashes with
sweating, hand-foot syndrome, shortness of breath). Pages and phrasings are not those of the development questions.
Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "row"), [
    ("is my mom going to go bald from her adriamycin", "alopecia"),
    ("soaked with night sweats ever since the arimidex", "hot flashes"),
    ("she gets winded on the stairs since the opdivo started", "pneumonitis"),
])
def test_the_row_on_the_side_effect_said_is_shown(composer, shown, question, row) -> None:  # noqa: ANN001
    assert check(composer.answer(question)) == []
    assert row in shown(question)


@pytest.mark.parametrize(("question", "meant"), [
    ("he has zits all over his back from vectibix", "acneiform rash"),
    ("my nails look weird and one fell off, im on taxotere", "nail disorders"),
    ("the bottoms of his feet blistered on stivarga", "hand-foot syndrome"),
])
def test_the_everyday_words_ask_about_a_side_effect(kb, question, meant) -> None:  # noqa: ANN001
    q = understand(kb, question)
    assert "side_effects" in q.intents
    assert meant in q.medical_terms
