""""The biopsy says high grade": a grade said as high or low is the tumor grade, so the reply says what the grade
of a tumor is (how abnormal its cells look under a microscope)."""

import pytest


@pytest.mark.parametrize("question", [
    "my biopsy came back low grade, what does that mean",
    "the surgeon said it was high-grade. is that bad?",
])
def test_a_high_or_low_grade_gets_what_a_grade_is(kb, composer, question: str) -> None:  # noqa: ANN001
    assert kb.glossary["tumor-grade"].definition in composer.answer(question).direct[0].text
