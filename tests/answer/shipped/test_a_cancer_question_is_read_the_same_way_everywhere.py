"""How a question asks for a cancer's signs, tests, stages and risks is one pattern each (intents.py), which the
cancer aspects read too: a phrasing that asks for the section also picks the section's lines, so the reply says
what was asked (before, "does family history matter" found the risk section but led with who gets the cancer)."""

import pytest

from oncoguide.answer.cancer_aspects import asked_aspects
from oncoguide.answer.intents import spot

_ASPECT_OF = {"signs": "signs", "diagnosis": "diagnosis", "stages": "stages", "risk": "risks"}


@pytest.mark.parametrize("question", [
    "how would you know if you had stomach cancer",
    "is follicular lymphoma passed down in families",
    "what does stage 2 mean for colon cancer",
    "my uncle had it too, does family history matter for myeloma",
    "how is mantle cell lymphoma diagnosed",
])
def test_the_intent_asked_is_the_aspect_asked(question: str) -> None:
    lowered = question.lower()
    intents = {_ASPECT_OF[i] for i in spot(lowered) if i in _ASPECT_OF}
    aspects = {a.name for a in asked_aspects(lowered)} & set(_ASPECT_OF.values())
    assert intents and intents == aspects


def test_family_history_is_answered_by_the_line_on_relatives(composer) -> None:  # noqa: ANN001
    reply = composer.answer("does family history matter for prostate cancer").direct[0].text.lower()
    assert "father or brother" in reply
