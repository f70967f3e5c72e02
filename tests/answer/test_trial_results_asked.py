"""A plan's trial result asked the way people ask it: with the trial named beside a measure or a comparison ("in
the study how long ...", "by how much ...", "did it beat ... in the trial"), or with what a trial measures said in
everyday words ("held the cancer off", "still free of progression", "tumors shrink"). The first line is the
trial's figures, not the dose, not whether the drug is chemo, and not a line on the medicine it was compared with."""

import pytest
from test_replies import KB, ask, first_line

from oncoguide.answer.trial_pool import compared_with
from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question, figure", [
    # a comparator said as "vs": the pair's trial, not a line on the drug it was set against
    ("Opdivo together with Yervoy versus Sutent for kidney cancer: how many people were alive in the trial?",
     "75 out of 100"),
    # "salvage chemo" is what the trial compared with, not a question of whether Xospata is chemo
    ("In its study, how long did people on Xospata live compared to salvage chemo?", "9.3 months"),
    # "by how much" is no amount of drug
    ("My aunt was told Faslodex did better than Arimidex. By how much in the study?", "16.6 months"),
    # "still free of progression" is no price
    ("On Lynparza after chemo for BRCA ovarian cancer, how many women were still free of progression at 3 years?",
     "60 in 100"),
    # a drug added to chemo: the one plan for the cancer holding both
    ("How much did adding Imfinzi on top of the etoposide chemo help people with extensive small cell lung cancer?",
     "13.0 months"),
    ("Was gemcitabine picked because it beat 5-FU for pancreatic cancer in the trial?", "5.65 months"),
])
def test_a_trial_result_asked_leads_with_the_trials_figures(question, figure):
    assert figure in first_line(ask(question))


@pytest.mark.parametrize("question", [
    "In the study, how long did the DRd plan keep the myeloma from getting worse?",
    "How long did Tarceva hold the cancer off in its trial in Europe?",
    "How many people's tumors shrank on Tafinlar with Mekinist for lung cancer?",
])
def test_what_a_trial_measures_in_everyday_words_asks_its_result(question):
    assert "results" in understand(KB, question).intents


@pytest.mark.parametrize("question, intent", [
    ("How many cycles of DRd did they give in the trial?", "duration"),
    ("Is Tarceva a kind of chemo, and how well did it do in the trial?", "classification"),
])
def test_what_else_is_asked_beside_a_result_is_kept(question, intent):
    assert intent in understand(KB, question).intents


def test_the_drug_a_treatment_was_compared_with_is_not_the_treatment_asked_about():
    q = understand(KB, "Did Ibrance with letrozole beat letrozole alone, compared with Faslodex?")
    assert compared_with(KB, q) == {"fulvestrant"}  # letrozole is first named as part of the pair


def test_two_drugs_compared_get_their_own_head_to_head_trial():
    line = first_line(ask("Did Brukinsa do better than Imbruvica for CLL when the two were tested against each other?"))
    assert "ALPINE" in line
