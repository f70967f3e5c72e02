""""How many <drug> pills a day" asks for the dose, the drug's name standing between "how many" and "pills".
Shipped knowledge base."""

from pathlib import Path

import pytest

from oncoguide.answer import Composer
from oncoguide.content import load

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def composer() -> Composer:
    return Composer(load(CONTENT))


@pytest.mark.parametrize(("question", "dose"), [
    ("how many apalutamide tablets do i take each day", "240 mg"),
    ("how many gilteritinib pills a day", "120 mg"),
])
def test_how_many_pills_gets_the_dose(composer, question, dose) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert "dose" in answer.intents
    assert answer.direct and dose in answer.direct[0].text
