"""How often, asked by naming a rhythm ("twice a week like usual or less often", "once or twice a day") or the day
a drug starts on ("do both start on day one?"), asks for the dose and schedule: the answer gives the plan's days,
not a comparison of the drugs or a guess from common words. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


def _shown(answer) -> str:  # noqa: ANN001
    return " ".join(i.text for i in answer.cited()).lower()


@pytest.mark.parametrize("question", [
    "XVd - is the velcade twice a week like usual or less often",
    "brukinsa once or twice a day",
    "calquence + gazyva for my cll. do both start on day one? when does the gazyva come in",
])
def test_a_rhythm_or_a_start_day_asks_the_schedule(kb, question) -> None:  # noqa: ANN001
    assert understand(kb, question).intents == ["dose"]


def test_the_plan_says_which_cycle_the_second_drug_joins(composer) -> None:  # noqa: ANN001
    answer = composer.answer("calquence + gazyva for my cll. do both start on day one? when does the gazyva come in")
    assert check(answer) == []
    assert answer.direct and "cycle 2 (first obinutuzumab cycle)" in answer.direct[0].text.lower()


def test_the_days_of_a_once_a_week_plan_are_shown(composer) -> None:  # noqa: ANN001
    answer = composer.answer("XVd - is the velcade twice a week like usual or less often")
    assert check(answer) == []
    assert "days 1, 8, 15 and 22" in answer.direct[0].text


def test_the_dose_taken_once_or_twice_a_day_is_shown(composer) -> None:  # noqa: ANN001
    assert "160 mg" in _shown(composer.answer("brukinsa once or twice a day"))

