""""How many more months does X alone give?", "did adding X to Y help?", "how well does X work?": the first line
is the goal, with a trial's figures, of the plan made of just the drugs named (for the cancer named), not a label's
use of the drug; asked whether a drug works for a cancer whose plan gives no figures, its use for that cancer
leads, not its first use.
Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "trial"), [
    ("how well does tagrisso work", "flaura"),
    ("how many extra months does venclexta with gazyva give people with cll", "cll14"),
    ("did adding elotuzumab to revlimid and dex help people in the study", "eloquent-2"),
    ("how well does stivarga work for colon cancer", "correct"),
    ("how well does tarceva work for lung cancer", "eurtac"),
    ("did adding ramucirumab to paclitaxel help", "rainbow"),
    ("did pomalyst with dex help in the trial", "mm-003"),
])
def test_how_well_a_drug_did_leads_with_its_plans_trial(first_line, question, trial) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert trial in lead
    assert any(ch.isdigit() for ch in lead.split(trial, 1)[1])  # the trial's figures, not only its name


def test_a_drug_asked_if_it_works_for_a_cancer_leads_with_that_use(first_line) -> None:  # noqa: ANN001
    assert "kidney cancer" in first_line("does opdivo work for kidney cancer")

