"""On ivosidenib (Tibsovo § 5.3 warns of Guillain-Barré syndrome), new weakness, numbness or tingling is a call now,
as the drug page says; on other drugs, or with none named, tingling keeps its CTCAE level (chemo nerve damage is
common). Before, the page said "call right away" while the rules said "next visit"."""

import pytest

from oncoguide.model.triage import URGENT, Level, call_signs, triage


def test_the_page_and_the_rule_agree_on_ivosidenib(kb) -> None:  # noqa: ANN001
    risks = kb.risks(["ivosidenib"])
    assert triage(kb.triage, "numbness", {}, risks).level == Level.call_now
    page = [e for e in kb.drugs["ivosidenib"].serious_side_effects if e.term == "Guillain-Barre syndrome"]
    assert page and page[0].call_now and "right away" in page[0].text
    assert any(s.symptom == "numbness" and s.level == Level.call_now for s in call_signs(kb.triage, risks))
    assert not any(s.symptom == "numbness" for s in call_signs(kb.triage, kb.risks(["oxaliplatin"])))


@pytest.mark.parametrize(("question", "urgent"), [
    ("my feet have started tingling, I'm on Tibsovo", True),
    ("new numbness in my hands on ivosidenib", True),
    ("my feet have started tingling, I'm on oxaliplatin", False),
    ("my feet have started tingling", False),
])
def test_tingling(composer, question, urgent) -> None:  # noqa: ANN001
    notice = composer.answer(question).notices[0]
    assert (notice.level in {lv.value for lv in URGENT}) == urgent, (question, notice.text)
    if urgent:
        assert "Guillain-Barré" in notice.text
