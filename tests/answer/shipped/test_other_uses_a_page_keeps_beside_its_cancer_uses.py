"""Uses a drug page keeps among its other statements ("Other approved uses: ... also approved for advanced systemic
mastocytosis") answer "is Rydapt only for leukemia or is it used for anything else?", beside its cancer uses; other
statements that are not uses ("do not drive or use heavy machines") do not. The statements are added to a copy of
the shipped knowledge base, as content pages write them."""

import dataclasses

import pytest

from oncoguide.answer import Composer, check
from oncoguide.answer.understand import understand
from oncoguide.model import Labeled

MASTOCYTOSIS = ("Midostaurin is also approved for adults with advanced systemic mastocytosis, a rare disease where too "
                "many mast cells build up in the body.")
DRIVING = "Do not drive or use heavy machines on the days you feel dizzy."


@pytest.fixture(scope="module")
def composer_with_other(kb):  # noqa: ANN001, ANN201
    drug = kb.drugs["midostaurin"]
    other = [Labeled(label="Other approved uses", text=MASTOCYTOSIS, cite=["rydapt-label § 1"]),
             Labeled(label="Driving", text=DRIVING, cite=["rydapt-label § 1"])]
    drugs = {**kb.drugs, "midostaurin": drug.model_copy(update={"other": other})}
    return Composer(dataclasses.replace(kb, drugs=drugs))


@pytest.mark.parametrize("question", [
    "is rydapt only for leukemia or is it used for anything else",
    "Is midostaurin only for AML?",
    "what is midostaurin used for",
])
def test_the_other_uses_are_shown(kb, composer_with_other, question) -> None:  # noqa: ANN001
    assert understand(kb, question).intents == ["uses"]
    answer = composer_with_other.answer(question)
    assert check(answer) == []
    shown = " ".join(i.text for i in answer.cited())
    assert "mastocytosis" in shown
    assert "heavy machines" not in shown
