""""Should she get screened?", "does he need a skin exam?" asked of a named cancer: the reply is the page's line on
screening (what US experts advise), wherever the page keeps it, not the family risk line that shares the question's
words nor the checks done after treatment. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "does my husband need a skin exam for melanoma",
    "should my sister get screened for ovarian cancer",
])
def test_the_reply_is_the_screening_line(first_line, question: str) -> None:  # noqa: ANN001
    assert "screening" in first_line(question)


def test_checks_after_treatment_stay_follow_up(first_line) -> None:  # noqa: ANN001
    assert "screening" not in first_line("how often do i get checked after melanoma surgery")
