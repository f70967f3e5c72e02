"""Questions a family asks of a treatment plan, a cancer type or a report word that no page answered before canc21
now get the cited line that says it: ARCHES on the enzalutamide plan, AGILE remission and event-free survival on
ivosidenib with azacitidine, the 2007 panitumumab trial against supportive care alone, the Asia-Pacific sorafenib
trial, PERSEUS at 4 years, ELOQUENT-2 response rates, the KEYNOTE-775 chemo arm,
steroids and their taper for immune side effects on nivolumab with ipilimumab, type 1 diabetes on pembrolizumab;
melanoma excision margins, smoldering myeloma's yearly risk, Pancoast tumors, HIPEC, the celiac plexus block, SVC
syndrome in small cell lung cancer; CA 15-3 not for screening, and the normal ranges of MCH and MCHC."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("question", "facts"), [
    ("my husband's prostate cancer spread to his bones but still responds to hormone shots. does adding xtandi early help?",
     ["arches", "0.39", "19.0 months"]),
    ("in the final arches results, did enzalutamide help men live longer?", ["34%", "0.66"]),
    ("with tibsovo and vidaza for aml, how many people went into complete remission compared with vidaza alone?",
     ["47 in 100", "15 in 100"]),
    ("does vectibix alone help colon cancer after all the chemo stopped working?", ["0.54", "8 weeks", "7.3 weeks"]),
    ("keytruda with lenvima for uterine cancer: which chemo was it tested against?", ["doxorubicin", "paclitaxel"]),
    ("was nexavar for liver cancer ever tested in asian patients with hepatitis b, and did it help?",
     ["asia-pacific", "6.5 months", "4.2 months"]),
    ("in the perseus trial how much better did people do with darzalex added to vrd before a transplant?",
     ["84.3 in 100", "67.7 in 100"]),
    ("how many more people respond when empliciti is added to revlimid and dex?", ["79 in 100", "66 in 100"]),
    ("is brukinsa actually better than imbruvica for cll? was there a head to head study?",
     ["alpine", "progression-free survival", "78.4 in 100"]),
])
def test_a_plan_page_gives_the_trial_result(cited_answer_text: Callable[[str], str], question: str,
                                            facts: list[str]) -> None:
    shown = cited_answer_text(question)
    assert all(f in shown for f in facts), (question, shown[:600])


def test_the_opdivo_yervoy_plan_names_the_steroid_dose_and_taper(cited_answer_text: Callable[[str], str]) -> None:
    """A safety rule from the OPDIVO label: 1 to 2 mg/kg a day of prednisone, tapered over at least 1 month."""
    shown = cited_answer_text("on opdivo and yervoy for kidney cancer he got bad diarrhea from the immune drugs. "
                              "what medicine calms that down?")
    assert "prednisone at 1 to 2 mg/kg a day" in shown and "over at least 1 month" in shown, shown[:600]


def test_the_keytruda_melanoma_plan_sends_diabetes_signs_to_the_care_team(
        cited_answer_text: Callable[[str], str]) -> None:
    """A safety rule: great thirst and passing urine often on pembrolizumab can be type 1 diabetes; call right away."""
    shown = cited_answer_text("mom is on keytruda for melanoma and is very thirsty and peeing all the time. "
                              "could keytruda cause that?")
    assert "type 1 diabetes" in shown and "call your care team right away" in shown, shown[:600]


@pytest.mark.parametrize(("question", "facts"), [
    ("after a melanoma biopsy, how much skin does the surgeon take around the scar in the wide excision?",
     ["1 cm", "2 cm"]),
    ("how likely is smoldering myeloma to turn into active myeloma?", ["10% a year", "3% a year"]),
    ("what is a lung cancer at the very top of the lung that causes shoulder and arm pain called?",
     ["pancoast tumor", "superior sulcus"]),
    ("the ovarian cancer surgeon mentioned hipec. what is that?", ["heated", "belly"]),
    ("is there a procedure for pancreatic cancer pain when morphine is not enough and causes constipation?",
     ["celiac plexus block"]),
    ("dad has small cell lung cancer and his face and neck are puffy with swollen veins on his chest. what is it?",
     ["superior vena cava"]),
])
def test_a_cancer_page_answers_what_no_page_held(cited_answer_text: Callable[[str], str], question: str,
                                                  facts: list[str]) -> None:
    shown = cited_answer_text(question)
    assert all(f in shown for f in facts), (question, shown[:600])


@pytest.mark.parametrize(("slug", "facts"), [
    ("mch", ["27 to 31", "iron"]),
    ("mchc", ["concentration", "32 to 36"]),
    ("ca-15-3", ["not used to screen"]),
    ("pancoast-tumor", ["top of the lung", "shoulder and arm"]),
    ("hipec", ["Heated", "belly"]),
    ("celiac-plexus-block", ["nerves near the pancreas", "3 to 6 months"]),
    ("superior-vena-cava-syndrome", ["face, neck and arms", "small cell lung cancer"]),
    ("psma-pet-scan", ["PSA goes up again", "does not fully rule out cancer"]),
])
def test_a_report_word_says_what_people_ask_next(definition_says: Callable[[str, list[str]], None], slug: str,
                                                 facts: list[str]) -> None:
    definition_says(slug, facts)


def test_ca_15_3_is_not_offered_as_a_screening_test(cited_answer_text: Callable[[str], str]) -> None:
    shown = cited_answer_text("my sister had breast cancer. can i get a ca 15-3 blood test every year to screen for it?")
    assert "not used to screen" in shown, shown[:600]


def test_the_bep_plan_names_the_lung_tests_before_bleomycin(cited_answer_text: Callable[[str], str]) -> None:
    shown = cited_answer_text("my son starts bep for testicular cancer. what lung tests do they do before the bleomycin?")
    assert "pulmonary function tests" in shown and "dlco" in shown and "ct scan of the chest" in shown, shown[:600]


def test_the_isa_pd_plan_says_why_the_blood_bank_must_know(cited_answer_text: Callable[[str], str]) -> None:
    shown = cited_answer_text("dad starts isa-pd for myeloma. why does the blood bank need to know about the sarclisa?")
    assert "indirect coombs test" in shown and "look positive" in shown, shown[:600]
