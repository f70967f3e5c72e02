"""Issue 11: a question that says where the person is in treatment (a first treatment, cancer that spread but still
responds, cancer that grew after chemo) is answered by the trial of people at that stage, not by a trial after
surgery or in cancer that had stopped responding, however many words that other trial's line shares with it.
Shipped knowledge base."""

import pytest

from oncoguide.answer.trial_setting import FIRST, LATER, SURGERY, line_stages, off_stage


@pytest.mark.parametrize(("question", "trial", "not_trial"), [
    # a first treatment for lung cancer: FLAURA, not ADAURA (after surgery)
    ("my mom just started osimertinib as her very first treatment for egfr lung cancer. do people on it live longer "
     "than on the older egfr pills like erlotinib?", "flaura", "adaura"),
    # spread but the hormone shots still work: CHAARTED, not TAX 327 (cancer growing despite hormones)
    ("his prostate cancer has spread to a few bones and they want to add docetaxel to his hormone shots. does the "
     "docetaxel help men like him?", "chaarted", "tax 327"),
])
def test_the_trial_at_the_stage_said_leads(first_line, question, trial, not_trial) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert trial in lead, lead
    assert not_trial not in lead, lead


def test_a_cancer_that_grew_after_chemo_gets_the_trial_after_chemo(first_line) -> None:  # noqa: ANN001
    lead = first_line("he already had docetaxel and now the prostate cancer is growing again. would xtandi help him "
                      "live longer?")
    assert "affirm" in lead, lead


@pytest.mark.parametrize(("line", "stages"), [
    ("In a trial, 500 people who had surgery took the drug or a dummy pill for 3 years after surgery.", {SURGERY}),
    ("In a trial of 600 people with no treatment before, the drug kept cancer in check longer.", {FIRST}),
    ("In a trial of men whose cancer kept growing on hormone shots, the drug helped them live longer.", {LATER}),
    ("In a trial, half of the people were alive after 3 years.", set()),
])
def test_the_stage_a_line_speaks_of(line, stages) -> None:  # noqa: ANN001
    assert line_stages(line) == stages


def test_a_line_on_no_stage_fits_every_question() -> None:
    assert not off_stage("Half the people lived longer than 2 years.", {FIRST})
    assert off_stage("People took it for 3 years after surgery.", {FIRST})
    assert not off_stage("People took it for 3 years after surgery.", set())
