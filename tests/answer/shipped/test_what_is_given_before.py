""""What will they give me before the <drug> drip" asks what is given before each dose, not the drug's side effects.
Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "what meds do they give you before the elotuzumab infusion",
    "which medications before my empliciti dose",
])
def test_medicines_before_a_drip_are_the_premedication(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.intents == ["premedication"]
    assert "antihistamine" in " ".join(i.text for i in answer.cited()).lower()
