"""Issue 11: a question that says where the person is in treatment (a first treatment, cancer that spread but still
responds, cancer that grew after chemo) is answered by the trial of people at that stage, not by a trial after
surgery or in cancer that had stopped responding, however many words that other trial's line shares with it, and
however the plan of the drugs named was picked.
Shipped knowledge base."""

import pytest

from oncoguide.answer.trial_setting import FIRST, LATER, SURGERY, asked_stages, line_stages, off_stage
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "trial", "not_trial"), [
    # a first treatment for lung cancer: FLAURA, not ADAURA (after surgery)
    ("my mom just started osimertinib as her very first treatment for egfr lung cancer. do people on it live longer "
     "than on the older egfr pills like erlotinib?", "flaura", "adaura"),
    # spread but the hormone shots still work: CHAARTED, not TAX 327 (cancer growing despite hormones)
    ("his prostate cancer has spread to a few bones and they want to add docetaxel to his hormone shots. does the "
     "docetaxel help men like him?", "chaarted", "tax 327"),
    # after surgery: the drug page's trial after surgery (ADAURA), not its plan's trial in cancer that spread (FLAURA)
    ("he had surgery to take out his egfr lung cancer and now takes tagrisso for 3 years. does it help people live "
     "longer?", "adaura", "flaura"),
    # grew after FOLFOX: the drug's trial after earlier treatment (BEACON), not FOLFOX's trial after surgery (MOSAIC)
    ("her colon cancer with a braf v600e change grew after folfox, and now she gets erbitux with a braf pill. how much "
     "does that help?", "beacon", "mosaic"),
    # a first treatment for ALK lung cancer: ALEX, not ALINA (cancer fully removed by surgery), though the drug page's
    # ALINA line shares more of the question's words with the ranking
    ("she began alecensa as her first treatment for alk lung cancer. in the large study against the older pill, how "
     "long did it hold the cancer back?", "alex", "alina"),
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
    ("In a trial, 250 people had their cancer fully removed by surgery, then took the pill for 2 years.", {SURGERY}),
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


@pytest.mark.parametrize(("question", "stages"), [
    ("his psa keeps rising but scans show no spread. did erleada help men live longer?", set()),
    ("her liver cancer can't be removed, did tecentriq help people live longer?", set()),
    ("how long did ibrance keep the cancer from growing in the trial?", set()),
    ("the tumor test came back ras wild type, how much does vectibix help?", set()),
    ("his myeloma came back, how much did kyprolis help in the trial?", {LATER}),
    ("she had the tumor removed, does herceptin help in the trial?", {SURGERY}),
])
def test_a_stage_said_as_not_so_is_no_stage(kb, question, stages) -> None:  # noqa: ANN001
    assert asked_stages(understand(kb, question)) == stages
