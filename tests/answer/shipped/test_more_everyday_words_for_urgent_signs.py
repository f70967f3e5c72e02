"""More everyday wordings of urgent signs reach their rule, and the same words asked calmly stay calm: found by
writing new dev questions (benchmarks/emergency_dev_questions.yaml, the emerg19 lines)."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import URGENT, Level


@pytest.mark.parametrize(("question", "key", "level"), [
    ("my poop is jet black and I feel woozy", "black_stools", Level.emergency),     # black stools, feeling faint
    ("my stools are pitch black", "black_stools", Level.call_now),
    ("my lips and tongue started swelling after my Erbitux", "allergic_reaction", Level.emergency),
    ("my throat and tongue feel swollen", "allergic_reaction", Level.emergency),
    ("he's been really drowsy and mixed up since this afternoon", "confusion", Level.emergency),
    ("mom is talking nonsense tonight", "confusion", Level.emergency),
    ("I can barely breathe when I lie down tonight", "shortness_of_breath", Level.emergency),
    ("why can't I breathe", "shortness_of_breath", Level.emergency),
    ("my husband keeps groaning in pain and nothing helps", "pain", Level.call_now),
    ("I feel like I'm suffocating", "shortness_of_breath", Level.emergency),
    ("my chest is on fire and my left arm is numb", "chest_pain", Level.emergency),
    ("he's not making any sense and keeps falling asleep", "confusion", Level.emergency),
    ("my dad is seeing things that aren't there and is agitated", "confusion", Level.emergency),
    ("I'm peeing pure blood", "bleeding", Level.emergency),
    ("my calf has been throbbing and is swollen since yesterday", "leg_swelling", Level.call_now),
    ("my arm with the port is puffy and purple", "leg_swelling", Level.call_now),
    ("I haven't had a wee since yesterday", "little_urine", Level.call_now),
    ("my pee is the color of cola", "little_urine", Level.call_now),
    ("my wife is unconscious", "fainting", Level.emergency),
    ("I feel like my heart is going to explode", "heartbeat", Level.call_now),  # NHS: 999 only with chest pain, breathlessness, faint
    ("she's burning hot to the touch and on chemo", "fever", Level.call_now),
    ("my teeth are chattering and I can't get warm, had chemo 5 days ago", "fever", Level.call_now),
    ("I'm having rigors after my infusion", "fever", Level.call_now),
    ("I can't get him to wake up properly", "fainting", Level.emergency),
    ("my right leg is way bigger than my left and hurts", "leg_swelling", Level.call_now),
    ("my mouth and throat are so sore I can't even drink water", "mouth_sores", Level.call_now),
    ("my vision suddenly went dark in one eye", "stroke_signs", Level.emergency),
    ("my speech is all jumbled", "stroke_signs", Level.emergency),
    ("my poop is pure blood", "black_stools", Level.emergency),  # a lot of blood: NHS 999
])
def test_an_everyday_wording_reaches_its_rule(kb, question, key, level) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == (key, level)


@pytest.mark.parametrize("question", [
    "how can I tell a bad headache from a stroke",
    "I got my pills mixed up this morning, what do I do",
    "my black stools from last week cleared up, do I need a test",
    "why do I get short of breath climbing stairs since chemo",
    "my arm is swollen since my mastectomy last year, what can help lymphedema",
    "can chemo make you feel like you're suffocating",
    "is hallucinating a side effect of opioids",
    "why do my teeth chatter after the infusion",
    "does Taxol cause rigors",
    "why do I get fevers every night",
])
def test_the_same_words_asked_calmly_are_no_alarm(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is None or found.result.level not in URGENT
