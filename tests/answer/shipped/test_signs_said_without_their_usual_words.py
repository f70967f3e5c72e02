"""Urgent signs said the way carers put them, without the words the rules listed (safe24's round).

Chest pain felt as indigestion or heartburn with sweating or pain into the jaw (NHS "Heart attack": 999); a person
who is "not herself" on chemo, or hot to touch (Lymphoma Action, Blood Cancer UK: sepsis need not bring a fever);
"muddled" said of someone (new confusion); barely peeing or barely drinking; an arm swollen to twice the size; a fall
followed by drowsiness or a worse headache (a knock to the head); not able to put weight on a leg after a fall (NHS
"Hip fracture": 999); a curtain over the sight. Each got no urgent notice before."""

import pytest

from oncoguide.model.triage import URGENT


@pytest.mark.parametrize(("question", "headline", "reason"), [
    ("it feels like indigestion but I'm sweating buckets and it's going down my left arm", "Call 911", "heart attack"),
    ("heartburn since lunch and now my jaw aches too, on FOLFOX", "Call 911", "heart attack"),
    ("dad says there's a pressure in the middle of his chest", "Call 911", "heart attack"),
    ("my husband isn't himself since this morning and he had his docetaxel on friday", "Call your care team now",
     "feeling unwell"),
    ("her forehead is hot to touch and she had chemo on the 2nd", "Call your care team now", "37.5"),
    ("she's drowsy and muddled this evening, on capecitabine", "Call 911", "confusion"),
    ("I've been hardly weeing since my first dose of obinutuzumab", "Call your care team now", "little or no urine"),
    ("she has hardly drunk anything since the weekend", "Call your care team now", "dry you out"),
    ("his arm with the port line looks double the size this evening", "Call your care team now", "blood clot"),
    ("mum tripped on the stairs this morning and now she's drowsy, she takes apixaban", "Call 911", "blood thinner"),
    ("he had a fall in the garden and can't put weight on his leg, he has prostate cancer in his bones", "Call 911",
     "broken hip"),
    ("there's a grey shadow coming over part of my vision in one eye", "Call 911", "trouble seeing"),
])
def test_urgent(composer, question, headline, reason) -> None:  # noqa: ANN001
    notice = composer.answer(question).notices[0]
    assert notice.text.startswith(headline) and reason in notice.text, (question, notice.text)


@pytest.mark.parametrize("question", [
    "I get heartburn after big meals, is omeprazole ok with my chemo",
    "what's the difference between heartburn and heart pain",
    "how do I check my temperature, what thermometer should we buy to check her temperature",
    "what should I have at home to take my temperature during treatment",
    "the bruise on my arm from the fall two weeks ago is fading now and going green",
    "how do I inject clexane without bleeding",
    "I get a bit muddled with all my tablets, is there an app",
    "how much should I drink on chemo days",
    "can I put weight on my leg after the bone scan",
])
def test_no_alarm(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not (answer.notices and answer.notices[0].level in {lv.value for lv in URGENT}), (question, answer.notices)
