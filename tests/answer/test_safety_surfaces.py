"""One engine, three surfaces: the page box, `ask` and the tracker agree on a fever on every shipped regimen, and on
the level of every sign a page box lists."""


import pytest
from shippedkb import shipped_composer, shipped_kb

from oncoguide.model.triage import Level, Rule, least_level, triage
from oncoguide.site.cite import PageRefs
from oncoguide.site.context import drug_context, regimen_context, when_to_call


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


def _as_answers(rule: Rule) -> dict[str, str]:
    """What a person says when they report exactly the sign of this rule ("yes", or the number at its line)."""
    said = {}
    for key, want in rule.when.items():
        base = next((key.removesuffix(s) for s in ("_at_least", "_below") if key.endswith(s)), key)
        said[base] = ("yes" if want else "no") if isinstance(want, bool) else str(want - 0.1 if key.endswith("_below") else want)
    return said


def test_each_sign_in_a_page_box_gets_its_level_when_the_person_reports_it(kb) -> None:  # noqa: ANN001
    """The box and the answers read one engine: reporting just a sign the box lists under 911 (or call now) gets
    911 (or call now) from the rules the tracker and `ask` use, on every drug and plan page, pill or drip."""
    worded = {w: (name, rule) for name, body in kb.triage.symptoms.items() for rule in body.rules
              for w in (rule.sign, rule.sign_without_drip) if w}
    pages = [(drug_context(kb, s), [s]) for s in kb.drugs] + [(regimen_context(kb, s), g.drugs) for s, g in kb.regimens.items()]
    for page, drugs in pages:
        box, risks = page.when_to_call, kb.risks(drugs)
        for level, signs in ((Level.emergency, box.emergency), (Level.call_now, box.call_now)):
            for sign in signs:
                name, rule = worded[sign.text]
                assert least_level(kb.triage, name, _as_answers(rule), risks) == level, (page.slug, sign.text)


@pytest.mark.parametrize("question", ["I'm on Tasigna and my lips and tongue are swelling",
                                      "my throat is closing up since I started nilotinib capsules"])
def test_an_allergic_reaction_on_a_pill_is_911_in_the_answer_as_in_the_box(kb, question: str) -> None:  # noqa: ANN001
    box = drug_context(kb, "nilotinib").when_to_call
    assert any(s.text.startswith("Swelling of the lips, tongue or throat") for s in box.emergency)
    assert shipped_composer().answer(question).notices[0].level == "emergency"
