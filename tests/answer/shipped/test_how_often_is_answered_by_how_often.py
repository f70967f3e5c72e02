""""How often ...?" asked of a medicine's schedule leads with a line that says how often (every 3 weeks, twice a day),
not with a line that only holds an amount ("the shot has its own dose (1,875 mg)"). Shipped knowledge base."""

import re

import pytest

FREQUENCY = re.compile(r"\bevery\b|\bonce\b|\btwice\b|\bdaily\b|\bweekly\b|\ba day\b|\bdays? \d")


@pytest.mark.parametrize("question", [
    "how often does my husband get his tecentriq",
    "how often is atezolizumab given",
    "how often do they give keytruda",
])
def test_how_often_leads_with_how_often(first_line, question) -> None:  # noqa: ANN001
    assert FREQUENCY.search(first_line(question))
