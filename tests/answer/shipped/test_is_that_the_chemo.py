"""A symptom followed by "is that the chemo?" asks whether the drug causes it, not whether the drug is chemo: the
answer is the side effect row ("haven't pooped in 4 days after vincristine": its constipation row, when to call),
not "Yes, vincristine is a chemotherapy drug". "Is vincristine chemo?" still gets yes or no. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize("question", [
    "havent pooped in 4 days after vincristine, is that the chemo",
    "im so constipated on vincristine, is it the chemo",
])
def test_a_symptom_asked_of_the_chemo_gets_its_side_effect_row(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert "classification" not in answer.intents
    assert answer.direct and "constipation" in answer.direct[0].text.lower()
    assert answer.direct[0].where.startswith("drug vincristine: ") and "side_effects" in answer.direct[0].where


def test_is_it_chemo_is_still_yes_or_no(composer) -> None:  # noqa: ANN001
    answer = composer.answer("is vincristine chemo")
    assert answer.direct and answer.direct[0].text.startswith("Yes.")
