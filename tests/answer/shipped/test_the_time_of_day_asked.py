""""What time of day?", "morning or night?": the line of how to take the medicine that names a time of day leads,
not the doses of the plans that give it. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("what time of day should my dad take his thalidomide", "bedtime"),
    ("is kisqali better in the morning or at night", "morning"),
    ("best time to take dexamethasone tablets so i can sleep", "morning"),
    ("my aunt takes cytoxan pills, what time of day is best", "early in the day"),
])
def test_the_time_of_day_leads(first_line, question, said) -> None:  # noqa: ANN001
    assert said in first_line(question)


def test_a_dose_asked_beside_a_morning_still_gets_the_dose(first_line) -> None:  # noqa: ANN001
    # "in the morning" says when the person takes it; it asks no time of day
    assert "mg" in first_line("how many mg of thalidomide do i take for myeloma")
