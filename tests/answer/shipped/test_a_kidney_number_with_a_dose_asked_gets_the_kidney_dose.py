"""Someone who gives a kidney or liver figure in their own words ("creatinine clearance about 45", "her kidneys
aren't great") and asks whether the dose changes gets the page's dose rule for weak kidneys or liver first, not the
usual dose. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "her kidneys are not so good, creatinine clearance is about 45 now. will the capecitabine dose be lowered",
    "my father's creatinine clearance came back at 38, does he need a lower xeloda dose",
])
def test_the_kidney_rule_leads(first_line, question) -> None:  # noqa: ANN001
    assert "creatinine clearance 30 to 50" in first_line(question)


def test_a_side_effect_asked_with_no_dose_is_still_the_side_effect(first_line) -> None:  # noqa: ANN001
    assert "kidney" not in first_line("I have kidney disease, will Ibrance give me diarrhea?")
