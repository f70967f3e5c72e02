"""A question that first tells a story ("he is good risk", "the choice is the pills or ...", "she is allergic to
...") and asks last is read by what it asks, so the answer reaches the line of the named page that holds it: whether
fewer cycles are enough, what to worry about on a trip, how the drug did in its study, whether an allergy matters,
which test decides who gets the drug, whether watching a small tumor is a real choice. A risk group ("good risk") is
no risk asked. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "said"), [
    # fewer cycles asked as "enough": the plan's length line says three did as well as four
    ("his testicular cancer is good risk and he gets 3 cycles of BEP, not 4. are 3 cycles enough?", "as well as four"),
    # a worry about something planned: the plan's clot risk
    ("my wife takes revlimid and dex for myeloma. we have a long car trip coming. is there anything on the drive "
     "she should worry about?", "clot"),
    # how the drug did in its study, asked as "kept it under control longer"
    ("my mom is 70 with cll and is choosing between brukinsa pills and br. in the study, did brukinsa keep the cll "
     "under control longer?", "85.5%"),
    # "it depends on a blood test": who the drug is for, by that test
    ("they said cyramza for her liver cancer depends on a lab number. which number is it?", "400"),
    # a tumor on an organ is that organ's cancer, and "a real option" asks about a treatment choice
    ("a 3 cm tumor was found on my uncle's kidney. they could watch it with scans. is that a real option?",
     "active surveillance"),
])
def test_the_answer_holds_the_line_asked(composer, question: str, said: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    shown = " ".join(i.text for i in answer.cited()).lower()
    assert said in shown, [i.text[:80] for i in answer.cited()]


@pytest.mark.parametrize("question", [
    "i am allergic to red meat after a tick bite. my doctor wants to start erbitux. is that ok?",
    "my husband has a lot of allergies. his doctor plans erbitux for his colon cancer. is that a problem?",
])
def test_an_allergy_told_leads_with_the_drugs_allergic_reactions(first_line, question: str) -> None:  # noqa: ANN001
    line = first_line(question)
    assert "reaction" in line, line


def test_a_risk_group_is_no_risk_asked(kb) -> None:  # noqa: ANN001
    q = understand(kb, "my dad has good risk testicular cancer. how many cycles of bep will he get?")
    assert "serious" not in q.intents and "duration" in q.intents


def test_keeping_the_cancer_under_control_is_no_storage(kb) -> None:  # noqa: ANN001
    q = understand(kb, "did imbruvica keep the cll under control longer than the chemo?")
    assert "storage" not in q.intents

