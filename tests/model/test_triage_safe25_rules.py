"""The shipped symptom rules safe25 added or widened: each level, reason and source is pinned, so a change to who to
call, or how soon, fails here. The words come from safe25's blind batch (spinal cord, a blocked chest vein or bowel, a
low sodium, mouth sores, a child on chemo, a mental health crisis, a severe skin reaction)."""

import pytest
from shippedkb import shipped_composer

from oncoguide.model.triage import Level, call_signs, triage


def _sources(result) -> list[str]:  # noqa: ANN001
    return [c.source for c in result.cite]


def _boxed(rules, symptom: str, cancer: str) -> bool:  # noqa: ANN001
    return any(s.symptom == symptom for s in call_signs(rules, frozenset(), cancers=frozenset({cancer})))


@pytest.mark.parametrize(("text", "symptom"), [
    ("back ache for weeks and since yesterday my legs feel like jelly", "spinal_cord"),
    ("my feet feel like cotton wool, i have breast cancer with bone mets", "spinal_cord"),
    ("mum wet herself twice today without knowing, she's got myeloma", "spinal_cord"),
    ("i need to pee but nothing will come out and my lower back pain is worse", "spinal_cord"),
    ("face and both arms swelled up overnight", "svc_signs"),
    ("her breathing has gone noisy and whistly", "shortness_of_breath"),
    ("blisters on my palms since starting xeloda, next to the blister pack", "rash"),  # skin blisters still count
    ("everything i eat comes back up", "nausea_vomiting"),
    ("no farts since sunday and my tummy is swollen", "bowel_obstruction"),
    ("he keeps throwing up and his belly is hard", "bowel_obstruction"),
    ("his mouth is full of white sores", "mouth_sores"),
    ("mouth and throat too sore to swallow", "mouth_sores"),
    ("she feels really hot", "fever"),
    ("38.2 under the arm", "fever"),
    ("my skin is coming off in sheets", "rash"),
    ("a boy in his class came out in chickenpox today", "infection_contact"),
    ("his brother has shingles and they share a room", "infection_contact"),
    ("the hospital said my sodium is 118", "low_sodium"),
    ("he is hearing voices since the steroids", "mental_health"),
    ("everyone would be better off without me", "mental_health"),
    ("i want to end it all", "mental_health"),
])
def test_new_words_name_their_symptom(rules, text, symptom) -> None:  # noqa: ANN001
    assert rules.symptoms[symptom].named_in(text), (text, symptom)


@pytest.mark.parametrize(("text", "symptom"), [
    ("a small blister on my heel from new shoes", "rash"),             # the shoe, not a drug reaction
    ("peeling skin on my shoulders after sunburn", "rash"),
    ("how does he push the capsule out of the blister pack", "rash"),   # the capsules' packaging, not skin
    ("keep the tablets in their blister strips until you take them", "rash"),
    ("should her brother have the chickenpox vaccine", "infection_contact"),
    ("my sodium was 133 and the nurse said slightly low", "low_sodium"),  # mild: 130 to 135
    ("my sodium is 129, what does sodium do in the body", "low_sodium"),  # moderate, said without symptoms
    ("his counts come back up before the next cycle", "nausea_vomiting"),  # blood counts, not vomit
    ("i don't want to die, how do i get through chemo", "mental_health"),  # fear, not a wish
    ("i don't feel safe taking this drug with my heart", "mental_health"),
    ("my tummy gets bloated and windy after beans", "bowel_obstruction"),
    ("no poo for two days but still passing wind and eating fine", "bowel_obstruction"),
    ("i leak a little wee when i cough since my prostate operation, my back is fine", "spinal_cord"),
    ("my toddler wet himself at nursery today", "spinal_cord"),
])
def test_everyday_words_stay_unnamed(rules, text, symptom) -> None:  # noqa: ANN001
    assert not rules.symptoms[symptom].named_in(text), (text, symptom)


def test_contact_with_chickenpox_shingles_or_measles_is_a_call_now(rules) -> None:  # noqa: ANN001
    # KidsHealth (NZ), Children's Wisconsin: tell the team straight away, so protective medicine can be given in time
    result = triage(rules, "infection_contact", {}, frozenset())
    assert result.level == Level.call_now and "protects" in result.reason
    assert _sources(result) == ["kidshealth-nz-measles-chickenpox", "childrenswi-chickenpox-low-resistance",
                                "emc-dexamethasone-pil"]
    assert _boxed(rules, "infection_contact", "acute-lymphoblastic-leukemia")
    assert not _boxed(rules, "infection_contact", "breast-cancer")  # the box stays short elsewhere


def test_a_low_sodium_result_is_a_call_now_that_names_911(rules) -> None:  # noqa: ANN001
    # Canadian Cancer Society (SIADH): an extremely low sodium is an emergency; a fit is the seizure rule's 911
    result = triage(rules, "low_sodium", {}, frozenset())
    assert result.level == Level.call_now and "below 125 mmol/L" in result.reason and "911" in result.reason
    assert _sources(result) == ["ccs-siadh", "spasovski-2014-hyponatraemia-guideline"]
    assert _boxed(rules, "low_sodium", "small-cell-lung-cancer") and not _boxed(rules, "low_sodium", "melanoma")


@pytest.mark.parametrize(("answers", "level"), [
    ({"unsafe": "yes"}, Level.emergency),   # NHS crisis pages: 999 or A&E when a life may be at risk
    ({}, Level.call_now),                   # thoughts said alone: help now, and the reason says when to call 911
    ({"unsafe": "no"}, Level.call_now),
])
def test_thoughts_of_suicide_or_hearing_voices(rules, answers, level) -> None:  # noqa: ANN001
    result = triage(rules, "mental_health", answers, frozenset())
    assert result.level == level and "nwbh-help-in-a-crisis" in _sources(result)
    assert level == Level.emergency or ("911" in result.reason and "Steroids" in result.reason)


@pytest.mark.parametrize(("answers", "level"), [
    ({"blisters_or_peeling": "yes", "eyes_lips_or_sheets": "yes"}, Level.emergency),  # NHS: hospital at once
    ({"blisters_or_peeling": "yes"}, Level.call_now),
    ({"blisters_or_peeling": "no", "eyes_lips_or_sheets": "yes"}, Level.next_visit),  # a plain rash, small
])
def test_a_blistering_rash_with_sore_eyes_or_lips(rules, answers, level) -> None:  # noqa: ANN001
    result = triage(rules, "rash", {**answers, "body_percent": 5}, frozenset())
    assert result.level == level
    if level == Level.emergency:
        assert "Stevens-Johnson" in result.reason and _sources(result) == ["nhs-stevens-johnson"]
    if level == Level.call_now:
        assert "911" in result.reason


def test_signs_of_a_blocked_bowel_are_a_call_now(rules) -> None:  # noqa: ANN001
    # Cancer Research UK and Macmillan: a blocked bowel usually needs urgent treatment
    result = triage(rules, "bowel_obstruction", {}, frozenset())
    assert result.level == Level.call_now and "bowel is blocked" in result.reason
    assert _sources(result) == ["cruk-bowel-obstruction", "macmillan-blocked-bowel"]
    assert _boxed(rules, "bowel_obstruction", "ovarian-cancer") and not _boxed(rules, "bowel_obstruction", "melanoma")


@pytest.mark.parametrize(("question", "level", "reason"), [
    ("my dad's back is agony and he's wet himself without noticing, he has prostate cancer in his spine",
     "call_now", "spinal cord"),
    ("her face and both arms have puffed up since yesterday, she has lymphoma", "call_now", "large vein"),
    ("she keeps vomiting and her tummy is swollen tight, ovarian cancer", "call_now", "bowel is blocked"),
    ("they rang, his sodium is 121, he has small cell lung cancer", "call_now", "sodium"),
    ("my 4 year old on chemo for ALL was at a party with a kid with chickenpox yesterday", "call_now", "Chickenpox"),
    ("since the dexamethasone mum keeps hearing voices at night", "call_now", "hearing voices"),
    ("I'm on steroids and I've been thinking about ending my life, I have a plan", "emergency", "plan"),
    ("rash with blisters everywhere and his eyes are red and crusty, started allopurinol last week",
     "emergency", "Stevens-Johnson"),
])
def test_the_answer_leads_with_the_rule(question, level, reason) -> None:
    notice = shipped_composer().answer(question).notices[0]
    assert notice.level == level and reason in notice.text, notice.text


@pytest.mark.parametrize(("text", "symptom", "named"), [
    ("both arms and my face have swollen up", "svc_signs", True),
    ("i don't see the point in living anymore", "mental_health", True),
    ("my eyes are sore and red from hay fever", "fever", False),          # an allergy, not a temperature
    ("she feels hot at night with her hot flushes on tamoxifen", "fever", False),
])
def test_second_round_words(rules, text, symptom, named) -> None:  # noqa: ANN001
    assert rules.symptoms[symptom].named_in(text) == named, (text, symptom)


def test_puffy_ankles_after_a_flight_are_not_read_as_one_swollen_leg() -> None:
    # a clot usually swells one leg (NHS "DVT"): both ankles puffy get the both-legs rule, a call today
    notice = shipped_composer().answer("my ankles are puffy after the flight home, is that normal on letrozole").notices[0]
    assert notice.text.startswith("Call your care team today.") and "both legs" in notice.text
    one = shipped_composer().answer("my left calf is puffy and painful since the flight home, I'm on letrozole").notices[0]
    assert one.level == "call_now" and "blood clot" in one.text


@pytest.mark.parametrize(("text", "symptom", "named"), [
    ("my sugar is 2.8 and i'm shaky", "low_blood_sugar", True),
    ("blood sugar 50 mg/dl and she's clammy", "low_blood_sugar", True),
    ("mum is having a hypo", "low_blood_sugar", True),
    ("his glucose keeps dropping below 3", "low_blood_sugar", True),
    ("my sugar was 4.5 this morning, is that ok", "low_blood_sugar", False),
    ("what are the signs of a hypo", "low_blood_sugar", False),
    ("low blood sugar (hypoglycemia)", "low_blood_sugar", False),  # a drug page's side-effect row
    ("he's unsteady on his feet and his back pain is worse", "spinal_cord", True),  # Macmillan (MSCC)
])
def test_third_round_words(rules, text, symptom, named) -> None:  # noqa: ANN001
    assert rules.symptoms[symptom].named_in(text) == named, (text, symptom)


@pytest.mark.parametrize(("answers", "level"), [
    ({"not_better": "yes"}, Level.emergency),  # St John Ambulance: no better after something sugary, call 999
    ({}, Level.call_now),                      # a low reading said alone: sugar now, then the team; text names 911
])
def test_a_low_blood_sugar(rules, answers, level) -> None:  # noqa: ANN001
    result = triage(rules, "low_blood_sugar", answers, frozenset())
    assert result.level == level and _sources(result) == ["sja-diabetic-emergency"]
    assert level == Level.emergency or ("911" in result.reason and "fruit juice" in result.reason)
    assert _boxed(rules, "low_blood_sugar", "kidney-cancer") and not _boxed(rules, "low_blood_sugar", "breast-cancer")


def test_spinal_cord_cites_macmillan_for_unsteady_feet(rules) -> None:  # noqa: ANN001
    result = triage(rules, "spinal_cord", {}, frozenset())
    assert result.level == Level.call_now and "macmillan-mscc" in _sources(result)


def test_puffy_ankles_with_no_everyday_cause_keep_the_call_now() -> None:
    # the abiraterone page says to call the team for swelling in the legs or feet: no flight, no long day, no lowering
    notice = shipped_composer().answer("he's on zytiga and now his ankles are puffy and his blood pressure is up").notices[0]
    assert notice.level == "call_now"
