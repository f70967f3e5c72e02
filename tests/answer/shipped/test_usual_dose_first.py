"""A dose question that names no kidney or liver problem gets the usual dose, not the dose for severe liver
problems that happens to hold the question's words; an open-ended plan's length still says its days on and off.
Shipped knowledge base."""

import pytest


def first(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].text


@pytest.mark.parametrize("question", ["what days do i take ibrance", "what is the dose of lynparza"])
def test_a_plain_dose_question_is_not_answered_with_a_liver_or_kidney_dose(composer, question) -> None:  # noqa: ANN001
    text = first(composer, question).lower()
    assert not any(w in text for w in ("child-pugh", "liver problems", "kidney problems", "dialysis"))


def test_a_dose_line_about_liver_cancer_is_not_a_liver_problem_dose(composer) -> None:  # noqa: ANN001
    # Avastin's "given by IV infusion ... for liver cancer" still answers how it is given
    text = first(composer, "Is bevacizumab a pill or an infusion?").lower()
    assert "vein" in text or "infusion" in text


def test_an_open_ended_plan_says_its_days_on_and_off(composer) -> None:  # noqa: ANN001
    text = first(composer, "ibrance schedule - how many weeks on and off")
    assert "21 days on, 7 days off" in text and "until it stops working" in text


def test_a_side_effect_of_chemo_in_general_gets_the_side_effect_word(composer) -> None:  # noqa: ANN001
    assert "hair" in first(composer, "will I lose my hair on chemo").lower()
