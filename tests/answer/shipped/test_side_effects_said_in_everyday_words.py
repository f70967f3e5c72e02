"""Side effects said in everyday words ("puffed up", "the ringing", "some spotting", "my face goes red", "go bald",
"zits", "my nails look weird", "night sweats", "the bottoms of his feet", "winded"): the question is read as one on
that side effect, and the drug's row on it is shown, found through the words the pages use (edema, tinnitus,
vaginal bleeding, flushing, alopecia, acneiform rash, nail disorders, hot flashes, hand-foot syndrome,
pneumonitis). Pages and phrasings are not those of the development questions. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "row"), [
    ("both my ankles puffed up after a month on gleevec", "edema"),
    ("my feet keep puffing up since i started venclexta", "edema"),
    ("noticed some spotting this week, i take aromasin", "bleeding from the vagina"),
    ("is my mom going to go bald from her adriamycin", "alopecia"),
    ("soaked with night sweats ever since the arimidex", "hot flashes"),
    ("she gets winded on the stairs since the opdivo started", "pneumonitis"),
])
def test_the_row_on_the_side_effect_said_is_shown(composer, shown, question, row) -> None:  # noqa: ANN001
    assert check(composer.answer(question)) == []
    assert row in shown(question)


@pytest.mark.parametrize(("question", "meant"), [
    ("my face turns red every time i get my zoladex implant", "flushing"),
    ("the ringing started a week after my second carboplatin", "tinnitus"),
    ("he has zits all over his back from vectibix", "acneiform rash"),
    ("my nails look weird and one fell off, im on taxotere", "nail disorders"),
    ("the bottoms of his feet blistered on stivarga", "hand-foot syndrome"),
])
def test_the_everyday_words_ask_about_a_side_effect(kb, question, meant) -> None:  # noqa: ANN001
    q = understand(kb, question)
    assert "side_effects" in q.intents
    assert meant in q.medical_terms
