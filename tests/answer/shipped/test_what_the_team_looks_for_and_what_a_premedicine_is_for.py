"""A test or a premedicine the care team gives, told in the question, then "what are they looking for?" or "what's
that for?": the first line says what the test finds or what the medicine is for, not what "they" or "that" is, and
not a line that only shares "every visit" or names the other drug. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question, said", [
    ("my husband is on lenvima and keytruda for kidney cancer and his urine gets tested each visit. what are they looking for", "protein"),
    ("on lenvima for kidney cancer, they dip my urine every visit - what are the nurses checking for", "protein"),
])
def test_what_a_test_looks_for_leads(first_line, question, said) -> None:  # noqa: ANN001
    assert said in first_line(question)


@pytest.mark.parametrize("question", [
    "before each rituxan drip they give my wife benadryl and tylenol. what is that for",
    "they gave me tylenol and benadryl before every rituxan infusion, what are those for",
])
def test_what_a_premedicine_is_for_leads(first_line, question) -> None:  # noqa: ANN001
    line = first_line(question)
    assert "antihistamine" in line and "per hour" not in line


def test_a_premedicine_asked_beside_another_drug_is_not_that_drugs_dose(first_line) -> None:  # noqa: ANN001
    line = first_line("is benadryl given before polivy? my dad had a bad reaction to rituxan last year")
    assert "before each dose" in line and "mg/kg" not in line
