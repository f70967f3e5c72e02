"""The shipped symptom rules safe26 added or widened: each level, reason and source is pinned, so a change to who to
call, or how soon, fails here. The words come from safe26's blind batch (a central line, PICC or port, a drip that
burns, tumour lysis after a first dose, blood when passing urine, immunotherapy, quick weight gain on a drug that can
weaken the heart) and the calm questions that share their words."""

import pytest
from shippedkb import shipped_composer

from oncoguide.model.triage import Level, Risk, call_signs, triage


def _sources(result) -> list[str]:  # noqa: ANN001
    return [c.source for c in result.cite]


@pytest.mark.parametrize(("text", "symptom"), [
    ("the skin around his hickman is red and weeping", "iv_site"),
    ("his port looks puffy and hot", "iv_site"),
    ("she started shivering after they flushed her picc", "iv_site"),
    ("the end of my central line is cracked and wet", "iv_site"),
    ("there is pus round the picc", "iv_site"),
    ("my cannula is stinging and my hand is puffing up", "iv_site"),
    ("the arm where they put the chemo in is red and sore", "iv_site"),
    ("hardly any wee since this morning", "little_urine"),
    ("he's weed barely anything since lunch", "little_urine"),
    ("halfway through the infusion my wrist started to burn", "iv_site"),
    ("he has only peed once all day", "little_urine"),
    ("blood clots when i urine", "bleeding"),  # `ask` reads "pee" as "urine"
    ("my chest feels really sore", "chest_pain"),
    ("pulse is 140 sitting down", "heartbeat"),
    ("i get puffed out getting dressed", "shortness_of_breath"),
    ("so parched and weeing all the time", "thirst"),
    ("drinking 4 litres a day and still going for a wee every hour", "thirst"),
    ("he's muddled and sleepy", "confusion"),
    ("put on 3 kg in 2 days", "weight_gain"),
    ("my weight has gone up 5 lbs in 3 days", "weight_gain"),
    ("no temperature but i feel really unwell", "fever"),  # Cancer Research UK: call even with no temperature
])
def test_new_words_name_their_symptom(rules, text, symptom) -> None:  # noqa: ANN001
    assert rules.symptoms[symptom].named_in(text), (text, symptom)


@pytest.mark.parametrize(("text", "symptom"), [
    ("a little pink ring round my picc but it doesn't hurt", "iv_site"),
    ("can i swim with a port", "iv_site"),
    ("after the infusion my ankles swell a bit", "iv_site"),  # both ankles: the leg rule, not the drip site
    ("i leak a little wee when i laugh", "little_urine"),
    ("her face and both arms have puffed up", "shortness_of_breath"),  # swelling (SVC), not breath
    ("a cold and a cough but no temperature", "fever"),
    ("no fever, just a runny nose", "fever"),
    ("put on 2 kg over the summer holidays", "weight_gain"),  # months, not days
])
def test_everyday_words_stay_unnamed(rules, text, symptom) -> None:  # noqa: ANN001
    assert not rules.symptoms[symptom].named_in(text), (text, symptom)


def test_a_line_or_drip_problem_is_a_call_now_from_its_sources(rules) -> None:  # noqa: ANN001
    # CRUK: redness around a line, contact the nurses at once; NHS Lothian: infection, clot or a fever after a flush
    result = triage(rules, "iv_site", {}, frozenset())
    assert result.level == Level.call_now
    assert "PICC" in result.reason and "flushed" in result.reason and "cut" in result.reason
    assert _sources(result) == ["ctcae-v5", "cruk-iv-chemotherapy", "nhs-lothian-cvad"]


@pytest.mark.parametrize(("risks", "level"), [
    (frozenset({Risk.heart_failure}), Level.call_now),  # CardioSmart: talk to the doctor at once
    (frozenset(), Level.call_today),                     # Heart Failure Matters, BHF: tell the doctor or nurse
])
def test_quick_weight_gain(rules, risks, level) -> None:  # noqa: ANN001
    result = triage(rules, "weight_gain", {}, risks)
    assert result.level == level and "2 kg" in result.reason
    assert "hfm-weight-gain" in _sources(result)
    if level == Level.call_now:
        assert "cardiosmart-her2-heart" in _sources(result) and "911" in result.reason


def test_quick_weight_gain_is_boxed_only_where_the_drug_can_weaken_the_heart(rules) -> None:  # noqa: ANN001
    def boxed(risks: frozenset[Risk]) -> bool:
        return any(s.symptom == "weight_gain" for s in call_signs(rules, risks, effects=()))
    assert boxed(frozenset({Risk.heart_failure})) and not boxed(frozenset({Risk.lowers_white_cells}))


def test_little_urine_names_tumour_lysis(rules) -> None:  # noqa: ANN001
    result = triage(rules, "little_urine", {}, frozenset())
    assert result.level == Level.call_now and "tumor lysis" in result.reason
    assert "ccs-tumour-lysis" in _sources(result)


@pytest.mark.parametrize(("question", "level", "reason"), [
    ("the hickman site is oozing green stuff and it's sore", "call_now", "PICC"),
    ("my husbands picc line has a split in it and it's leaking", "call_now", "cut or leaks"),
    ("started venetoclax 2 days ago and I've barely had a wee today", "call_now", "tumor lysis"),
    ("my ankles have blown up and I put on 2.5 kg in 2 days, I'm on herceptin", "call_now", "heart is weak"),
    ("puffed out going up 3 steps with a new cough, on keytruda", "emergency", "Shortness of breath"),
    ("heart going at 150 and I feel awful, on nivolumab", "call_now", "heartbeat"),
])
def test_the_answer_leads_with_the_rule(question, level, reason) -> None:
    notice = shipped_composer().answer(question).notices[0]
    assert notice.level == level and reason in notice.text, notice.text


@pytest.mark.parametrize("question", [
    "had 1 loose stool after lunch, otherwise ok, on opdivo",               # one stool is mild (CTCAE grade 1)
    "there's a bruise on my arm where they took my bloods on monday",       # the needle, not low platelets
    "a cold and a runny nose, no temperature, is my nivolumab still on for friday",  # no fever said
])
def test_calm_questions_get_no_urgent_notice(question) -> None:
    notices = shipped_composer().answer(question).notices
    assert not notices or notices[0].level not in ("emergency", "call_now"), notices[0].text
