""""How much Lupron is in the 6-month shot?": a long-acting shot comes in one strength for each span between doses,
and a question naming the span gets that strength, not the plan's first schedule. Shipped knowledge base."""

import pytest

from oncoguide.answer.spans import every_weeks


@pytest.mark.parametrize(("question", "dose", "other"), [
    ("how much leuprolide is in the 6 month depot shot?", "45 mg", "22.5 mg"),
    ("what dose is the monthly lupron depot?", "7.5 mg", "22.5 mg"),
    ("how much lupron every 4 months?", "30 mg", "22.5 mg"),
])
def test_the_span_asked_gives_its_strength(first_line, question, dose, other) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert dose in lead and other not in lead


def test_no_span_said_keeps_the_usual_schedule(first_line) -> None:  # noqa: ANN001
    assert "22.5 mg" in first_line("what dose of lupron?")


@pytest.mark.parametrize(("text", "weeks"), [
    ("the 3-month shot", {12}),
    ("every 28 days (1-month implant)", {4}),
    ("monthly", {4}),
    ("every 6 weeks", {6}),
    ("for up to 12 months", set()),  # how long treatment lasts, not how often
])
def test_spans_read_in_weeks(text, weeks) -> None:  # noqa: ANN001
    assert every_weeks(text) == weeks
