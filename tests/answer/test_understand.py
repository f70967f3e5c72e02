import pytest

from oncoguide.answer import understand
from oncoguide.answer.symptoms import find as find_symptom
from oncoguide.errors import InputError
from oncoguide.model.triage import URGENT


@pytest.mark.parametrize("question", ["Is Revlimid chemo?", "is lenalidamide chemotherapy", "What is CC-5013?"])
def test_drug_found_by_brand_misspelling_or_code(kb, question):
    assert understand(kb, question).drugs == ["lenalidomide"]


@pytest.mark.parametrize("question, cancers", [
    ("What is MDS?", ["myelodysplastic-syndromes"]),
    ("lenalidomide for myelodysplastic syndromes", ["myelodysplastic-syndromes"]),
])
def test_cancer_found_by_name_or_abbreviation(kb, question, cancers):
    assert understand(kb, question).cancers == cancers


def test_cancer_abbreviation_outside_the_kb_is_recognised(kb):
    q = understand(kb, "What treats CLL?")
    assert q.cancers == [] and q.unknown_cancers == ["chronic lymphocytic leukemia"]


@pytest.mark.parametrize("question, intent", [
    ("Is lenalidomide chemotherapy?", "classification"),
    ("How does Revlimid work?", "mechanism"),
    ("What is lenalidomide used for?", "uses"),
    ("What dose of lenalidomide do I take?", "dose"),
    ("What are the side effects of Revlimid?", "side_effects"),
    ("What are the serious risks of lenalidomide?", "serious"),
    ("What blood tests do I need on lenalidomide?", "monitoring"),
    ("I forgot my lenalidomide capsule yesterday", "missed_dose"),
    ("Does lenalidomide interact with other medicines?", "interactions"),
    ("Can I get pregnant on lenalidomide?", "pregnancy"),
    ("How do I store Revlimid?", "storage"),
    ("Can my caregiver touch the capsules?", "handling"),
    ("Can I donate blood while on Revlimid?", "blood_donation"),
    ("How long will I take lenalidomide?", "duration"),
    ("How much does Revlimid cost?", "cost"),
    ("What is the difference between lenalidomide and thalidomide?", "comparison"),
])
def test_intent(kb, question, intent):
    assert intent in understand(kb, question).intents


def test_plain_words_map_to_medical_terms(kb):
    q = understand(kb, "Does Revlimid cause blood clots or low platelets?")
    assert {"venous thromboembolism", "thrombocytopenia"} <= set(q.medical_terms)


@pytest.mark.parametrize("question", [
    "I have a fever of 38.5 on lenalidomide", "I have chest pain", "I am having trouble breathing",
    "heavy bleeding from my nose that won't stop", "I am bleeding heavily and take lenalidomide",
])
def test_emergency(kb, question):
    # Symptoms happening now go to the shared rules (content/triage.yaml) and come back urgent.
    q = understand(kb, question)
    found = find_symptom(kb, q.text, q.drugs)
    assert found is not None and found.result.level in URGENT


def test_fever_as_a_topic_is_not_an_emergency(kb):
    assert find_symptom(kb, "Is fever a side effect of dexamethasone?", ["dexamethasone"]) is None


@pytest.mark.parametrize("question", ["Should I stop taking Revlimid?", "Can I double my dose of lenalidomide?"])
def test_personal_decision(kb, question):
    assert understand(kb, question).personal


@pytest.mark.parametrize("question, message", [
    ("", "type a question"),
    ("   ", "type a question"),
    ("x" * 1001, "1000"),
    ("¿La lenalidomida es una quimioterapia?", "English"),
    ("Ist Lenalidomid eine Chemotherapie und wie wirkt sie?", "English"),
    ("レナリドミドは化学療法ですか", "English"),
])
def test_bad_input(kb, question, message):
    with pytest.raises(InputError, match=message):
        understand(kb, question)


def test_a_different_drug_one_letter_off_is_not_guessed(kb):
    # fuzzy names must be about the same length: a real drug name must not be mistaken for ours
    assert understand(kb, "Is lenolidomide chemo?").drugs == ["lenalidomide"]
    assert understand(kb, "Is lenalidomidexyz chemo?").drugs == []


def test_a_cancer_name_inside_a_longer_uncovered_name_is_not_that_cancer(kb):
    # "small cell lung cancer" is a cancer of its own, not a page whose names include "lung cancer"
    q = understand(kb, "What is small cell lung cancer?")
    assert q.unknown_cancers == ["small cell lung cancer"] and q.cancers == []
