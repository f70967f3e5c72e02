"""Questions about a test or an operation get how it is done and what a result means (stop 34, gloss16): the Pap
test, a TURBT, a cystoscopy, the tests for a lung clot, breathing tests, what fixes an undescended testicle, the lowest
normal potassium, a high MCV, a low Grade Group and the medicines that lower uric acid before chemo."""

from __future__ import annotations

import pytest
from shippedkb import shipped_composer

from oncoguide.answer import Composer, check


@pytest.fixture(scope="module")
def composer() -> Composer:
    return shipped_composer()


def _shown(composer: Composer, q: str) -> str:
    answer = composer.answer(q)
    assert check(answer) == []
    return " ".join(i.text for i in answer.cited()).lower()


@pytest.mark.parametrize(("q", "fact"), [
    ("how do they do a pap smear", "speculum"),
    ("will my dad be put to sleep for his turbt", "general anesthesia"),
    ("does a turbt mean staying in hospital", "go home the same day"),
    ("what potassium level counts as low", "3.5"),
    ("how do doctors test for a blood clot in the lung", "d-dimer"),
    ("what is a d-dimer test", "cannot show where a clot is"),
    ("what are pulmonary function tests", "oxygen passes from the air"),
    ("what surgery fixes an undescended testicle", "orchiopexy"),
    ("what is an orchidopexy", "18 months"),
    ("my blood test says mcv 108, what does a high mcv mean", "vitamin b12 or folate"),
    ("is gleason grade group 1 slow growing", "more slowly"),
    ("will i be awake for a cystoscopy", "general anesthesia"),
    ("which medicine brings down high uric acid before leukemia treatment", "rasburicase"),
])
def test_a_word_question_shows_what_people_ask_next(composer: Composer, q: str, fact: str) -> None:
    assert fact in _shown(composer, q)
