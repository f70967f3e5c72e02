"""Drug questions whose fact sat on no page (branch cont21): asked in plain words, the answer now shows the fact from
a cited line (trial results, doses in special cases, handling, birth control after the last dose, rare side effects)."""

from collections.abc import Callable

import pytest

CASES = [
    ("How long after my last Dacogen dose should a woman keep using birth control?",
     ["6 months after the last dose"]),
    ("In the big trial of Taxotere for prostate cancer that no longer responds to hormones, how long did men live?",
     ["tax 327", "18.9 months", "16.5 months"]),
    ("Does Empliciti with pomalidomide help people with myeloma live longer?",
     ["eloquent-3", "29.8 months", "17.4 months"]),
    ("Does Xtandi help prostate cancer that has spread but still responds to the hormone shots?",
     ["arches", "61%"]),
    ("Does Xtandi with the hormone shots help men live longer when the cancer has spread but still responds?",
     ["arches", "34%"]),
    ("What Tarceva dose was studied for people who keep smoking?",
     ["300 mg a day"]),
    ("How long did Aromasin with Afinitor hold back breast cancer in the study?",
     ["bolero-2", "7.8 months", "3.2 months"]),
    ("Can Neupogen make fluid leak out of the blood vessels?",
     ["capillary leak", "right away"]),
    ("Can 5-FU make my eyes water all the time?",
     ["tear", "2 weeks after 5-fu stops"]),
    ("Is it a problem if a gemcitabine drip runs longer than an hour?",
     ["longer than 60 minutes"]),
    ("Can hydroxyurea throw off the readings of my Dexcom sugar sensor?",
     ["falsely high", "fingerstick"]),
    ("Does Besponsa need heart tests such as an ECG?",
     ["ecg", "potassium"]),
    ("How common is liver VOD after a stem cell transplant that follows Besponsa?",
     ["23 in 100", "17 of 77"]),
    ("Can teenagers get Yervoy for melanoma, or is it only for adults?",
     ["12 and older"]),
    ("How much does adding Sarclisa to VRd help new myeloma when a transplant is not possible?",
     ["imroz", "63.2%", "45.2%"]),
    ("Can Tibsovo be taken with the blood thinner Pradaxa?",
     ["dabigatran", "must not be taken"]),
    ("Is Femara better than tamoxifen at keeping breast cancer away after surgery?",
     ["big 1-98", "84.0%", "81.4%"]),
    ("Is 6-MP related to azathioprine?",
     ["azathioprine is changed into mercaptopurine"]),
    ("I reacted to Taxol. Is Abraxane less likely to cause an allergic reaction?",
     ["less likely", "has not been studied"]),
    ("Did Gazyva do better than Rituxan for untreated follicular lymphoma?",
     ["gallium", "63.4%", "55.7%"]),
    ("How much longer did Gazyva plus bendamustine keep follicular lymphoma from growing than bendamustine alone?",
     ["gadolin", "25.8 months", "14.1 months"]),
    ("Does Tagrisso after lung cancer surgery help people live longer?",
     ["adaura", "85%", "73%"]),
    ("How much does Vectibix add to FOLFOX for colon cancer that has spread?",
     ["prime", "10.0 months", "23.9 months"]),
    ("What Neulasta dose does a child who weighs 25 kg get?",
     ["2.5 mg for 21 to 30 kg"]),
    ("How much does Perjeta lower the chance of breast cancer coming back after surgery?",
     ["aphinity", "94.1%", "93.2%"]),
    ("Can Enhertu be mixed or diluted in normal saline?",
     ["sodium chloride", "must not be used"]),
    ("Does my bilirubin level matter for irinotecan?",
     ["above 2 mg/dl"]),
    ("When do blood counts hit bottom after a doxorubicin dose, and when do they recover?",
     ["10 to 14 days", "21 to 28 days"]),
    ("Why is the Faslodex dose 500 mg now and not 250 mg? Is it better?",
     ["confirm", "26.4 months", "22.3 months"]),
    ("How many people respond when Empliciti is added to Revlimid and dex?",
     ["79%", "66%"]),
    ("With Xpovio and dexamethasone, how many people's myeloma responded in the study?",
     ["storm", "26%"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_the_answer_shows_the_fact_asked_for(
        answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]) -> None:
    answer_shows(question, facts)


def test_capillary_leak_on_filgrastim_says_call_now(cited_answer_text: Callable[[str], str]) -> None:
    """Swelling on filgrastim can be capillary leak, which can kill if not treated fast: the rule is to call at once."""
    text = cited_answer_text("I'm on Neupogen and my face and legs are swelling up. What could it be?")
    assert "capillary leak" in text and "call your care team right away" in text, text[:800]


def test_a_gene_test_question_on_capecitabine_leads_with_the_dpd_test(cited_lead: Callable[[str], str]) -> None:
    """The DPD gene test is a check done before the first dose, so the answer leads with that advice."""
    lead = cited_lead("Do I need a gene test before Xeloda?")
    assert "fda now advises a test for the dpd gene" in lead, lead
