"""Drug facts the readable question sets asked that no page gave (branch cont30). Each is asked in plain words, and
the answer must show the fact on a cited line; the page must cite where the fact comes from."""

from collections.abc import Callable

import pytest
from shippedkb import shipped_kb

CASES = [
    # irinotecan: birth control for 6 months after the last dose for women, 3 months for men (CAMPTOSAR label 8.3)
    ("How long after irinotecan should I keep using birth control?", ["6 months after the last dose", "3 months"]),
    # irinotecan: dizziness or blurred sight in the 24 hours after a dose; no driving then (CAMPTOSAR label 17)
    ("I felt dizzy and my eyes went blurry the day after my irinotecan drip. Is that the drug?",
     ["24 hours after a dose", "do not drive"]),
    # nilotinib: may stop after at least 3 years with a long, very low BCR-ABL level, only on the doctor's word
    ("Is it possible to come off Tasigna after years of good results?", ["at least 3 years", "treatment-free remission"]),
    # pirtobrutinib: BRUIN, mantle cell lymphoma after a BTK inhibitor, 50% responded and 13% complete
    ("How well does pirtobrutinib work for mantle cell lymphoma after ibrutinib?", ["(50%)", "(13%)"]),
    # docetaxel for prostate cancer: dexamethasone 8 mg 12, 3 and 1 hour before the drip (TAXOTERE label 2)
    ("What steroid schedule goes with docetaxel for prostate cancer?", ["12 hours before, 3 hours before and 1 hour before"]),
    # panitumumab: does not work when the tumor has a RAS change (VECTIBIX label 1; Peeters 2015)
    ("Why does my tumor need a RAS test before panitumumab?", ["in tumors with a ras change it does not work"]),
    # vinblastine: not more often than once every 7 days, because of the white cell drop (label, dosage)
    ("How often can vinblastine be given?", ["once every 7 days", "white blood cell count"]),
    # prostate seed implants: limit a young child's time on the lap and keep some distance from a pregnant woman
    ("Is it safe for children to sit on my lap after radioactive seed implants for prostate cancer?",
     ["limit how long a young child sits on your lap", "pregnant woman"]),
    # stage 3 NSCLC: weekly carboplatin AUC 2 and paclitaxel 45 mg/m² during radiation (107-person cohort, 2016)
    ("Which chemo is given with radiation for stage 3 non-small cell lung cancer?",
     ["carboplatin auc 2", "paclitaxel 45 mg/m²"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_answer_shows_fact_with_citation(
    answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]
) -> None:
    answer_shows(question, facts)


def _cited_sources(slug: str, words: str) -> set[str]:
    """The sources cited by every line of a drug page that says these words."""
    drug = shipped_kb().drugs[slug]
    found: set[str] = set()
    for field in ("uses", "common_side_effects", "pregnancy", "administration", "faqs"):
        for item in getattr(drug, field) or []:
            text = getattr(item, "text", None) or getattr(item, "answer", "") or ""
            if words in text.lower():
                found |= {c.source for c in item.cite}
    return found


@pytest.mark.parametrize(("slug", "words", "source"), [
    ("irinotecan", "6 months after the last dose", "camptosar-label"),
    ("irinotecan", "24 hours after a dose", "camptosar-pfizer-medinfo-counseling"),
    ("nilotinib", "treatment-free remission", "tasigna-us-tfr-patient"),
    ("pirtobrutinib", "bruin study behind the approval", "fda-disco-jaypirca-mcl"),
    ("docetaxel", "12 hours before, 3 hours before and 1 hour before", "taxotere-label"),
    ("panitumumab", "ras change it does not work", "peeters-2015-panitumumab-ras"),
    ("vinblastine", "once every 7 days", "vinblastine-fresenius-label"),
])
def test_page_cites_where_the_new_fact_comes_from(slug: str, words: str, source: str) -> None:
    assert source in _cited_sources(slug, words)


def test_prostate_page_says_seed_precautions_and_cites_hospital_sheets() -> None:
    notes = [n for n in shipped_kb().cancers["prostate-cancer"].treatment_note if "sits on your lap" in n.text]
    assert notes and {"upmc-prostate-seed-safety", "sunnybrook-prostate-seed-safety"} <= {c.source for c in notes[0].cite}


def test_carbo_taxol_plan_says_the_weekly_radiation_doses_are_different() -> None:
    """The every-3-weeks plan page warns that the weekly plan given with radiation for stage 3 uses other doses."""
    tips = [t for t in shipped_kb().regimens["carboplatin-paclitaxel-nsclc"].tips if "auc 2" in t.text.lower()]
    assert tips and "45 mg/m²" in tips[0].text
    assert "weekly-carbo-paclitaxel-stage3-nsclc" in {c.source for c in tips[0].cite}
