""""FOLFIRI - how often do I go in?": a drug given on days 1, 15 and 29 of a 42-day cycle comes every 2 weeks, and
the schedule says so, since "of each 42-day cycle" alone reads as every 6 weeks. Days with uneven gaps (1, 8 and
15 of 28) get no such words. Shipped knowledge base."""


def first(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].text


def test_days_two_weeks_apart_read_as_every_two_weeks(composer) -> None:  # noqa: ANN001
    text = first(composer, "folfiri - how often do i go in for it and what is the irinotecan dose")
    assert "irinotecan 180 mg/m²" in text and "(every 2 weeks)" in text


def test_uneven_days_get_no_rhythm(composer) -> None:  # noqa: ANN001
    text = first(composer, "gemcitabine dose in gem/nab-p")
    assert "days 1, 8 and 15" in text and "every" not in text
