"""The shipped symptom rules safe27 added or widened: each level, reason and source is pinned, so a change to who to
call, or how soon, fails here. The words come from safe27's blind batch (sight gone from one eye, vomit like coffee
grounds, black or maroon poo in lay words, a nosebleed still going, a very high blood pressure reading, faints on
standing, a first fit, pain the usual medicine does not touch) and the calm questions that share their words."""

import pytest
from shippedkb import shipped_composer

from oncoguide.model.triage import Level, call_signs, triage


def _sources(result) -> list[str]:  # noqa: ANN001
    return [c.source for c in result.cite]


@pytest.mark.parametrize(("text", "symptom"), [
    ("cant see out of my right eye all of a sudden", "stroke_signs"),
    ("a grey shadow creeping across her left eye", "stroke_signs"),
    ("the vision in one eye is just gone", "stroke_signs"),
    ("he has lost the sight in his left eye", "stroke_signs"),
    ("just been sick and it looks like used coffee", "bleeding"),
    ("coffee grounds in her vomit", "bleeding"),
    ("thrown up twice and there's blood in it", "bleeding"),
    ("he vomited what looked like a mugful of red blood", "bleeding"),
    ("my poo has gone black and sticky like tar", "black_stools"),
    ("his stool came out a dark purply red like red wine", "black_stools"),
    ("the toilet bowl was full of dark red blood", "black_stools"),
    ("my bp machine says 192/118", "high_blood_pressure"),
    ("blood pressure is 165 over 124", "high_blood_pressure"),
    ("every time i stand up i black out", "fainting"),
    ("so sleepy we can barely rouse him", "fainting"),
    ("she just had her first ever fit", "seizure"),
    ("the pain in my back is still unbearable", "pain"),
])
def test_new_words_name_their_symptom(rules, text, symptom) -> None:  # noqa: ANN001
    assert rules.symptoms[symptom].named_in(text), (text, symptom)


@pytest.mark.parametrize(("text", "symptom"), [
    ("i've been vomiting since my blood test", "bleeding"),      # a blood test, not blood thrown up
    ("threw up after my blood transfusion", "bleeding"),
    ("i drank a lot of coffee and feel a bit sick", "bleeding"),  # coffee drunk, not vomit like coffee grounds
    ("my poo has been normal, not black", "black_stools"),
    ("my blood pressure was 135/85", "high_blood_pressure"),
    ("should he be on seizure tablets like keppra", "seizure"),  # a medicine, not a fit
    ("she had a fit of coughing", "seizure"),
    ("what do i do if i black out", "fainting"),
])
def test_everyday_words_stay_unnamed(rules, text, symptom) -> None:  # noqa: ANN001
    assert not rules.symptoms[symptom].named_in(text), (text, symptom)


def test_a_very_high_blood_pressure_is_a_call_now_from_the_heart_association(rules) -> None:  # noqa: ANN001
    # AHA: 180/120 or higher, contact the team as soon as possible; 911 with chest pain, breathlessness, weakness...
    result = triage(rules, "high_blood_pressure", {}, frozenset())
    assert result.level == Level.call_now
    assert "180" in result.reason and "120" in result.reason and "911" in result.reason and "sight" in result.reason
    assert _sources(result) == ["aha-hypertensive-crisis"]


def test_the_blood_pressure_sign_is_boxed_only_where_a_drug_raises_it(rules) -> None:  # noqa: ANN001
    def boxed(effects: tuple[str, ...]) -> bool:
        return any(s.symptom == "high_blood_pressure" for s in call_signs(rules, frozenset(), effects=effects))
    assert boxed(("hypertension", "diarrhea")) and not boxed(("nausea", "fatigue"))


@pytest.mark.parametrize(("question", "level", "reason"), [
    ("cant see out of my right eye all of a sudden, like a blind came down, im on tamoxifen", "emergency", "trouble seeing"),
    ("woke up and the vision in one eye is just gone, had my avastin last week", "emergency", "trouble seeing"),
    ("just been sick and its full of dark brown bits like used coffee", "call_now", "throw up"),
    ("he just vomited what looked like a mugful of red blood", "emergency", "Heavy bleeding"),
    ("thrown up twice now and theres blood in it both times, on warfarin and feel lightheaded", "emergency", "Heavy bleeding"),
    ("my poo has gone black and sticky like road tar, im on chemo", "call_now", "Black, tarry"),
    ("dads stool came out dark purply red like red wine and he looks pale and sweaty", "emergency", "feel faint"),
    ("my sons nose started bleeding at dinner and its still going 15 minutes later", "emergency", "10 to 15 minutes"),
    ("pounding headache and my bp machine says 192/118, im on lenvatinib", "call_now", "180 or more"),
    ("every time i stand up i black out, im having chemo", "emergency", "Fainting"),
    ("dad has had the runs for 4 days and now we can barely rouse him", "emergency", "Fainting"),
    ("mum has brain mets and just had her first ever fit, she's coming round now", "emergency", "seizure"),
    ("took my oramorph twice and the pain in my back is still unbearable", "call_now", "7 or more"),
])
def test_the_answer_leads_with_the_rule(question, level, reason) -> None:
    notice = shipped_composer().answer(question).notices[0]
    assert notice.level == level and reason in notice.text, notice.text


@pytest.mark.parametrize("question", [
    "what do they mean by maroon stools in my chemo leaflet",               # a word asked about
    "my brother has a brain tumour, should he be on seizure tablets like keppra",
    "what should I do if my wife has a seizure at home, she has a glioma, I just want a plan ready",  # "just" softens
    "bumped my head on the car door last week, no problems since and my platelets were normal, do I need to mention it",
    "what does coffee ground vomit mean, the nurse mentioned it at my chemo teaching session",
])
def test_calm_questions_get_no_urgent_notice(question) -> None:
    notices = shipped_composer().answer(question).notices
    assert not notices or notices[0].level not in ("emergency", "call_now"), notices[0].text
