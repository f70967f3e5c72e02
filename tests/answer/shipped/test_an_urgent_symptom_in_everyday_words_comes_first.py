"""An emergency typed in everyday words puts the urgent notice first; a question about the same symptom in general
does not (content/triage.yaml `phrases`, src/oncoguide/answer/symptoms.py). Each row is a wording that got no
urgent notice before. A question left unanswered counts toward the more urgent
level, except a sign that makes it 911 only when present: a swollen calf or bloody stools said alone is a call to the
team now, whose reason says when to call 911 instead."""

import pytest

E, NOW = "emergency", "call_now"


def first_level(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    return answer.notices[0].level if answer.notices else "none"


@pytest.mark.parametrize(("question", "level"), [
    ("my chest feels really heavy", E),                                     # chest pain said as a feeling
    ("it's like a weight pressing on my chest", E),
    ("my son is wheezing badly", E),                                        # breathing
    ("she says she can't get air in", E),
    ("his lips are going blue", E),
    ("grandpa is struggling for breath", E),
    ("my throat feels so tight after the drip", E),                         # allergic reaction
    ("the dressing on my arm is soaked through with blood", E),             # bleeding
    ("blood is dripping from my gums", E),
    ("he coughed up a lot of blood", E),
    ("there are clots in my urine", NOW),                                  # NHS: blood in urine or phlegm is an
    ("there is blood in her phlegm", NOW),                                 # urgent call; 999 for a lot of blood
    ("I pooped blood twice", NOW),                                            # bloody stools
    ("my stools are maroon coloured", NOW),
    ("her right side is suddenly limp", E),                                 # stroke signs
    ("my dad's smile looks lopsided", E),
    ("my aunt is delirious", E),                                            # confusion
    ("she doesn't recognise me", E),
    ("my brother won't wake up", E),                                        # fainting
    ("I've been puking for hours", NOW),                                    # vomiting, fluids
    ("she couldn't hold any water down", NOW),
    ("he hasn't been able to drink any water for two days", NOW),
    ("my ankle and calf are suddenly swollen", NOW),                        # a swollen leg
    ("my right calf is much bigger than my left", NOW),
    ("my back aches and my legs gave way", NOW),                            # spinal cord pressure
    ("I can't pee since last night", NOW),                                  # no urine
    ("I've barely urinated today", NOW),
    ("he hasn't been peeing much at all", NOW),
    ("my tongue is covered in ulcers", NOW),                                # mouth sores
    ("a terrible cramping pain low in my tummy", NOW),                      # belly pain
])
def test_an_emergency_in_everyday_words_gets_the_urgent_notice_first(composer, question, level) -> None:  # noqa: ANN001
    assert first_level(composer, question) == level


@pytest.mark.parametrize("question", [
    "how should I prevent mouth sores on chemo",          # self-care asked in general
    "how can I ease nausea after my infusion",
    "how do I keep fluids down when I am nauseous",
    "how do I read my temperature on a digital thermometer",
    "can I take paracetamol for a fever on chemo",        # a symptom named as what a medicine is for
    "can radiation make my chest feel tight",             # what a treatment can do (guards the new phrases)
    "my pee is reddish after doxorubicin, is that normal",  # the drug's colour, which the pages answer
])
def test_a_question_about_a_symptom_in_general_gets_no_urgent_notice(composer, question) -> None:  # noqa: ANN001
    assert first_level(composer, question) not in (E, NOW)
