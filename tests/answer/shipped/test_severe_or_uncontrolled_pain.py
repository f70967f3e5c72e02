"""Pain that is severe (7 or more out of 10, or too bad to care for yourself), that came on suddenly and bad, or that
pain medicine does not ease, means "call your care team now" (CTCAE v5.0 Pain grade 3; Seattle Cancer Care Alliance:
new or uncontrolled pain). Pain in the chest, belly, head or a back with numb legs keeps its own rule, and everyday
pain questions get no alarm."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import URGENT, Level


@pytest.mark.parametrize("question", [
    "my hip pain is a 9 out of 10 tonight",
    "pain 8/10 since this morning and I'm on Xtandi",
    "the oxycodone isn't doing anything for my bone pain",
    "my wife's pain pills have stopped working",
    "I'm still hurting even after my morphine",
    "the pain in my leg is unbearable",
    "my father is in agony and crying from the pain",
    "all of a sudden I got a terrible pain in my side",
    "I can't get out of bed because of the pain",
    "my shoulder hurts so much I can barely sleep or move",
])
def test_severe_sudden_or_unrelieved_pain_means_call_now(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and found.key == "pain"
    assert found.result.level == Level.call_now


@pytest.mark.parametrize(("question", "reason"), [
    ("the morphine is not helping my pain at all", "pain medicine does not ease"),
    ("my knee pain is 10 out of 10", "7 or more out of 10"),
])
def test_the_reason_is_what_the_person_said(kb, question, reason) -> None:  # noqa: ANN001
    # Both reasons are call now: a question the person never answered must not put the other reason first.
    found = symptoms.find(kb, question, [])
    assert found is not None and found.key == "pain"
    assert reason in found.result.reason and not found.result.assumed


@pytest.mark.parametrize(("question", "symptom", "level"), [
    ("I have crushing chest pain, the worst pain I've had", "chest_pain", Level.emergency),
    ("the pain in my stomach is unbearable", "belly_pain", Level.call_now),
    ("sudden terrible back pain and my legs went numb", "spinal_cord", Level.call_now),
    ("my mom has the worst headache of her life", "headache", Level.emergency),
])
def test_pain_with_a_rule_of_its_own_keeps_that_rule(kb, question, symptom, level) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == (symptom, level)


@pytest.mark.parametrize("question", [
    "which pill helps a little ache in my joints on Arimidex",
    "is aching in the bones common after Neulasta",
    "can Zometa cause severe bone pain",
    "what should I do if my pain medicine stops working someday",
    "how do doctors measure pain out of 10",
    "my pain was 8 out of 10 last month after surgery",
    "I take 10 mg of oxycodone for my pain",
    "is constipation a side effect of morphine",
])
def test_everyday_pain_questions_get_no_alarm(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not answer.notices or answer.notices[0].level not in URGENT
