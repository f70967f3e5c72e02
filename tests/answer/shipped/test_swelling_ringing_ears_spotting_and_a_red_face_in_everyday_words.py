"""Swelling, ringing ears, spotting and a red face said in everyday words ("puffed up", "the ringing", "some
spotting", "my face goes red"): the question is read as one on that side effect, and the drug's row on it is
shown, found through the words the pages use (edema, ototoxicity, vaginal bleeding, flushing). Shipped
knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "row"), [
    ("both my ankles puffed up after a month on gleevec", "edema"),
    ("my feet keep puffing up since i started venclexta", "edema"),
    ("noticed some spotting this week, i take aromasin", "bleeding from the vagina"),
])
def test_the_row_on_the_side_effect_said_is_shown(composer, shown, question, row) -> None:  # noqa: ANN001
    assert check(composer.answer(question)) == []
    assert row in shown(question)


@pytest.mark.parametrize(("question", "meant"), [
    ("my face turns red every time i get my zoladex implant", "flushing"),
    ("the ringing started a week after my second carboplatin", "tinnitus"),
])
def test_the_everyday_words_ask_about_a_side_effect(kb, question, meant) -> None:  # noqa: ANN001
    q = understand(kb, question)
    assert "side_effects" in q.intents
    assert meant in q.medical_terms
