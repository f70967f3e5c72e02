"""Red or pink urine: the drug's own color on doxorubicin or daunorubicin (next visit), possible blood on anything
else, or with no drug named (call now). OncoLink: doxorubicin colors urine orange or red for 1-2 days, which is not
blood, but call if it lasts over 2 days or passing urine hurts; on cyclophosphamide or ifosfamide pink or red urine is a
call right away. Leeds Teaching Hospitals: blood in the urine on chemo is a call straight away.
Before, "my pee is bright red" had no notice at all, whatever the drug."""

import pytest

from oncoguide.model.triage import Level, Risk, call_signs, triage


@pytest.mark.parametrize(("question", "headline", "reason"), [
    ("my pee is bright red", "Call your care team now", "Red or pink urine can be blood"),
    ("my wee has gone pink since my cyclophosphamide", "Call your care team now", "Red or pink urine can be blood"),
    ("urine turned red today, I'm on ifosfamide", "Call your care team now", "Red or pink urine can be blood"),
    ("my pee is red tonight, I had doxorubicin this morning", "Tell your care team at your next visit", "doxorubicin, are red"),
    ("why is my urine red after my daunorubicin", "Tell your care team at your next visit", "doxorubicin, are red"),
    # on the drug that colors urine, what the color cannot explain still calls now
    ("my urine has been red for 4 days, I had Adriamycin on monday", "Call your care team now", "may be blood and not the drug's color"),
    ("peeing red and it burns, had doxorubicin", "Call your care team now", "may be blood and not the drug's color"),
])
def test_red_urine(composer, question, headline, reason) -> None:  # noqa: ANN001
    notice = composer.answer(question).notices[0]
    assert notice.text.startswith(headline) and reason in notice.text, (question, notice.text)


def test_the_rule_and_the_page_boxes(kb) -> None:  # noqa: ANN001
    colours = kb.risks(["doxorubicin"])
    assert Risk.colours_urine_red in colours and Risk.colours_urine_red not in kb.risks(["cyclophosphamide"])
    assert triage(kb.triage, "red_urine", {}, colours).level == Level.next_visit
    assert triage(kb.triage, "red_urine", {"bladder_signs": "yes"}, colours).level == Level.call_now
    assert triage(kb.triage, "red_urine", {}, kb.risks(["cyclophosphamide"])).level == Level.call_now
    box = {s.symptom: s.sign for s in call_signs(kb.triage, kb.risks(["cyclophosphamide"]))}
    assert "can be blood" in box["red_urine"]
    box = {s.symptom: s.sign for s in call_signs(kb.triage, colours)}
    assert "clots" in box["red_urine"]  # on doxorubicin the box names what the drug's color cannot explain
