"""A sign that only some treatments cause (a high blood sugar on steroids, double vision on immunotherapy) shows in the
"When to call for help" box of the treatments whose drugs say they cause it (their side effects or risks, the rule's
`box_treatments`), and not on the others, which it only made longer; a treatment whose drugs are not known shows it.
Anyone who reports the symptom in `ask` or the tracker, on any treatment, still gets the same level from the rules."""

from __future__ import annotations

import dataclasses

import pytest
from shippedkb import shipped_composer, shipped_kb

from oncoguide.model import SideEffect
from oncoguide.model.triage import Level, call_signs, triage
from oncoguide.site.cite import PageRefs
from oncoguide.site.context import drug_context, regimen_context, when_to_call
from oncoguide.tracker.service import symptom_result

SCOPED = ("high_blood_sugar", "double_vision", "thirst")


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


def _shown(kb, box) -> set[str]:  # noqa: ANN001
    """The scoped symptoms whose sign the box shows."""
    lines = {s.text for s in (*box.emergency, *box.call_now)}
    return {name for name in SCOPED if any(r.sign in lines for r in kb.triage.symptoms[name].rules if r.sign)}


def _box(kb, page: str):  # noqa: ANN001, ANN202
    kind, slug = page.split("/")
    return (drug_context if kind == "drugs" else regimen_context)(kb, slug).when_to_call


@pytest.mark.parametrize(("page", "shown"), [
    ("drugs/dexamethasone", {"high_blood_sugar", "thirst"}),  # a steroid: its label lists high blood sugar
    ("regimens/r-chop-dlbcl", set(SCOPED)),  # prednisone; vincristine can weaken the eye muscles
    ("drugs/vincristine", {"double_vision"}),
    ("regimens/lenalidomide-dexamethasone-myeloma", {"high_blood_sugar", "thirst"}),
    ("drugs/pembrolizumab", set(SCOPED)),  # immunotherapy: type 1 diabetes, weak eye muscles
    ("drugs/nilotinib", set()),
    ("regimens/capox-colorectal", set()),
    ("drugs/cyclophosphamide", set()),
])
def test_a_sign_shows_only_where_the_treatment_causes_it(kb, page: str, shown: set[str]) -> None:  # noqa: ANN001
    assert _shown(kb, _box(kb, page)) == shown


def test_a_plan_whose_own_side_effects_name_the_sign_shows_it(kb) -> None:  # noqa: ANN001
    # A plan's trial can report what none of its drugs' labels do: its own side effects count too.
    capox = kb.regimens["capox-colorectal"]
    effect = SideEffect(term="hyperglycemia", plain="high blood sugar", cite=capox.side_effects[0].cite)
    plan = capox.model_copy(update={"side_effects": [*capox.side_effects, effect]})
    with_it = dataclasses.replace(kb, regimens={**kb.regimens, plan.slug: plan})
    assert _shown(with_it, _box(with_it, "regimens/capox-colorectal")) == {"high_blood_sugar", "thirst"}


def test_a_treatment_whose_drugs_are_not_known_shows_the_sign(kb) -> None:  # noqa: ANN001
    # Fail safe: leaving a sign out needs a treatment known not to cause it.
    refs = PageRefs(kb)
    assert _shown(kb, when_to_call(kb, refs, ["nilotinib"])) == set()
    assert _shown(kb, when_to_call(kb, refs, ["nilotinib", "a-drug-not-in-the-knowledge-base"])) == set(SCOPED)
    assert _shown(kb, when_to_call(kb, refs, [])) == set(SCOPED)
    blank = kb.drugs["nilotinib"].model_copy(update={"common_side_effects": [], "serious_side_effects": [], "risks": []})
    bare = dataclasses.replace(kb, drugs={**kb.drugs, "nilotinib": blank})  # a drug that declares nothing yet
    assert _shown(bare, when_to_call(bare, PageRefs(bare), ["nilotinib"])) == set(SCOPED)
    assert {s.symptom for s in call_signs(kb.triage, kb.risks(["nilotinib"]))} >= set(SCOPED)  # side effects not given


@pytest.mark.parametrize("drugs", [["nilotinib"], ["oxaliplatin", "capecitabine"], ["dexamethasone"], ["pembrolizumab"]])
def test_the_tracker_gives_the_same_level_on_any_treatment(kb, drugs: list[str]) -> None:  # noqa: ANN001
    for symptom, answers, level in [("high_blood_sugar", {"danger_signs": "yes"}, Level.call_now),
                                    ("high_blood_sugar", {"danger_signs": "no"}, Level.call_today),
                                    ("double_vision", {"sudden": "yes"}, Level.call_now),
                                    ("double_vision", {"sudden": "no"}, Level.call_today),
                                    ("thirst", {}, Level.call_now)]:
        assert symptom_result(kb, symptom, answers, drugs).level == level, (symptom, answers)
        assert triage(kb.triage, symptom, answers, kb.risks(drugs)).level == level


@pytest.mark.parametrize(("question", "reason"), [
    ("I'm on Tasigna and suddenly seeing double since this morning", "double vision"),
    ("my glucose is 22 mmol/L on CAPOX and I keep vomiting", "high blood sugar"),
    ("on nilotinib, so thirsty all day and peeing all the time", "thirsty"),
])
def test_ask_gives_a_call_now_on_a_treatment_whose_box_leaves_the_sign_out(question: str, reason: str) -> None:
    answer = shipped_composer().answer(question)
    assert answer.notices and answer.notices[0].level == Level.call_now.value, answer.notices
    assert reason in answer.notices[0].text.lower()


def test_every_scoped_sign_shows_on_some_pages_and_not_on_others(kb) -> None:  # noqa: ANN001
    # A misspelt risk or side effect would hide a sign from every page without a word; one that matches everything
    # would scope nothing.
    for name, body in kb.triage.symptoms.items():
        if body.box_treatments is None:
            continue
        shown = {s for s in kb.drugs if body.box_treatments.carried_by(kb.risks([s]), kb.side_effects([s]))}
        assert shown and shown != set(kb.drugs), (name, shown)


@pytest.mark.parametrize("page", ["regimens/r-chop-dlbcl", "drugs/dexamethasone", "drugs/pembrolizumab"])
def test_a_sign_the_treatment_causes_comes_before_the_signs_for_anyone(kb, page: str) -> None:  # noqa: ANN001
    # A reader on a steroid meets the blood sugar line among the first call-now signs, not at the end of three screens.
    lines = [s.text for s in _box(kb, page).call_now]
    sugar = lines.index(kb.triage.symptoms["high_blood_sugar"].rules[0].sign)
    anyone = [lines.index(r.sign) for name in ("belly_pain", "little_urine", "pain")
              for r in kb.triage.symptoms[name].rules if r.sign in lines]
    assert anyone and sugar < min(anyone), lines
