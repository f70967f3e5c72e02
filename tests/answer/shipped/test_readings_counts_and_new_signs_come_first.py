"""An urgent symptom typed in a hurry, given as a reading or a count, or named on a drug that makes it urgent, puts the
urgent notice first, with the reason of the rule that decided (content/triage.yaml, answer/symptoms.py). The same
words asked as information, a supposed reading, a past cycle or a small count do not. Each urgent row got no urgent
notice before these rules and phrases; each calm row got one."""

import pytest

E, NOW = "emergency", "call_now"


def first(composer, question: str) -> tuple[str, str]:  # noqa: ANN001
    answer = composer.answer(question)
    return (answer.notices[0].level, answer.notices[0].text) if answer.notices else ("none", "")


@pytest.mark.parametrize(("question", "level", "reason"), [
    ("temp38.9 after my FOLFOX", NOW, "37.5"),                                 # a word run into the number
    ("mum's gone pale and clammy and her temp is 35.2, chemo was last week", NOW, "below 36.0"),  # "gone pale" is no "gone"
    ("I'm on dexamethasone and chemo and my temp is 38.1", NOW, "white cells"),  # chemo named beside a steroid
    ("is it normal to have a temperature of 38.4 the day after my Neulasta? had chemo monday", NOW, "37.5"),  # a reading
    ("diarrhoea 5 times since this morning, I'm on FOLFIRI", NOW, "infection"),     # Cancer Research UK: 4 a day
    ("4 watery stools today on Keytruda", NOW, "colitis"),                         # immunotherapy: 4 a day
    ("my glucose is 22 mmol/L on prednisolone and I keep vomiting", NOW, "acid in the blood"),  # HSE hyperglycaemia
    ("sugar reading 350 on dex and I'm really sleepy", NOW, "acid in the blood"),
    ("suddenly seeing double since this morning, on Yervoy", NOW, "Double vision"),
    ("I can't say a whole sentence without stopping, my breathing is so bad", E, "not getting enough air"),
    ("my chest aches and I feel sick", E, "heart attack"),
    ("my heart keeps skipping beats", NOW, "heartbeat"),
    ("mum is struggling to find her words since lunch", E, "stroke"),
    ("he's writing gibberish in his texts", E, "confusion"),
    ("she went rigid and then started jerking", E, "seizure"),
    ("coughed up what looked like half a cup of blood", E, "Heavy bleeding"),
    ("my lips feel thick and tingly, just had my paclitaxel", E, "allergic reaction"),
])
def test_an_urgent_symptom_gets_the_urgent_notice_and_its_reason(composer, question, level, reason) -> None:  # noqa: ANN001
    got, text = first(composer, question)
    assert got == level and reason.lower() in text.lower(), (got, text)


@pytest.mark.parametrize("question", [
    "how do I convert my thermometer reading from celsius to fahrenheit",
    "what is 37.5 in fahrenheit, my thermometer only does F",                  # a unit asked, not a reading
    "how many watery stools should I phone about on Keytruda",
    "I had a temperature of 38.5 after my flu jab three years ago, now I'm on chemo, should I have it this year",
    "my worst diarrhoea was in cycle 2, now I'm on cycle 6 and fine",
    "had runny stools twice today on Verzenio, is that ok",                     # a small count, said in a word
    "why do I get short of breath when I'm walking the dog",                    # a pattern: "when I'm" as "when I"
])
def test_the_same_words_asked_calmly_get_no_urgent_notice(composer, question) -> None:  # noqa: ANN001
    assert first(composer, question)[0] not in (E, NOW)


@pytest.mark.parametrize("question", [
    "should I ring the team if my temp is 37.6?",                               # a reading supposed, not taken
    "is a bruise from the blood test normal on Imbruvica",
    "can I take loperamide for diarrhoea on Keytruda",                          # the count it waits on is not said
    "what's a normal blood glucose in mmol/L on dexamethasone",
    "my sugar was 9 mmol/L after the dex, is that ok",
    "my dad was stiff with cold and shaking after the walk yesterday",
    "why do I get double vision when I'm tired",                                # the new rule keeps the pattern reading
])
def test_the_new_phrases_and_rules_reach_no_calm_question(composer, question) -> None:  # noqa: ANN001
    # guards: calm before these rules too; each would turn urgent if a new phrase or rule reached too far
    assert first(composer, question)[0] not in (E, NOW)


@pytest.mark.parametrize("question", ["my temp is 101, what is that in celsius", "temp 38.4 what is that in F"])
def test_a_reading_with_its_unit_asked_still_alarms(composer, question) -> None:  # noqa: ANN001
    # a guard of the unit-question rule above: a reading said with it is still someone's temperature
    assert first(composer, question)[0] == NOW


def test_diarrhea_four_to_six_times_stays_a_call_today_on_a_drug_without_those_risks(composer) -> None:  # noqa: ANN001
    # a guard too: tamoxifen neither lowers white cells nor is immunotherapy, so CTCAE's moderate diarrhea, a call today
    assert first(composer, "I've had diarrhea 5 times today on tamoxifen")[0] == "symptom"
