"""A sign that needs something only some readers have (a stoma bag) shows in the "When to call for help" box of the
treatments of cancers where a stoma is common, and not on the others; anyone who asks about blood in a stoma bag,
on any treatment, still gets the same level from the rules."""

from __future__ import annotations

import re

import pytest
from shippedkb import shipped_kb

from oncoguide.model.triage import Level, call_signs, triage
from oncoguide.site.context import cancer_context, drug_context, regimen_context
from oncoguide.tracker.service import symptom_result

STOMA = "stoma"


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


def _stoma_lines(box) -> tuple[list[str], list[str]]:  # noqa: ANN001
    return ([s.text for s in box.emergency if STOMA in s.text.lower()],
            [s.text for s in box.call_now if STOMA in s.text.lower()])


@pytest.mark.parametrize(("page", "shown"), [
    ("regimens/folfox-colorectal", True),
    ("regimens/gemcitabine-cisplatin-bladder", True),
    ("regimens/carboplatin-paclitaxel-ovarian", True),
    ("drugs/oxaliplatin", True),  # a bowel cancer drug: its readers may have a colostomy
    ("drugs/nilotinib", False),  # leukemia pills
    ("regimens/lenalidomide-dexamethasone-myeloma", False),
    # capecitabine's own page is read by people with bowel cancer; its plan for breast cancer is not
    ("drugs/capecitabine", True),
    ("regimens/capecitabine-docetaxel-breast", False),
])
def test_the_stoma_signs_show_only_where_a_stoma_is_common(kb, page: str, shown: bool) -> None:  # noqa: ANN001
    kind, slug = page.split("/")
    box = (drug_context if kind == "drugs" else regimen_context)(kb, slug).when_to_call
    emergency, call_now = _stoma_lines(box)
    assert (len(emergency), len(call_now)) == ((1, 1) if shown else (0, 0)), (page, emergency, call_now)


@pytest.mark.parametrize("drugs", [["nilotinib"], ["lenalidomide", "dexamethasone"], ["oxaliplatin", "fluorouracil"]])
def test_blood_in_a_stoma_bag_gets_the_same_level_on_any_treatment(kb, drugs: list[str]) -> None:  # noqa: ANN001
    risks = kb.risks(drugs)
    assert triage(kb.triage, "stoma_bleeding", {}, risks).level == Level.call_now
    assert triage(kb.triage, "stoma_bleeding", {"heavy": "yes"}, risks).level == Level.emergency
    assert symptom_result(kb, "stoma_bleeding", {}, drugs).level == Level.call_now  # the tracker's symptom check
    assert symptom_result(kb, "stoma_bleeding", {"heavy": "yes"}, drugs).level == Level.emergency


def test_a_treatment_whose_cancer_is_not_known_shows_every_sign(kb) -> None:  # noqa: ANN001
    # When unsure, show more: only a page that knows its cancers leaves a sign out.
    risks = kb.risks(["nilotinib"])
    assert any(s.symptom == "stoma_bleeding" for s in call_signs(kb.triage, risks))
    assert any(s.symptom == "stoma_bleeding" for s in call_signs(kb.triage, risks, cancers=frozenset()))  # linked to none yet
    assert not any(s.symptom == "stoma_bleeding" for s in call_signs(kb.triage, risks, cancers=frozenset({"chronic-myeloid-leukemia"})))


def test_every_cancer_whose_page_names_a_stoma_shows_the_stoma_signs(kb) -> None:  # noqa: ANN001
    # The cancers are read from the content: a cancer page that says its surgery can leave a stoma must be listed.
    words = re.compile(r"\b(stoma|colostomy|ileostomy|urostomy|ostomy)\b", re.IGNORECASE)
    named = set()
    for slug in kb.cancers:
        page = cancer_context(kb, slug)
        texts = [i.text for i in page.what_is_it + page.treatment_note] + [i.text for s in page.about for i in s.items]
        if any(words.search(t) for t in texts):
            named.add(slug)
    assert {"colorectal-cancer", "bladder-cancer"} <= named
    assert named <= set(kb.triage.symptoms["stoma_bleeding"].box_cancers)


def test_every_cancer_a_sign_is_shown_for_is_a_shipped_cancer_type(kb) -> None:  # noqa: ANN001
    # A misspelt name would hide the sign from that cancer's pages without a word.
    for name, symptom in kb.triage.symptoms.items():
        assert set(symptom.box_cancers) <= set(kb.cancers), name


def test_every_page_opens_its_911_list_with_chest_pain_breathing_and_stroke(kb) -> None:  # noqa: ANN001
    # Leaving signs out never moves the ones no reader may miss: they lead the 911 list on every page, in this order.
    first = [kb.triage.symptoms[name].rules[0].sign for name in ("chest_pain", "shortness_of_breath", "stroke_signs")]
    boxes = {**{f"drugs/{s}": drug_context(kb, s).when_to_call for s in kb.drugs},
             **{f"regimens/{s}": regimen_context(kb, s).when_to_call for s in kb.regimens}}
    assert {page: [s.text for s in box.emergency[:3]] for page, box in boxes.items() if
            [s.text for s in box.emergency[:3]] != first} == {}


@pytest.mark.parametrize(("page", "sign"), [
    ("regimens/folfox-colorectal", "Diarrhea 4 or more times in a day"),  # chemo that lowers white cells
    ("drugs/pembrolizumab", "Diarrhea 4 or more times in a day, on immunotherapy"),
])
def test_the_box_gives_the_treatments_own_threshold_not_a_later_general_one(kb, page: str, sign: str) -> None:  # noqa: ANN001
    """On chemo the rules call at 4 stools a day; a box saying "seven or more" would tell the reader to wait longer."""
    kind, slug = page.split("/")
    box = (drug_context if kind == "drugs" else regimen_context)(kb, slug).when_to_call
    diarrhea = [s.text for s in box.call_now if "diarrhea" in s.text.lower() or "extra stools" in s.text.lower()]
    assert diarrhea == [sign], diarrhea


def test_every_box_sign_at_a_level_is_one_for_the_treatments_own_risk_where_there_is_one(kb) -> None:  # noqa: ANN001
    for slug, drug in kb.drugs.items():
        risks = kb.risks([slug])
        shown = {(s.symptom, s.level): s.sign for s in call_signs(kb.triage, risks, drug.by_drip)}
        for name, body in kb.triage.symptoms.items():
            own = {(r.level, sign) for r in body.rules if r.risk in risks and r.sign and r.unless_risk not in risks
                   and (drug.by_drip or not r.drip_only) for sign in (r.sign, r.sign_without_drip) if sign}
            for level in {level for level, _ in own} & {Level.emergency, Level.call_now}:
                assert (level, shown[(name, level)]) in own, (slug, name, shown[(name, level)])
