"""A dose question that asks about something else too ("what time of day, it keeps me awake") opens with the line
holding twice as many of its words as any dose-shaped line: dexamethasone's NHS line on taking a once-a-day dose in
the morning, not "take it on the days your regimen lists". Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize("question", [
    "what time of day is best for dexamethasone, i cant sleep",
    "what time of day should I take dex, it keeps me awake",
])
def test_the_morning_line_answers(composer, question: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and "morning" in answer.direct[0].text, question
