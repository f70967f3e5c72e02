""""How many <drug> pills a day" asks for the dose, the drug's name standing between "how many" and "pills".
Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "dose"), [
    ("how many apalutamide tablets do i take each day", "240 mg"),
    ("how many gilteritinib pills a day", "120 mg"),
])
def test_how_many_pills_gets_the_dose(composer, question, dose) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert "dose" in answer.intents
    assert answer.direct and dose in answer.direct[0].text
