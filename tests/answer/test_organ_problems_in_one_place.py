"""The organs whose problems a question names are read by one table (intents.ORGAN_PROBLEM): the evidence code
reads the organs through it, so both read every question the same way."""

import pytest

from oncoguide.answer.evidence import organ_problems
from oncoguide.answer.intents import organ_problems_in
from oncoguide.answer.understand import Question


@pytest.mark.parametrize(("text", "organs"), [
    ("I have kidney disease, what dose of Ninlaro?", ["kidney"]),
    ("my dad is on dialysis, can he take Xeloda", ["kidney"]),
    ("cirrhosis, can I take Stivarga?", ["liver"]),
    ("Child-Pugh B, what dose of Ibrance", ["liver"]),
    ("my kidney function is not great and I have liver problems", ["kidney", "liver"]),
    ("does Ibrance cause liver damage?", []),
    ("what dose of Ibrance", []),
])
def test_one_reading_of_the_organs_named(text, organs) -> None:  # noqa: ANN001
    assert organ_problems_in(text) == organs
    assert organ_problems(Question(text=text)) == organs
