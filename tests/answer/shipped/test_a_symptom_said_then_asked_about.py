"""A symptom someone says they have, followed by a question about it ("I have chest pain, should I call 911?",
"my leg is swollen and red, should I worry?"), is happening now: the question does not make it general. The same
words asked in general, as a what-if, or about an earlier treatment stay calm."""

import pytest

from oncoguide.answer import symptoms
from oncoguide.model.triage import URGENT, Level


@pytest.mark.parametrize(("question", "key", "level"), [
    ("I have chest pain, should I call 911", "chest_pain", Level.emergency),
    ("I have chest pain, is it a side effect of 5-FU", "chest_pain", Level.emergency),
    ("my leg is swollen and red, should I worry", "leg_swelling", Level.call_now),
    ("I have a fever of 39, what does it mean", "fever", Level.call_now),
    ("my stools are black, is it a side effect of my chemo", "black_stools", Level.call_now),
    ("my face is drooping on one side, is it a side effect", "stroke_signs", Level.emergency),
    ("my husband has a temperature of 38.5, when should I call", "fever", Level.call_now),
    ("I have diarrhea 8 times a day, how common is that on irinotecan", "diarrhea", Level.call_now),
    ("my friend is having chest pain", "chest_pain", Level.emergency),
    ("my husband says his chest hurts", "chest_pain", Level.emergency),
])
def test_a_symptom_said_then_asked_about_is_happening_now(kb, question, key, level) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is not None and (found.key, found.result.level) == (key, level)


@pytest.mark.parametrize("question", [
    "if I have chest pain should I call 911",
    "what should I do if I get a fever at night",
    "what does it mean if my stool is black",
    "would a headache be a sign of a stroke",
    "can severe pain be a sign my cancer is growing",
    "my husband had chest pain during his last infusion, should they slow it down next time",
    "I fainted at my last blood draw, how can I avoid that",
    "my mom had a fever after her first cycle, will it happen again",
    "my pain was 9 out of 10 before surgery but now it's 2",
    "my diarrhea from last cycle is gone, should I still take Imodium before the next one",
    "my father is confused about his pill schedule, is there an app",
    "my wife gets short of breath when she walks to the mailbox, is that the anemia",
    "my doctor says chest pain can be a side effect of 5-FU, is that true",
    "my oncologist said bleeding is a risk with Avastin, how common is it",
    "my nurse told me a fever over 38 means I should call, is that right",
    "I read that Keytruda can cause confusion, is that true",
    "my friend had a seizure on chemo, can that happen to me",
    "I have a question about fever on FOLFOX",
    "my husband is worried about getting a fever, what thermometer should we buy",
    "my leg swelling from lymphedema is the same as always, any tips",
])
def test_the_same_words_asked_in_general_or_about_before_stay_calm(kb, question) -> None:  # noqa: ANN001
    found = symptoms.find(kb, question, [])
    assert found is None or found.result.level not in URGENT
