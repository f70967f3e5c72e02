"""Symptom rules (content/triage.yaml through model/triage.py): who to call and how soon, pinned by hand.

The expected levels below were written by hand from the labels and CTCAE v5.0, not read back from the rules:
changing a rule's level, or a drug's declared risk, makes these tests fail.
"""


import pytest
from shippedkb import shipped_kb

from oncoguide.model.triage import Level, Risk, TriageError, call_signs, celsius, triage

E, NOW, TODAY, VISIT = Level.emergency, Level.call_now, Level.call_today, Level.next_visit


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


# Regimens whose labels list low white cells (neutropenia, myelosuppression) — a fever is a call now.
LOWERS_WHITE_CELLS = [
    "lenalidomide-del5q-mds", "lenalidomide-dexamethasone-myeloma", "vrd-myeloma", "drd-myeloma", "r-chop-dlbcl",
    "folfox-colorectal", "folfiri-colorectal", "capox-colorectal", "daunorubicin-cytarabine-7-3-aml",
    "bendamustine-rituximab-lymphoma", "carboplatin-pemetrexed-pembrolizumab-nsclc",
    "temozolomide-radiation-glioblastoma", "imatinib-cml", "dasatinib-cml", "olaparib-maintenance-ovarian",
    "carfilzomib-dexamethasone-myeloma", "azacitidine-mds", "venetoclax-azacitidine-aml", "ac-paclitaxel-breast",
    "docetaxel-cyclophosphamide-breast", "pomalidomide-dexamethasone-myeloma", "ibrutinib-cll",
]
# Regimens whose labels do not: a fever below 40 °C is a call today.
KEEPS_WHITE_CELLS = ["anastrozole-breast", "letrozole-breast", "enzalutamide-prostate", "nivolumab-melanoma",
                     "pembrolizumab-nsclc"]

# (situation, symptom, answers) -> level for a treatment that lowers white cells / one that does not.
SITUATIONS = [
    # Cancer Research UK and the HSE: call the 24-hour line from 37.5 °C on treatment that lowers white cells (the
    # safer of their line and the US 38.0 °C); 38.0 °C stays the fever line for other treatments.
    ("fever 37.4 °C", "fever", {"temperature": "37.4", "unit": "C"}, VISIT, VISIT),
    ("fever 37.5 °C", "fever", {"temperature": "37.5", "unit": "C"}, NOW, VISIT),
    ("fever 99.6 °F", "fever", {"temperature": "99.6", "unit": "F"}, NOW, VISIT),
    ("fever 37.9 °C", "fever", {"temperature": "37.9", "unit": "C"}, NOW, VISIT),
    ("fever 38.0 °C", "fever", {"temperature": "38.0", "unit": "C"}, NOW, TODAY),
    ("fever 38.5 °C", "fever", {"temperature": "38.5", "unit": "C"}, NOW, TODAY),
    ("fever 101 °F", "fever", {"temperature": "101", "unit": "F"}, NOW, TODAY),
    ("fever 40.5 °C", "fever", {"temperature": "40.5", "unit": "C"}, NOW, NOW),
    ("fever, no temperature given", "fever", {}, NOW, NOW),
    # Cancer Research UK: a temperature below 36 °C, or feeling cold and shivery with a normal one, can mean infection.
    ("temperature 35.5 °C", "fever", {"temperature": "35.5", "unit": "C"}, NOW, VISIT),
    ("shivery, temperature 37.2 °C", "fever", {"temperature": "37.2", "unit": "C", "shivery": "yes"}, NOW, VISIT),
    ("not shivery, temperature 37.2 °C", "fever", {"temperature": "37.2", "unit": "C", "shivery": "no"}, VISIT, VISIT),
    ("chest pain", "chest_pain", {}, E, E),
    # NHS: black or dark red poo is an urgent call; 999 is for feeling faint, vomiting blood or a lot of blood.
    ("black stools, nothing else said", "black_stools", {}, NOW, NOW),
    ("black stools and feeling faint", "black_stools", {"lightheaded": "yes"}, E, E),
    ("black stools, not lightheaded", "black_stools", {"lightheaded": "no"}, NOW, NOW),
    ("stroke signs", "stroke_signs", {}, E, E),
    ("new confusion", "confusion", {}, E, E),
    ("a seizure", "seizure", {}, E, E),
    ("fainted", "fainting", {"fainted": "yes"}, E, E),
    ("diarrhea, seven extra stools", "diarrhea", {"extra_stools": "7"}, NOW, NOW),
    ("diarrhea, count not given", "diarrhea", {}, NOW, NOW),
    ("shortness of breath, no answers", "shortness_of_breath", {}, E, E),
    ("shortness of breath, only with moderate effort", "shortness_of_breath",
     {"sudden": "no", "at_rest": "no", "struggling": "no", "minimal_exertion": "no"}, TODAY, TODAY),
    ("one swollen painful leg", "leg_swelling", {"one_leg": "yes", "short_of_breath": "no"}, NOW, NOW),
    # NHS, Irish Cancer Society: a swollen, painful leg goes to the team at once; 999 only with breathlessness or chest pain.
    ("one swollen painful leg, breathing not said", "leg_swelling", {"one_leg": "yes"}, NOW, NOW),
    ("a swollen leg, nothing else said", "leg_swelling", {}, NOW, NOW),
    ("a swollen leg and short of breath", "leg_swelling", {"short_of_breath": "yes"}, E, E),
    ("mouth sores, cannot eat or drink", "mouth_sores", {"cannot_eat_or_drink": "yes"}, NOW, NOW),
    ("blistering rash", "rash", {"blisters_or_peeling": "yes"}, NOW, NOW),
    ("bleeding, not heavy", "bleeding", {"heavy": "no"}, NOW, NOW),
    ("heavy bleeding", "bleeding", {"heavy": "yes"}, E, E),
    ("cannot keep fluids down", "nausea_vomiting", {"cannot_keep_fluids_down": "yes"}, NOW, NOW),
    ("yellow skin or eyes", "jaundice", {}, NOW, NOW),
    ("back pain with weak legs: pressure on the spinal cord", "spinal_cord", {}, NOW, NOW),
    ("severe pain (7+ of 10, or cannot care for oneself)", "pain", {"severe": "yes"}, NOW, NOW),
    ("pain that came on suddenly or pain medicine does not ease", "pain", {"severe": "no", "not_eased": "yes"}, NOW, NOW),
    ("moderate pain: daily tasks are hard", "pain",
     {"severe": "no", "not_eased": "no", "limits_daily_tasks": "yes"}, TODAY, TODAY),
    ("mild pain", "pain", {"severe": "no", "not_eased": "no", "limits_daily_tasks": "no"}, VISIT, VISIT),
]


@pytest.mark.parametrize("regimen", LOWERS_WHITE_CELLS + KEEPS_WHITE_CELLS)
@pytest.mark.parametrize(("situation", "symptom", "answers", "if_low", "if_not"), SITUATIONS,
                         ids=[s[0] for s in SITUATIONS])
def test_hand_written_levels(kb, regimen, situation, symptom, answers, if_low, if_not) -> None:  # noqa: ANN001, ARG001
    want = if_low if regimen in LOWERS_WHITE_CELLS else if_not
    result = triage(kb.triage, symptom, answers, kb.risks(kb.regimens[regimen].drugs))
    assert result.level == want, f"{regimen}: {situation}"
    assert result.cite and result.reason


@pytest.mark.parametrize(("situation", "symptom", "answers", "if_low", "if_not"), SITUATIONS,
                         ids=[s[0] for s in SITUATIONS])
def test_every_shipped_regimen_gets_a_level(kb, situation, symptom, answers, if_low, if_not) -> None:  # noqa: ANN001, ARG001
    for regimen in kb.regimens.values():
        risks = kb.risks(regimen.drugs)
        want = if_low if Risk.lowers_white_cells in risks else if_not
        assert triage(kb.triage, symptom, answers, risks).level == want, f"{regimen.slug}: {situation}"


def test_feeling_faint_without_fainting_is_a_call_now_only_on_a_heart_rhythm_drug(kb) -> None:  # noqa: ANN001
    # The Tasigna Medication Guide: call right away for feeling lightheaded or faint; NHS 111 Wales: self-care otherwise.
    for regimen in kb.regimens.values():
        risks = kb.risks(regimen.drugs)
        want = NOW if Risk.heart_rhythm in risks else TODAY
        assert triage(kb.triage, "fainting", {"fainted": "no"}, risks).level == want, regimen.slug
    assert triage(kb.triage, "fainting", {"fainted": "no"}, kb.risks(["nilotinib"])).level == NOW


def test_unknown_treatment_counts_as_the_riskier_one(kb) -> None:  # noqa: ANN001
    # `ask` without a named drug: when unsure, the more urgent level wins.
    assert triage(kb.triage, "fever", {"temperature": "38.2"}, None).level == NOW


def test_an_unanswered_question_that_cannot_change_the_level_is_not_assumed(kb) -> None:  # noqa: ANN001
    # "Did it start suddenly?" would give the same 911 call as breathlessness at rest: the answer given decides.
    result = triage(kb.triage, "shortness_of_breath", {"at_rest": "yes"}, frozenset())
    assert result.level == E and "at rest" in result.reason and result.assumed == []


def test_emergency_headline_names_911(kb) -> None:  # noqa: ANN001
    assert "911" in triage(kb.triage, "chest_pain", {}, frozenset()).headline


def test_unanswered_questions_are_reported(kb) -> None:  # noqa: ANN001
    result = triage(kb.triage, "shortness_of_breath", {}, frozenset())
    assert result.level == E and any("suddenly" in q for q in result.assumed)
    assert triage(kb.triage, "chest_pain", {}, frozenset()).assumed == []


@pytest.mark.parametrize(("value", "unit", "expected"), [(100.4, "F", 38.0), (38.5, "°C", 38.5), (101, "f", 38.3),
                                                         (38.4, "", 38.4), (101.5, "", 38.6)])
def test_temperature_units(value, unit, expected) -> None:  # noqa: ANN001
    assert celsius(value, unit) == expected


@pytest.mark.parametrize(("answers", "message"), [
    ({"temperature": "60", "unit": "C"}, "not a possible body temperature"),
    ({"temperature": "101", "unit": "C"}, "Did you mean °F"),
    ({"temperature": "²"}, "must be a number"),
    ({"temperature": "38", "unit": "K"}, "unit"),
    ({"temperature": "nan"}, "must be a number"),
    ({"stools": "9"}, "unknown answer 'stools'"),
])
def test_impossible_answers_are_refused(kb, answers, message) -> None:  # noqa: ANN001
    with pytest.raises(TriageError, match=message):
        triage(kb.triage, "fever", answers, frozenset())


@pytest.mark.parametrize(("symptom", "answers", "message"), [
    ("diarrhea", {"extra_stools": "many"}, "must be a number"),
    ("diarrhea", {"extra_stools": "-3"}, "not a possible value"),
    ("bleeding", {"heavy": "maybe"}, "yes or no"),
    ("toothache", {}, "unknown symptom"),
])
def test_answers_that_cannot_be_judged_are_refused(kb, symptom, answers, message) -> None:  # noqa: ANN001
    with pytest.raises(TriageError, match=message):
        triage(kb.triage, symptom, answers, frozenset())


def test_call_signs_show_the_fever_line_only_where_white_cells_drop(kb) -> None:  # noqa: ANN001
    low = [s.sign for s in call_signs(kb.triage, frozenset({Risk.lowers_white_cells}))]
    plain = [s.sign for s in call_signs(kb.triage, frozenset())]
    assert any("37.5 °C (99.5 °F)" in s for s in low) and not any("37.5 °C" in s for s in plain)
    signs = call_signs(kb.triage, frozenset())
    assert signs[0].level == E and any("stroke" in s.sign.lower() for s in signs if s.level == E)
    assert [s.level for s in signs] == sorted((s.level for s in signs), key=lambda lv: lv.rank)
