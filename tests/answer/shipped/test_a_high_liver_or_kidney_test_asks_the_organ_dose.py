"""A high liver or kidney test result told with a dose question ("her bilirubin came back at 2.0, do they change the
Adriamycin dose?") is a liver or kidney problem: the reply is the page's dose for it, not the usual dose (which it
used to be). Shipped knowledge base."""

import pytest

from oncoguide.answer.intents import organ_problems_in


def test_a_high_bilirubin_gets_the_liver_dose(first_line) -> None:  # noqa: ANN001
    line = first_line("my wife's bilirubin is high this week. will they change her doxorubicin dose?")
    assert "cut by half" in line and "60 mg/m" not in line, line


@pytest.mark.parametrize(("question", "organs"), [
    ("mom's bilirubin came back at 2.0 before her next chemo", ["liver"]),
    ("he has an elevated creatinine", ["kidney"]),
    ("his creatinine went up to 1.9", ["kidney"]),
    ("what does a bilirubin test show", []),
    ("is creatinine checked before each dose", []),
])
def test_a_high_result_names_the_organ(question: str, organs: list[str]) -> None:
    assert organ_problems_in(question) == organs
