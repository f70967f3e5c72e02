"""A drug, regimen or cancer page sentence that says how soon to get help agrees with the symptom rules (content/triage.yaml):
a reader who is told "call your team" on a page and "call 911" by the tracker gets two answers."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from kbfixture import GLOSSARY, LABEL, fixture_docs, write_kb
from shippedkb import shipped_kb

from oncoguide.content.checks import check_urgency
from oncoguide.content.loader import load_with_problems
from oncoguide.content.urgency import stated_level
from oncoguide.model.triage import Level


def _effect(text: str, term: str = "heart problems", plain: str = "heart problems") -> dict[str, object]:
    return {"term": term, "plain": plain, "serious": True, "call_now": True, "text": text, "cite": [f"{LABEL} § 5.1"]}


def _urgency_problems(tmp_path: Path, *texts: str, where: str = "drug", **effect: str) -> list[str]:
    docs = fixture_docs()
    field = "serious_side_effects" if where == "drug" else "side_effects"
    docs[where][field] = [_effect(t, **effect) for t in texts]
    kb, _ = load_with_problems(write_kb(tmp_path, **docs))
    problems = check_urgency(kb, lambda obj, loc, message: f"{type(obj).__name__} {'.'.join(map(str, loc))}: {message}")
    return [str(p) for p in problems]


@pytest.mark.parametrize("text", [
    "Get help right away for chest pain.",                       # chest pain is always a 911 call
    "Call your care team now for a seizure or confusion.",
    "Call right away for a swollen, painful leg or sudden shortness of breath.",  # sudden: a clot in the lung
    "Tell your care team. Get help right away if it will not stop.",  # bleeding that will not stop, from the heading
    "Get help right away for swelling of the face, lips or throat.",  # a severe allergic reaction
    "Call right away for bleeding you cannot stop.",
])
def test_a_sentence_that_says_less_than_the_rules_is_reported(tmp_path: Path, text: str) -> None:
    problems = _urgency_problems(tmp_path, text, term="bleeding", plain="bleeding")
    assert len(problems) == 1 and "under-urges" in problems[0] and "911" in problems[0]
    assert problems[0].startswith("Drug serious_side_effects.0.text")


@pytest.mark.parametrize(("text", "found"), [
    ("Chest pain can happen. Call your team today if it does.", "under-urges"),
    # spinal cord pressure is a call now (Cancer Research UK), not a 911 call: the myeloma page once said so
    ("This causes back pain with numbness or weakness in the legs. It is an emergency: go to the emergency room.",
     "over-urges"),
])
def test_a_cancer_page_is_checked_too(tmp_path: Path, text: str, found: str) -> None:
    docs = fixture_docs()
    docs["cancer"]["what_is_it"].append({"text": text, "cite": ["nci-dictionary"]})
    kb, _ = load_with_problems(write_kb(tmp_path, **docs))
    problems = check_urgency(kb, lambda obj, loc, message: f"{type(obj).__name__} {'.'.join(map(str, loc))}: {message}")
    assert len(problems) == 1 and problems[0].startswith(f"CancerType what_is_it.1.text: {found}")


def test_blood_in_your_stool_is_the_black_or_bloody_stools_rule(tmp_path: Path) -> None:
    problems = _urgency_problems(tmp_path, "Call your care team today for blood in your stool.")
    assert len(problems) == 1 and "black or bloody stools (call now" in problems[0]


def test_a_regimen_page_is_checked_too(tmp_path: Path) -> None:
    problems = _urgency_problems(tmp_path, "Call your team today for chest pain.", where="regimen")
    assert len(problems) == 1 and problems[0].startswith("Regimen side_effects.0.text: under-urges")


@pytest.mark.parametrize("text", [
    "Call 911 for a fever.",                                     # fever rules go up to a call now, never 911
    "This is an emergency. Call right away for a fever or chills.",
])
def test_911_for_a_symptom_no_rule_sends_there_is_reported(tmp_path: Path, text: str) -> None:
    problems = _urgency_problems(tmp_path, text, term="infection", plain="infections")
    assert len(problems) == 1 and "over-urges" in problems[0] and "fever" in problems[0]


def _heart_rhythm_problems(tmp_path: Path, text: str) -> list[str]:
    """The problems found in a side-effect text on a drug that can change the heart's rhythm (like osimertinib)."""
    docs = fixture_docs()
    docs["drug"]["risks"] = [{"risk": "heart_rhythm", "text": "It can change the heart's rhythm.", "cite": [f"{LABEL} § 5.1"]}]
    docs["drug"]["serious_side_effects"] = [_effect(text, term="QTc interval prolongation", plain="a change in the heart rhythm")]
    kb, _ = load_with_problems(write_kb(tmp_path, **docs))
    return [str(p) for p in check_urgency(kb, lambda obj, loc, message: message)]


@pytest.mark.parametrize("text", [
    "Call 911 if you feel faint or pass out.",  # osimertinib's line: feeling faint is not a faint
    "Call 911 if you feel faint.",              # nilotinib-cml's
])
def test_911_for_feeling_faint_is_reported(tmp_path: Path, text: str) -> None:
    # the rules send a faint that happened to 911, but feeling faint to a call now on this drug (today on others)
    problems = _heart_rhythm_problems(tmp_path, text)
    assert len(problems) == 1 and problems[0].startswith("over-urges") and "fainting (at most call now)" in problems[0]
    problems = _urgency_problems(tmp_path, text)
    assert len(problems) == 1 and "over-urges" in problems[0] and "fainting (at most call today)" in problems[0]


@pytest.mark.parametrize("text", [
    "Call your care team right away if you feel faint or dizzy, or your heart races or skips.",
    "Call 911 if you pass out or have chest pain.",  # a faint that happened is 911
    "Call 911 if you fainted.",
])
def test_the_rules_level_for_feeling_faint_or_fainting_is_not_reported(tmp_path: Path, text: str) -> None:
    assert _heart_rhythm_problems(tmp_path, text) == []


def test_get_medical_care_is_read_as_a_timing(tmp_path: Path) -> None:
    # thalidomide's clot line said this for chest pain, which the rules always send to 911
    problems = _urgency_problems(tmp_path, "Get medical care right away for chest pain.")
    assert len(problems) == 1 and "under-urges" in problems[0] and "chest pain (911" in problems[0]


@pytest.mark.parametrize("text", [
    "Call 911 for chest pain.",                                  # the rules' own level
    "Call right away for a fever or chills.",                    # a fever can be a call now
    "Call right away for a new cough or shortness of breath.",   # not said to be sudden or at rest
    "Tell the nurse at once about chest pain during the drip.",  # in the clinic, not a rule for home
    "Chest pain can happen. Tell your care team about it.",      # no timing of its own
    "Call 911 for sudden weakness or numbness on one side.",     # numbness here is a stroke sign
    "Call 911 for chest pain. Call right away for memory loss.",  # its own sign, not the chest pain before it
])
def test_a_sentence_that_agrees_with_the_rules_is_not_reported(tmp_path: Path, text: str) -> None:
    assert _urgency_problems(tmp_path, text) == []


@pytest.mark.parametrize(("sentence", "level"), [
    ("Call 911 for chest pain.", Level.emergency),
    ("Swelling of the throat needs emergency care.", Level.emergency),
    ("Get help right away.", Level.call_now),
    ("Report a fever at once.", Level.call_now),
    ("Call your team now for a fever.", Level.call_now),
    ("Call your care team today.", Level.call_today),
    ("Tell your team at your next visit.", Level.next_visit),
    ("Tell the nurse right away if you feel unwell.", None),
    ("Liver tests are checked now and then.", None),
    ("Tell any doctor or emergency team you see that you get this drug.", None),
])
def test_how_a_sentence_is_read(sentence: str, level: Level | None) -> None:
    assert stated_level(sentence) == level


def test_shipped_pages_agree_with_the_rules() -> None:
    kb, _ = load_with_problems(Path(__file__).resolve().parents[2] / "content")
    assert check_urgency(kb, lambda obj, loc, message: f"{obj.slug}: {message}") == []


def test_validate_reports_a_disagreement_with_its_file_and_line(tmp_path: Path) -> None:
    docs = fixture_docs()
    docs["drug"]["serious_side_effects"] = [_effect("Get help right away for chest pain.")]
    problems = [str(p) for p in load_with_problems(write_kb(tmp_path, **docs))[1]]
    assert len(problems) == 1
    assert re.search(r"drugs/lenalidomide\.yaml:\d+: serious_side_effects\[0\]\.text: under-urges", problems[0])


def _flag_problems(tmp_path: Path, term: str, plain: str, call_now: bool, kind: str = "common_side_effects",
                   where: str = "drug") -> list[str]:
    docs = fixture_docs()
    docs[where][kind] = [{"term": term, "plain": plain, "call_now": call_now, "cite": [f"{LABEL} § 6.1"]}]
    kb, _ = load_with_problems(write_kb(tmp_path, **docs))
    return [str(p) for p in check_urgency(kb, lambda obj, loc, message: f"{'.'.join(map(str, loc))}: {message}")]


@pytest.mark.parametrize(("term", "plain", "sign"), [
    ("convulsions", "seizures", "seizure (911)"),                                    # temozolomide
    ("hand-foot skin reaction", "red, sore or blistered hands and feet", "rash (call now)"),  # blisters: a call now
    ("hypersensitivity", "a serious allergic reaction", "serious allergic or infusion reaction (911)"),
])
def test_a_side_effect_naming_an_urgent_sign_must_be_flagged_call_now(tmp_path: Path, term: str, plain: str,
                                                                     sign: str) -> None:
    problems = _flag_problems(tmp_path, term, plain, call_now=False)
    assert len(problems) == 1 and problems[0].startswith("common_side_effects.0: ") and sign in problems[0]
    assert "call_now: true" in problems[0]
    assert _flag_problems(tmp_path, term, plain, call_now=True) == []


def test_a_regimen_side_effect_naming_an_urgent_sign_must_be_flagged_too(tmp_path: Path) -> None:
    # a plan page lists its flagged rows under "call now" as a drug page does (sorafenib-kidney's blisters once were not)
    plain = "red, sore or blistered hands and feet"
    problems = _flag_problems(tmp_path, "hand-foot skin reaction", plain, False, kind="side_effects", where="regimen")
    assert len(problems) == 1 and problems[0].startswith("side_effects.0: ") and "rash (call now)" in problems[0]
    assert _flag_problems(tmp_path, "hand-foot skin reaction", plain, True, kind="side_effects", where="regimen") == []


@pytest.mark.parametrize(("term", "plain"), [
    ("hand-foot skin reaction", "red, sore hands and feet"),          # no blisters: the rash rules start lower
    ("injection site reactions", "redness, pain or bruising where the shot went in"),  # from the needle
    ("peripheral neuropathy", "numbness or tingling in the hands and feet"),
])
def test_a_side_effect_naming_no_urgent_sign_needs_no_flag(tmp_path: Path, term: str, plain: str) -> None:
    assert _flag_problems(tmp_path, term, plain, call_now=False) == []


def test_validate_reports_a_missing_flag_with_its_file_and_line(tmp_path: Path) -> None:
    docs = fixture_docs()
    docs["drug"]["common_side_effects"] = [{"term": "convulsions", "plain": "seizures", "cite": [f"{LABEL} § 6.1"]}]
    problems = [str(p) for p in load_with_problems(write_kb(tmp_path, **docs))[1]]
    assert len(problems) == 1 and re.search(r"drugs/lenalidomide\.yaml:\d+: common_side_effects\[0\]: 'seizures'", problems[0])


@pytest.mark.parametrize(("text", "found"), [
    # a glossary word is read by anyone: "an emergency" for a fever says 911, which no fever rule does
    ("A fever while white cells are low. It is treated as an emergency.", "over-urges"),
    ("A blood clot in the lungs. It can cause sudden chest pain. Call your team today.", "under-urges"),
])
def test_a_glossary_definition_is_checked_too(tmp_path: Path, text: str, found: str) -> None:
    glossary = copy.deepcopy(GLOSSARY)
    glossary["terms"][0]["definition"] = text
    kb, _ = load_with_problems(write_kb(tmp_path, **fixture_docs(), glossary=glossary))
    problems = check_urgency(kb, lambda obj, loc, message: f"{type(obj).__name__} {'.'.join(map(str, loc))}: {message}")
    assert len(problems) == 1 and problems[0].startswith(f"GlossaryTerm definition: {found}")


def test_the_shipped_glossary_says_the_rules_level() -> None:

    kb = shipped_kb()
    assert [p for p in check_urgency(kb, lambda obj, loc, message: f"{obj.slug}: {message}")
            if p.startswith(tuple(kb.glossary))] == []
