"""Plan facts dev_blind23 asked for that no plan page gave (branch cont28): trial results a caregiver asks for, and
what happens on the day. Each is asked in plain words and the answer must show the fact on a cited line; where the
answer does not yet reach a plan's tips or visit notes, the plan page itself must say it and cite where from."""

from collections.abc import Callable

import pytest
from shippedkb import shipped_kb

CASES = [
    # Xd: the full STORM report, 122 people; responses lasted a median of 4.4 months
    ("How long did the response last in the STORM study of selinexor and dexamethasone?", ["4.4 months"]),
    # A+AVD: ECHELON-1 3-year update, 83.1% against 76.0% free of lymphoma growth
    ("How many people on A+AVD were free of Hodgkin lymphoma growth after 3 years compared with ABVD?",
     ["(83.1%)", "(76.0%)"]),
    # gilteritinib: ADMIRAL remission with blood count recovery, 34% against 15.3% on salvage chemo
    ("How many people went into remission on gilteritinib in the ADMIRAL trial?", ["(34%)", "(15.3%)"]),
    # carbo/pem/pembro: KEYNOTE-189 median progression-free survival 8.8 against 4.9 months
    ("How well does carboplatin, pemetrexed and pembrolizumab work for non-squamous lung cancer?",
     ["8.8 months", "4.9 months"]),
    # venetoclax-obinutuzumab: CLL14 undetectable MRD, 76% against 35%
    ("How many people on venetoclax and obinutuzumab had undetectable MRD in CLL14?", ["76 in 100", "35 in 100"]),
    # Kd: drip reactions can come up to 24 hours after the carfilzomib drip (KYPROLIS label 5.9)
    ("How long after a carfilzomib drip can a reaction happen?", ["24 hours"]),
    # R-CVP: the first rituximab drip about 4 hours, later ones usually about 2 hours (Cancer Research UK)
    ("How long do the later rituximab drips take in R-CVP?", ["about 2 hours"]),
    # GC for bladder cancer: the cisplatin day about 7 hours, a gemcitabine-only visit about 1 hour (Velindre, NHS)
    ("How long is the cisplatin day of gemcitabine and cisplatin for bladder cancer, and the gemcitabine-only visit?",
     ["about 7 hours", "about 1 hour"]),
    # ICE: usually given during a hospital stay (Macmillan)
    ("Do you stay in hospital for ICE chemotherapy for lymphoma?", ["hospital stay"]),
    # lenalidomide maintenance: CALGB 100104 started it about 100 days after the transplant
    ("How soon after the transplant does lenalidomide maintenance start?", ["about 100 days"]),
    # Vd: 109 matched pairs, response 75% against 41% with bortezomib alone (Haematologica 2015)
    ("Does bortezomib with dexamethasone work better than bortezomib alone for myeloma that came back?",
     ["75 in 100", "41 in 100", "13.6 months"]),
    # Rd: MM-010, time to progression 11.3 against 4.7 months with dexamethasone alone
    ("How long did lenalidomide and dexamethasone hold off myeloma in the MM-010 trial?", ["11.3 months", "4.7 months"]),
    # Pd: press one end of the capsule to push it out of a blister pack (Cancer Research UK)
    ("How do I push a Pomalyst capsule out of the pack on pomalidomide and dexamethasone without breaking it?",
     ["press on one end of the capsule"]),
    # sorafenib for liver cancer: never a double dose (Macmillan, Kidney Cancer Association)
    ("Can I take a double dose of sorafenib for liver cancer if I forgot one?", ["never take a double dose"]),
    # DRd: lenalidomide at bedtime, so you feel less sleepy in the day (Cancer Research UK)
    ("Any tips for taking the lenalidomide capsules on DRd?", ["at bedtime"]),
]


@pytest.mark.parametrize(("question", "facts"), CASES)
def test_answer_shows_fact_with_citation(
    answer_shows: Callable[[str, list[str]], None], question: str, facts: list[str]
) -> None:
    answer_shows(question, facts)


PAGE_TIPS = [
    # DRd: lenalidomide at bedtime, so you feel less sleepy in the day (Cancer Research UK)
    ("drd-myeloma", "bedtime", "cruk-drd"),
    # Pd: press one end of the capsule to push it out of a blister pack (Cancer Research UK)
    ("pomalidomide-dexamethasone-myeloma", "press on one end of the capsule", "cruk-pomalidomide-dexamethasone"),
    # sorafenib: never a double dose; Macmillan (take it the same day) and a US page (skip it) both shown
    ("sorafenib-hcc", "never take a double dose", "macmillan-sorafenib"),
    # bosutinib: once a day in the morning, with food (Macmillan, Cancer Research UK)
    ("bosutinib-cml", "in the morning, with food", "macmillan-bosutinib"),
]


@pytest.mark.parametrize(("slug", "words", "source"), PAGE_TIPS)
def test_plan_page_tip_says_it_and_cites_where_from(slug: str, words: str, source: str) -> None:
    tips = [t for t in shipped_kb().regimens[slug].tips if words in t.text.lower()]
    assert tips, (slug, [t.text for t in shipped_kb().regimens[slug].tips])
    assert source in [c.source for t in tips for c in t.cite]


def test_ice_page_says_where_it_is_given() -> None:
    # the page no longer says only "at the clinic": Macmillan says ICE is usually given during a hospital stay
    said = " ".join(s.text for s in shipped_kb().regimens["ice-lymphoma"].dispensing).lower()
    assert "hospital stay" in said and "at the clinic" not in said


def test_sorafenib_missed_dose_tip_shows_both_sides() -> None:
    # Macmillan (take it the same day) and the Kidney Cancer Association (skip it) disagree; the tip shows both
    tip = next(t for t in shipped_kb().regimens["sorafenib-hcc"].tips if t.label == "Missed dose")
    assert "same day" in tip.text and "skip it" in tip.text
    assert {"macmillan-sorafenib", "kca-nexavar"} <= {c.source for c in tip.cite}
