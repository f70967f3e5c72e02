"""Questions a family asks of a treatment plan or a cancer type that no page answered before canc23 now get the
cited line that says it: how soon lenalidomide works in del(5q) MDS, E1910 for MRD-negative ALL, the infections
prevented through Pola-R-CHP, single-agent rituximab's response rate, CheckMate 214's response rates, when
bevacizumab restarts after surgery, 3 versus 4 cycles of BEP, the updated IKEMA and final KATHERINE results, E1199's
weekly paclitaxel, JCOG1008's weekly cisplatin, irinotecan against supportive care, blood clots on a long flight
with lenalidomide and dexamethasone, and the testosterone goal on leuprolide; inflammatory breast cancer, what a
LEEP does, CLL and SLL as one disease, IDH-wildtype, EBV and nasopharyngeal cancer, GCB, fatty liver and liver
cancer, the Deauville score, POD24, BR in MALT lymphoma, Lynch syndrome's lifetime risk, and watching a small
kidney tumor."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from shippedkb import shipped_kb


@pytest.mark.parametrize(("question", "facts"), [
    ("mom started revlimid for 5q minus mds and needs transfusions all the time. how soon could it start working?",
     ["4.6 weeks", "about a month"]),
    ("my daughter's b-cell all showed no mrd after the first chemo. does adding blincyto help people live longer?",
     ["e1910", "85 in 100", "68 in 100"]),
    ("my follicular lymphoma came back and they want rituxan by itself. how often does rituxan alone shrink it?",
     ["48 in 100"]),
    ("intermediate risk kidney cancer on opdivo plus yervoy instead of sutent. how many had their tumors shrink?",
     ["42 in 100", "27 in 100", "9 in 100"]),
    ("good risk testicular cancer getting 3 rounds of bep but a friend had 4. is 3 enough?",
     ["worked as well as four", "90.4 in 100", "89.4 in 100"]),
    ("sarclisa added to kyprolis and dex for myeloma that came back. how much longer did it keep the myeloma in check?",
     ["35.7 months", "19.2 months", "0.58"]),
    ("she had cancer left at surgery after chemo and herceptin, so now she gets kadcyla. did it help women like her "
     "live longer?",
     ["89.1 in 100", "84.4 in 100", "0.66"]),
    ("taxol weekly for 12 weeks after ac, or taxol every 3 weeks: did one schedule work better in the trials?",
     ["e1199", "1.27", "1.32"]),
    ("after throat cancer surgery, radiation with weekly cisplatin instead of every 3 weeks. is weekly as good?",
     ["jcog1008", "no worse (noninferior)"]),
    ("colon cancer grew on 5-fu and they offered irinotecan by itself. does it help compared with supportive care?",
     ["36.2 in 100", "13.8 in 100", "9.2 months", "6.5 months"]),
])
def test_a_plan_page_gives_the_trial_result(cited_answer_text: Callable[[str], str], question: str,
                                            facts: list[str]) -> None:
    shown = cited_answer_text(question)
    assert all(f in shown for f in facts), (question, shown[:600])


def test_pola_r_chp_names_the_two_infections_prevented_through_treatment(
        cited_answer_text: Callable[[str], str]) -> None:
    shown = cited_answer_text("my husband starts pola-r-chp for large b cell lymphoma. besides the chemo, what "
                              "preventive medicines will he take the whole time?")
    assert "pneumocystis pneumonia" in shown and "herpes" in shown, shown[:600]


def test_bevacizumab_waits_28_days_after_surgery_on_the_lonsurf_plan(cited_answer_text: Callable[[str], str]) -> None:
    """A safety rule from the AVASTIN label: not restarted for at least 28 days after major surgery and until the
    wound has healed."""
    shown = cited_answer_text("my husband gets lonsurf and avastin for colon cancer and needs bowel surgery. how long "
                              "after the operation before the avastin can start again?")
    assert "at least 28 days" in shown and "wound has fully healed" in shown, shown[:600]


def test_revlimid_and_dex_warns_of_clots_on_a_long_flight(cited_answer_text: Callable[[str], str]) -> None:
    """A safety rule: a clot sign (chest pain, sudden trouble breathing) is a call to 911."""
    shown = cited_answer_text("my dad is on revlimid and dex for his myeloma and wants to fly 10 hours. is there "
                              "anything about the flight we should worry about?")
    assert "long plane ride" in shown and "blood clots" in shown, shown[:600]
    assert "call 911 for chest pain or sudden trouble breathing" in shown, shown[:600]


def test_leuprolide_plan_gives_the_castrate_testosterone_level(cited_answer_text: Callable[[str], str]) -> None:
    shown = cited_answer_text("my husband gets lupron shots for prostate cancer and they keep checking his "
                              "testosterone. what level are they hoping to see?")
    assert "50 ng/dl or less" in shown, shown[:600]


def test_the_abemaciclib_plan_asks_about_ovarian_suppression_before_menopause(
        cited_answer_text: Callable[[str], str]) -> None:
    shown = cited_answer_text("on the abemaciclib with an aromatase inhibitor plan, what if i still have periods?")
    assert "ovarian suppression" in shown and "gnrh agonist" in shown, shown[:600]


@pytest.mark.parametrize(("slug", "label", "facts"), [
    # plan pages hold these; answers to questions naming only the drug read the drug page instead (see the report)
    ("venetoclax-azacitidine-aml", "Posaconazole", ["70 mg a day", "2 to 3 days after posaconazole stops"]),
    ("trastuzumab-adjuvant-breast", "Pregnancy", ["amniotic fluid", "oligohydramnios", "call your care team right away"]),
    ("trastuzumab-deruxtecan-her2-positive-breast", "Nausea", ["delayed nausea"]),
    ("imatinib-cml", "Grapefruit", ["grapefruit juice"]),
])
def test_a_plan_page_states_the_rule_with_its_source(slug: str, label: str, facts: list[str]) -> None:
    """What the plan's page shows under the heading: each fact, cited."""
    plan = shipped_kb().regimens[slug]
    line = next(t for t in (*plan.tips, *plan.dose_modifications) if t.label == label)
    assert all(f in line.text for f in facts) and line.cite, (slug, line.text)


def test_the_nivolumab_melanoma_plan_gives_checkmate_238_at_5_years() -> None:
    plan = shipped_kb().regimens["nivolumab-melanoma"]
    line = next(g for g in plan.goals if "CheckMate 238" in g.text)
    assert all(f in line.text for f in ("50 in 100", "39 in 100", "0.72")), line.text
    assert [c.source for c in line.cite] == ["larkin-2023-checkmate-238"], line.cite


@pytest.mark.parametrize(("question", "facts"), [
    ("my sister's breast is red, swollen and warm and the skin looks like an orange peel but there is no lump. could "
     "that be cancer?", ["inflammatory breast cancer", "no lump"]),
    ("the pathology report says glioblastoma, idh-wildtype. what does idh-wildtype mean?",
     ["does not have a mutation", "idh1 or idh2"]),
    ("my coworker's husband has nasopharyngeal cancer, in the space behind his nose. he never smoked. is it "
     "linked to a virus like some throat cancers are?", ["epstein-barr virus"]),
    ("the lymphoma report says diffuse large b cell lymphoma, gcb type. what does gcb mean?",
     ["germinal center b-cell", "abc"]),
    ("he is overweight with type 2 diabetes, no hepatitis and no drinking, and now has liver cancer. could his weight "
     "have caused it?", ["fatty liver disease (nafld)", "type 2 diabetes"]),
    ("the pet scan after 2 rounds of chemo for hodgkin lymphoma says deauville score 2. what is the deauville score?",
     ["5-point scale", "1 to 5"]),
    ("mom's follicular lymphoma came back 18 months after r-chop and the doctor wrote pod24. what does that mean?",
     ["within 24 months, or 2 years", "higher-risk"]),
    ("mom has stage 4 malt lymphoma and starts bendamustine with rituxan. how well does it usually work?",
     ["93 in 100", "81 in 100"]),
    ("is small lymphocytic lymphoma a different cancer from cll?", ["same disease", "lymph nodes, it is called sll"]),
    ("i tested positive for lynch syndrome like my mom. what are my chances of getting colon cancer in my lifetime?",
     ["52 to 82 in 100", "more than half"]),
])
def test_a_cancer_page_answers_what_no_page_held(cited_answer_text: Callable[[str], str], question: str,
                                                  facts: list[str]) -> None:
    shown = cited_answer_text(question)
    assert all(f in shown for f in facts), (question, shown[:600])


@pytest.mark.parametrize(("slug", "field", "facts"), [
    # cancer pages hold these; the answers to the benchmark's wording lead elsewhere (see the report)
    ("cervical-cancer", "diagnosis", ["thin wire loop", "electric current"]),
    ("kidney-cancer", "treatment_note", ["less than 4 cm", "larger than 4 cm", "every 3 to 6 months"]),
])
def test_a_cancer_page_states_the_fact_with_its_source(slug: str, field: str, facts: list[str]) -> None:
    cancer = shipped_kb().cancers[slug]
    line = next(st for st in getattr(cancer, field) if all(f in st.text for f in facts))
    assert line.cite, (slug, line.text)
