"""The "When to call for help" box fits the treatment of its page: no drip signs on a pill page, an allergic reaction
still a 911 call there, and the signs of the treatment's own risks at the top of each level."""

from __future__ import annotations

import pytest
from shippedkb import shipped_kb

from oncoguide.model.triage import RISK_SIGNS, Level, Risk, Rule, call_signs
from oncoguide.site.context import drug_context, regimen_context

DRIP_SITE = "where the drip goes in"


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


def _texts(box) -> tuple[list[str], list[str]]:  # noqa: ANN001
    return [s.text for s in box.emergency], [s.text for s in box.call_now]


def _allergy(texts: list[str]) -> list[str]:
    return [t for t in texts if t.startswith("Swelling of the lips, tongue or throat")]


def test_a_pill_page_shows_no_drip_sign_and_still_calls_911_for_an_allergic_reaction(kb) -> None:  # noqa: ANN001
    emergency, call_now = _texts(drug_context(kb, "nilotinib").when_to_call)  # capsules
    assert not any(DRIP_SITE in t or "infusion" in t for t in emergency + call_now)
    assert _allergy(emergency) == ["Swelling of the lips, tongue or throat, or wheezing"]


@pytest.mark.parametrize("slug", ["fulvestrant", "leuprolide", "goserelin"])
def test_a_shot_into_a_muscle_or_under_the_skin_shows_no_drip_sign(kb, slug: str) -> None:  # noqa: ANN001
    emergency, call_now = _texts(drug_context(kb, slug).when_to_call)
    assert not any(DRIP_SITE in t or "infusion" in t for t in emergency + call_now)


def test_a_drip_page_keeps_the_drip_signs(kb) -> None:  # noqa: ANN001
    emergency, call_now = _texts(drug_context(kb, "paclitaxel").when_to_call)  # solution for IV infusion
    assert any(DRIP_SITE in t for t in call_now)
    assert _allergy(emergency) == ["Swelling of the lips, tongue or throat, or trouble breathing during or after an infusion"]


@pytest.mark.parametrize(("plan", "drip"), [
    ("lenalidomide-rituximab-lymphoma", True),  # lenalidomide capsules with a rituximab drip
    ("lenalidomide-dexamethasone-myeloma", False),  # all pills
    # temozolomide has a drip form, but this plan gives it as capsules: the plan's own routes decide
    ("temozolomide-radiation-glioblastoma", False),
])
def test_a_plan_shows_the_drip_signs_only_when_it_gives_a_drug_into_a_vein(kb, plan: str, drip: bool) -> None:  # noqa: ANN001
    emergency, call_now = _texts(regimen_context(kb, plan).when_to_call)
    assert any(DRIP_SITE in t for t in call_now) == drip
    assert len(_allergy(emergency)) == 1 and ("infusion" in _allergy(emergency)[0]) == drip


@pytest.mark.parametrize(("forms", "drip"), [
    (["tablet"], False),
    (["capsule (50 mg)", "capsule (75 mg)"], False),
    (["depot injection into a muscle (lasts 1, 3, 4 or 6 months)"], False),
    (["small implant put under the skin of the belly"], False),
    (["solution for IV infusion"], True),
    (["capsule", "powder for IV infusion"], True),
    (["shot under the skin or drip into a vein"], True),
    (["powder for injection"], True),  # may be a drip: the box keeps its drip signs
    ([], True),  # how it is given is not known
])
def test_how_a_drug_is_given_is_read_from_its_forms(kb, forms: list[str], drip: bool) -> None:  # noqa: ANN001
    assert kb.drugs["nilotinib"].model_copy(update={"forms": forms}).by_drip == drip


def test_a_pill_box_loses_only_the_drip_only_signs_and_keeps_every_level(kb) -> None:  # noqa: ANN001
    for drug in kb.drugs.values():
        risks = kb.risks([drug.slug])
        with_drip = {(s.symptom, s.level) for s in call_signs(kb.triage, risks, drip=True)}
        without = {(s.symptom, s.level) for s in call_signs(kb.triage, risks, drip=False)}
        assert with_drip - without == {("iv_site", Level.call_now)} and without <= with_drip, drug.slug


def test_a_sign_that_names_a_drip_must_say_what_a_pill_page_shows() -> None:
    base = {"level": "call_now", "text": "Call now.", "cite": ["ctcae-v5 § Fever"]}
    with pytest.raises(ValueError, match="names a drip"):
        Rule.model_validate({**base, "sign": "Pain where the drip goes in"})
    with pytest.raises(ValueError, match="still names a drip"):
        Rule.model_validate({**base, "sign": "A rash during an infusion", "sign_without_drip": "A rash after an infusion"})
    assert Rule.model_validate({**base, "sign": "Pain where the drip goes in", "drip_only": True}).drip_only


def test_nilotinib_box_keeps_chest_pain_first_and_opens_its_call_now_list_with_its_own_signs(kb) -> None:  # noqa: ANN001
    emergency, call_now = _texts(drug_context(kb, "nilotinib").when_to_call)
    assert emergency[:2] == ["Chest pain or pressure", emergency[1]] and "breath" in emergency[1]  # as on every page
    own = ("bleeding", "heartbeat", "faint", "stools")
    assert call_now[0].startswith("A temperature of 37.5 °C")  # it lowers white cells too
    assert all(any(w in t.lower() for w in own) for t in call_now[1:4]), call_now[1:4]


def test_a_page_without_those_risks_keeps_the_usual_order(kb) -> None:  # noqa: ANN001
    plain = call_signs(kb.triage, frozenset())
    bleeding = call_signs(kb.triage, frozenset({Risk.bleeding}))
    assert plain[0].sign == "Chest pain or pressure"
    assert [s.symptom for s in bleeding if s.level == Level.call_now][:2] == ["bleeding", "black_stools"]
    assert [s for s in plain if s.level == Level.emergency][0].symptom == "chest_pain"


def test_every_symptom_a_risk_puts_first_is_a_shipped_symptom(kb) -> None:  # noqa: ANN001
    # A renamed symptom would silently drop to the general signs: name it here instead.
    assert {name for names in RISK_SIGNS.values() for name in names} <= set(kb.triage.symptoms)
    assert set(RISK_SIGNS) == set(Risk)
