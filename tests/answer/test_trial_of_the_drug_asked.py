"""A question on how well a drug did leads with the trial of that drug in the person's own situation, even when that
trial sits on the drug's page and not on a plan's: after surgery rather than once the cancer has spread, in their
cancer type, or added to a plan that does not hold it. A plan the question names keeps the lead against a line that
only shares a word more, and a drug of the plan is not answered by its own trial without the drug asked about."""

import pytest
from test_replies import ask, first_line


@pytest.mark.parametrize("question, trial", [
    # the setting asked (after surgery) is the drug page's trial, not the plan's trial in cancer that has spread
    ("Surgeons took out my EGFR lung cancer and now I'm on osimertinib for three years. Did the study show people "
     "lived longer with it?", "ADAURA"),
    # the breast cancer type asked is not the one the drug's plan was tried in
    ("My cancer is HR-positive, HER2-negative breast cancer that spread, and Trodelvy is next. Did it help people "
     "with my type live longer?", "TROPiCS-02"),
    # a drug added to a plan that does not hold it: the trial of the drug with that plan
    ("They're putting Sarclisa on top of VRd for my new myeloma since a transplant is off the table. How much did "
     "that help in the trial?", "IMROZ"),
    ("Our oncologist is adding Vectibix to FOLFOX because dad's colon cancer spread and is RAS wild type. What did "
     "the trial show?", "PRIME"),
])
def test_the_drug_asked_about_leads_with_its_own_trial(question, trial):
    assert trial in first_line(ask(question))


@pytest.mark.parametrize("question, trial", [
    ("did adding keytruda to carboplatin and pemetrexed help people with lung cancer live longer?", "KEYNOTE-189"),
    # Kyprolis's own trial (with dex alone) shares more words, but it is no trial of Darzalex added
    ("My myeloma came back and the team wants to add Darzalex to my Kyprolis and dex. Did people live longer with "
     "the three in the study, or was it just more time before it grew back?", "CANDOR"),
])
def test_a_plan_drug_is_not_answered_by_its_trial_without_the_drug_added(question, trial):
    assert trial in first_line(ask(question))


def test_the_plan_of_just_the_drug_asked_keeps_the_lead_over_a_chance_word():
    # ARAMIS (cancer not seen on scans) is the plan's trial; the drug page's ARANOTE (cancer that has spread) shares
    # a word more with the question, which is not enough
    line = first_line(ask("Dad's PSA keeps climbing but his scans are clear, and he is on Nubeqa now. In the study, "
                          "how much did it delay the cancer spreading?"))
    assert "ARAMIS" in line
