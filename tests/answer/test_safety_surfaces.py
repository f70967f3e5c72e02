"""One engine, three surfaces: for every shipped regimen, the page box, `ask` and the tracker agree on a fever."""


import pytest
from shippedkb import shipped_composer, shipped_kb

from oncoguide.model.triage import Level, triage
from oncoguide.site.cite import PageRefs
from oncoguide.site.context import when_to_call


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


def test_fever_level_is_the_same_on_every_surface(kb) -> None:  # noqa: ANN001
    composer = shipped_composer()
    for regimen in kb.regimens.values():
        tracker = triage(kb.triage, "fever", {"temperature": "38.3", "unit": "C"}, kb.risks(regimen.drugs)).level
        box = when_to_call(kb, PageRefs(kb), regimen.drugs)
        page_says_call_now = box.fever_line and any("37.5 °C (99.5 °F)" in s.text for s in box.call_now)
        drug = kb.drugs[regimen.drugs[0]].generic_name
        asked = composer.answer(f"I'm on {drug} and my temperature is 38.3 C").notices[0]
        assert (tracker == Level.call_now) == page_says_call_now, regimen.slug
        if len(regimen.drugs) == 1:  # `ask` names one drug: it must agree with the tracker for that drug
            assert asked.level == ("call_now" if tracker == Level.call_now else "symptom"), regimen.slug


def test_every_page_box_names_emergency_signs_first(kb) -> None:  # noqa: ANN001
    for regimen in kb.regimens.values():
        box = when_to_call(kb, PageRefs(kb), regimen.drugs)
        texts = " ".join(s.text for s in box.emergency).lower()
        assert "chest pain" in texts and "stroke" in texts and "bleeding" in texts and "breath" in texts, regimen.slug
