"""A word on a blood test, biopsy or scan report gets what people ask of it next (stop 37, gloss19): where a high
AST can come from besides the liver, how a fine-needle and a core biopsy differ, the liquid and solid parts of a
marrow test, which kinds of anti-sickness medicine there are and why a tumor gets biomarker testing; then the misses
of dev_blind16 and 17: who is on a tumor board, why AFP is checked in hepatitis B, the B2M level of myeloma stage 3,
the medical name of chemo brain, a laxative for opioid constipation, plastic forks against a metal taste."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(("q", "fact"), [
    ("my ast is high but my liver looks fine, where else does ast come from", "muscles"),
    ("how is a fine needle biopsy different from a core biopsy", "wider needle"),
    ("is a bone marrow aspirate the same as the biopsy", "liquid part"),
    ("what kinds of antiemetics are there", "5-ht3"),
    ("why test my tumor for biomarkers", "targeted drugs"),
    ("who sits on a tumor board", "experts in different fields"),
    ("what is an afp blood test looking for in a person with hep b", "liver cancer early"),
    ("what beta-2 microglobulin level is myeloma stage 3", "5.5 mg/l"),
    ("what is the medical name for chemo brain", "cognitive impairment"),
    ("dad is on morphine and has not pooped in days, what helps", "senna"),
    ("does a lesion on a scan mean something abnormal", "abnormal"),
    ("what is checked in liver function tests", "alt (alanine transaminase), ast"),
    ("food tastes like metal during chemo, what can i do", "plastic forks"),
    ("my report says kras g12c, is there a drug for it", "sotorasib"),
])
def test_a_word_question_shows_what_people_ask_next(cited_answer_text: Callable[[str], str], q: str, fact: str) -> None:
    assert fact in cited_answer_text(q)


@pytest.mark.parametrize(("q", "fact"), [
    ("what are monocytes on my blood test", "2 to 8 percent"),
    ("my mch is low, what does that mean", "small red cells"),
    ("what does a low mchc mean", "too little iron"),
    ("my rdw is high, what does that mean", "vitamin b12"),
    ("what does a low ferritin mean", "iron deficiency"),
    ("why would my ggt be high", "bile duct"),
    ("what does protein in my urine mean", "kidneys are hurt"),
    ("what is a normal crp level", "less than 5 mg per liter"),
    ("my pathology report says lymphovascular invasion present", "inside a blood vessel or a lymph vessel"),
    ("what does perineural invasion mean", "along or around a nerve"),
    ("should i get ca 27.29 tests after early breast cancer", "advise against"),
    ("what is an spep blood test", "serum protein electrophoresis"),
    ("what does it mean if my immunoglobulins are low", "infections that keep coming back"),
    ("what is a ptt blood test", "how long your blood takes to form a clot"),
    ("what testosterone level is castrate level", "under 50 ng/dl"),
    ("what does a high troponin mean", "heart muscle has been harmed"),
    ("why are my eosinophils high", "hay fever"),
    ("what are basophils on a cbc", "histamine"),
    ("the ct says lymphadenopathy, what is that", "bean-shaped"),
    ("my x-ray shows lytic lesions, what are they", "leaving a hole"),
    ("my biopsy shows dysplasia, is that cancer", "dysplasia is not cancer"),
    ("what is recist on my scan report", "target lesions"),
    ("the ct report mentions atelectasis", "tiny air sacs"),
    ("my ct shows a ground glass opacity, is it cancer", "not a diagnosis"),
    ("how long do blood culture results take", "1 to 3 days"),
    ("my oncotype score came back low, do i need chemo", "the more chemo is likely to help"),
    ("my platelets are low after chemo, how do i avoid bleeding", "electric razor"),
    ("what does it feel like if my iv infusion leaks out of the vein", "burning or stinging"),
    ("what does de novo aml mean", "primary aml"),
    ("how much radiation does a mammogram use", "low dose of radiation"),
    ("what does second line of therapy mean", "next treatment"),
])
def test_a_word_on_a_lab_report_is_explained(cited_answer_text: Callable[[str], str], q: str, fact: str) -> None:
    assert fact in cited_answer_text(q)
