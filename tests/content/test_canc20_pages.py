"""Questions a family asks of a treatment plan, a cancer type or a report word that no page answered before canc20
now get the cited line that says it: trial results the plans lacked (ICON3, GOG 158, CONKO-001, PRODIGE 24, the
first COMBI-AD report, CONFIRM, GERCOR, JAVELIN Bladder 100, PARAMOUNT, MAIA survival) and the kidney limit for
pemetrexed on the plan that gives it with carboplatin and pembrolizumab; EMPOWER-Lung 1 response rates, CANDOR final
survival, the EU PD-L1 limit for durvalumab and how long children take dasatinib for Ph+ ALL."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from shippedkb import shipped_kb


@pytest.mark.parametrize(("question", "facts"), [
    ("did a trial compare carboplatin alone with carboplatin and taxol for ovarian cancer?",
     ["icon3", "36.1 months", "35.4 months"]),
    ("for ovarian cancer after surgery, does carboplatin with taxol work as well as cisplatin with taxol?",
     ["not inferior", "57.4 months", "48.7 months"]),
    ("does six months of gemcitabine after pancreatic cancer surgery help more than just watching?",
     ["13.4 months", "6.9 months", "21 in 100"]),
    ("how did modified folfirinox compare with gemcitabine after pancreatic cancer was removed?",
     ["21.6 months", "12.8 months"]),
    ("after melanoma surgery, how much do dabrafenib and trametinib lower the chance it comes back?",
     ["58 in 100", "39 in 100"]),
    ("do people on fulvestrant 500 mg live longer than on 250 mg?", ["26.4 months", "22.3 months"]),
    ("does it matter if folfiri or folfox comes first for colon cancer that spread?",
     ["21.5 months", "20.6 months"]),
    ("after gemcitabine and cisplatin for bladder cancer, what maintenance drip is given and does it help?",
     ["avelumab", "21.4 months", "14.3 months"]),
    ("does staying on pemetrexed alone after cisplatin and pemetrexed help with lung cancer?",
     ["0.78", "13.9 months", "11.0 months"]),
    ("does daratumumab with lenalidomide and dexamethasone help people live longer in myeloma?",
     ["32% lower", "0.68"]),
    ("on cemiplimab alone for lung cancer, in how many people did the tumor shrink compared with chemo?",
     ["37 in 100", "21 in 100"]),
    ("in the final candor results, did adding daratumumab to carfilzomib and dex help people live longer?",
     ["50.8 months", "43.6 months"]),
    ("in europe, what PD-L1 level is needed for durvalumab after chemoradiation for lung cancer?",
     ["at least 1% of its cells"]),
    ("how long does a child with Ph-positive ALL take dasatinib with chemo?", ["up to 2 years"]),
    ("is there a liquid dasatinib for a child with Ph+ ALL who cannot swallow tablets?", ["powder for oral suspension"]),
])
def test_a_plan_page_gives_the_trial_result(cited_answer_text: Callable[[str], str], question: str,
                                            facts: list[str]) -> None:
    shown = cited_answer_text(question)
    assert all(f in shown for f in facts), (question, shown[:600])


def test_the_carboplatin_pemetrexed_pembrolizumab_plan_gives_the_kidney_limit(
        cited_answer_text: Callable[[str], str]) -> None:
    """A safety rule: pemetrexed is not advised below a creatinine clearance of 45 mL/min."""
    shown = cited_answer_text("on carbo, alimta and keytruda, how low can kidney function be before alimta is not given?")
    assert "under 45 ml/min" in shown, shown[:600]


@pytest.mark.parametrize(("question", "facts"), [
    ("what is the lab test on urine that looks for bladder cancer cells called?", ["urine cytology"]),
    ("is CIN 3 on a cervical biopsy the same as cancer?", ["not cancer", "may turn into cancer"]),
    ("what does atypical endometrial hyperplasia mean and how is it treated?", ["precancer", "hysterectomy"]),
    ("what is a FLIPI score in follicular lymphoma?", ["follicular lymphoma international prognostic index", "ldh"]),
    ("the MRI after radiation and temozolomide for glioblastoma looks worse. can that be a treatment effect?",
     ["pseudoprogression"]),
    ("is there a pill for AML with an IDH2 mutation?", ["enasidenib"]),
    # the IDH line must not crowd out that ivosidenib is also for MDS (a dev_blind15 question it had pushed out)
    ("can tibsovo be used for mds, not just aml?", ["mds with a changed idh1"]),
    ("which flu vaccine should someone with CLL avoid?", ["nasal spray", "live virus"]),
    ("how soon after colon cancer surgery is the first follow-up colonoscopy?", ["1 year later"]),
    ("what drug protects the brain in DLBCL of the testicle?", ["high-dose methotrexate"]),
    ("why put in a feeding tube before chemoradiation for throat cancer?", ["swallowing very hard", "tube before treatment"]),
    ("what do ring sideroblasts on an MDS marrow report mean?", ["iron"]),
    ("why do they test the lung cancer biopsy for gene changes like EGFR and ALK?", ["fda-approved targeted medicines"]),
    ("how long does post-embolization syndrome last after TACE for liver cancer?", ["up to 2 weeks"]),
    ("liver cancer too big for surgery: what is the treatment that puts chemo into the tumor's artery called?",
     ["chemoembolization (tace)"]),
])
def test_a_cancer_page_answers_what_no_page_held(cited_answer_text: Callable[[str], str], question: str,
                                                  facts: list[str]) -> None:
    shown = cited_answer_text(question)
    assert all(f in shown for f in facts), (question, shown[:600])


def test_the_tace_line_still_sends_a_fever_to_the_care_team(cited_answer_text: Callable[[str], str]) -> None:
    """A safety rule: post-embolization fever is common, but any fever is still reported, as it can be infection."""
    shown = cited_answer_text("is a fever normal after chemoembolization for liver cancer?")
    assert "tell your care team about any fever" in shown, shown[:600]


@pytest.mark.parametrize(("slug", "facts"), [
    ("ring-sideroblasts", ["too much iron", "ring"]),
    ("car-t-cell-therapy", ["cytokine release syndrome", "ICANS"]),
    ("chemoembolization", ["post-embolization syndrome", "up to 2 weeks"]),
    ("cancer-fatigue", ["exercise"]),
    ("chemo-brain", ["improves after treatment ends"]),
    ("checkpoint-inhibitor", ["immune-related side effects", "steroids"]),
    ("cardiotoxicity", ["echocardiogram", "MUGA"]),
    ("d-dimer", ["under 0.5", "under 250"]),
    ("alp", ["20 to 130", "44 to 147"]),
])
def test_a_report_word_says_what_people_ask_next(definition_says: Callable[[str, list[str]], None], slug: str,
                                                 facts: list[str]) -> None:
    definition_says(slug, facts)


def test_cbc_with_diff_reaches_the_differential(cited_answer_text: Callable[[str], str]) -> None:
    shown = cited_answer_text("my lab sheet says cbc with diff. what is the diff?")
    assert "neutrophils" in shown and "lymphocytes" in shown, shown[:600]


def test_the_pirtobrutinib_plan_warns_about_blood_thinners() -> None:
    """A safety point on the plan page: with a blood thinner, bleeding and bruising were more common in BRUIN."""
    tips = " ".join(t.text for t in shipped_kb().regimens["pirtobrutinib-cll-mcl"].tips)
    assert "blood thinner" in tips and "44.9%" in tips and "32.5%" in tips, tips
