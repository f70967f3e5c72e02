""""Is that the pill?", "could it be from the shots?" said after a change the person noticed asks what causes it,
not whether the medicine is a pill: the side effect answers, not how the medicine is given. Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "said"), [
    ("my joints ache every morning since i started letrozole. is that the pill?", "joint"),
    ("my fingers and knees are stiff on anastrozole, could it be the tablets", "joint"),
])
def test_the_side_effect_answers(kb, shown, question, said) -> None:  # noqa: ANN001
    assert "form" not in understand(kb, question).intents
    assert said in shown(question)


def test_whether_it_is_a_pill_is_still_its_form(kb) -> None:  # noqa: ANN001
    assert "form" in understand(kb, "is imatinib a pill or a shot").intents


def test_a_change_in_words_of_its_own_is_asked_as_a_side_effect(kb) -> None:  # noqa: ANN001
    # "going white" is no symptom word the synonym table knows; "is that the pill" still asks what causes it
    assert understand(kb, "my hair is turning white on sunitinib, is that the pill").intents == ["side_effects"]
