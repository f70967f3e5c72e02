"""A plan's trial result asked in everyday words ("how much did it help", "how much longer does it hold it off",
"what was it tested against") leads with the trial, not with a dose or a schedule; a drug said added to a plan asks
about the plan with it; "how long do I sit there for each drip" gets the minutes a drip takes."""

import re

import pytest
from test_replies import KB, ask, first_line

from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question, result", [
    # "how much did ... help" is no amount of drug
    ("They put my aunt on gemzar and abraxane for pancreas cancer. How much did the pair help compared with gemzar "
     "by itself?", "8.5 months"),
    ("My wife's ovarian cancer returned and her team suggests gemcitabine with carboplatin. How much longer does the "
     "pair keep it at bay than carboplatin on its own?", "8.6 months"),
    ("For the Keytruda plan in triple negative breast cancer, how many more people were clear of cancer at surgery?",
     "64.8"),
    ("They are starting my father on Nubeqa since his PSA climbs but nothing shows on scans. How much does it slow "
     "the spread?", "40.4 months"),
])
def test_how_much_a_plan_helped_leads_with_its_trial(question, result):
    line = first_line(ask(question))
    assert result in line
    assert not re.search(r"\bmg\b", line)  # not the dose


@pytest.mark.parametrize("question, comparator", [
    ("What was Lorbrena tested against in its main study?", "crizotinib"),
    ("In the big study, what was Opdivo with Cabometyx compared to?", "sunitinib"),
])
def test_what_a_trial_compared_the_plan_with(question, comparator):
    assert comparator in first_line(ask(question)).lower()


def test_a_drug_added_to_a_plan_is_the_plan_with_it_even_when_compared():
    question = "My brother's AML doctors added Rydapt to his 7+3. Does that make a difference compared with 7+3 alone?"
    assert understand(KB, question).regimens == ["midostaurin-7-3-aml"]
    assert "RATIFY" in first_line(ask(question))


def test_a_drug_compared_with_a_plan_is_not_added_to_it():
    assert "daratumumab-lenalidomide-bortezomib-dexamethasone" not in understand(KB, "Is Darzalex better than VRd?").regimens
    assert "vrd-myeloma" in understand(KB, "Is Darzalex better than VRd?").regimens


def test_how_long_each_drip_takes_when_asked_as_time_in_the_chair():
    line = first_line(ask("How long will I be sitting there for each Herceptin drip?"))
    assert "90 minutes" in line


def test_how_much_longer_on_treatment_is_no_trial_result():
    assert "results" not in understand(KB, "How much longer do I have to keep taking Revlimid?").intents


def test_what_a_medicine_given_with_a_plan_is_for():
    line = first_line(ask("My dad is on DKd and has to swallow valacyclovir each day. What's that for?"))
    assert "shingles" in line


def test_what_the_tests_look_for_is_not_why_a_medicine_is_given():
    question = "The nurse checks my urine before each Cyramza drip. What is she looking for?"
    assert "shingles" not in first_line(ask(question))
    assert "protein" in first_line(ask(question))


@pytest.mark.parametrize("question, drug, not_drug", [
    ("On R-CHOP and I have been constipated for days. Which of the drugs is to blame?", "vincristine", "rituximab"),
    ("My husband is on FOLFOX and has numb fingers. Which one of the medicines causes the numbness?", "oxaliplatin",
     "leucovorin"),
])
def test_which_drug_of_a_plan_a_side_effect_comes_from(question, drug, not_drug):
    line = first_line(ask(question))
    assert drug in line
    assert not_drug not in line
