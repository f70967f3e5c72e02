"""A question naming two drugs whose asking sentence names one ("I take Ibrance with letrozole. Yesterday I forgot my
Ibrance capsule") leads with that drug's own rule: its missed-dose rule (not another line of its page, nor a side
effect's row), or its dose with weak kidneys that says what to do on dialysis days (not the plan's usual dose).
Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "i take ibrance with letrozole. yesterday i forgot my ibrance capsule. should i take two today?",
    "she takes verzenio and anastrozole. she vomited right after her verzenio this morning. should she take another one?",
])
def test_a_missed_dose_leads_with_the_asked_drugs_rule(first_line, question: str) -> None:  # noqa: ANN001
    line = first_line(question)
    assert line.startswith("if you miss a dose"), line


def test_dialysis_days_lead_with_the_asked_drugs_kidney_dose(first_line) -> None:  # noqa: ANN001
    line = first_line("my mom is on dialysis and takes revlimid with dex. on dialysis days when should she take the "
                      "revlimid?")
    assert "after dialysis" in line, line
