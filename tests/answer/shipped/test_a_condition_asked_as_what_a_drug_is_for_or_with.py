"""A condition named beside a medicine is not always a side effect or another medicine: "can I take olaparib with
liver disease?" asks the dose for people with liver problems (not the interaction rules), "is dexamethasone used
for brain swelling?" asks its uses (not its fluid-retention side effect). "Does Zofran help with nausea on Xeloda?"
still asks about the nausea Xeloda may cause. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def test_liver_disease_with_a_medicine_asks_the_dose_for_it(kb, composer) -> None:  # noqa: ANN001
    question = "Can I take olaparib with liver disease?"
    assert understand(kb, question).intents == ["dose"]
    answer = composer.answer(question)
    assert check(answer) == []
    # the dose, not the liver-damage warning an interaction-or-side-effect reading led with
    assert answer.direct and not answer.direct[0].text.startswith("Liver damage")


@pytest.mark.parametrize(("question", "intents"), [
    ("is dexamethasone used for brain swelling", ["uses"]),
    ("does zofran help with nausea on xeloda", ["side_effects"]),
    ("can i take ibuprofen with kidney disease on alimta", ["dose", "interactions"]),
])
def test_what_is_asked(kb, question, intents) -> None:  # noqa: ANN001
    assert understand(kb, question).intents == intents
