"""The shipped glossary explains every part of a CBC and a CMP and both kinds of MDS, cited, in plain words."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from kbfixture import GLOSSARY, fixture_docs, write_kb
from shippedkb import shipped_kb

from oncoguide.content import load_with_problems
from oncoguide.content.readability import grade
from oncoguide.site.cite import glossary_pattern

CBC = ["white blood cell count", "WBC", "red blood cell count", "ANC", "neutrophils", "hemoglobin", "hematocrit",
       "platelets", "MCV"]
CMP = ["glucose", "calcium", "sodium", "potassium", "CO2", "bicarbonate", "chloride", "BUN", "creatinine", "albumin",
       "total protein", "ALP", "ALT", "AST", "bilirubin"]
MDS = ["de novo MDS", "secondary MDS", "therapy-related MDS"]


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


@pytest.mark.parametrize("name", CBC + CMP + MDS)
def test_lab_word_has_a_cited_plain_definition(kb, name: str) -> None:  # noqa: ANN001
    pattern, names = glossary_pattern(kb.glossary)
    assert pattern is not None and pattern.fullmatch(name), f"no glossary term or alias for {name!r}"
    term = kb.glossary[names[name.lower()]]
    assert grade(term.definition) <= 8, (term.slug, grade(term.definition))
    for cite in term.cite:
        source = kb.sources[cite.source]
        assert source.link and source.link.startswith("https://"), (term.slug, source.id)


def test_a_lab_word_in_a_sentence_links_to_its_definition(kb) -> None:  # noqa: ANN001
    from oncoguide.site.cite import PageRefs

    parts = PageRefs(kb).parts("Your ALT, AST and bilirubin are checked before each visit.")
    assert [p.term for p in parts if p.term] == ["alt", "ast", "bilirubin"]


def test_hospice_says_when_it_starts_and_how_it_differs_from_palliative_care(kb) -> None:  # noqa: ANN001
    """People ask both "when does hospice start" and "is palliative care the same thing"; one definition answers both."""
    text = kb.glossary["hospice"].definition
    assert "6 months or less" in text
    assert "palliative care" in text and "any stage of illness" in text
    assert grade(text) <= 8


def test_engraftment_says_the_new_cells_start_to_make_new_blood_cells(kb) -> None:  # noqa: ANN001
    assert "start to make new blood cells" in kb.glossary["engraftment"].definition


# What people ask next about a lab word is whether their number is normal: each CMP part gives its usual range.
RANGE = re.compile(r"\b\d+(?:\.\d+)? to \d+(?:\.\d+)? (?:mg/dL|g/dL|mEq/L|U/L|units per liter|milligrams per deciliter"
                   r"|grams per deciliter)")


@pytest.mark.parametrize("name", ["glucose", "calcium", "sodium", "potassium", "CO2", "chloride", "BUN", "creatinine",
                                  "albumin", "total protein", "ALP", "ALT", "AST", "bilirubin"])
def test_each_cmp_part_gives_its_usual_range_with_a_unit(kb, name: str) -> None:  # noqa: ANN001
    _, names = glossary_pattern(kb.glossary)
    term = kb.glossary[names[name.lower()]]
    assert RANGE.search(term.definition), (term.slug, term.definition)


@pytest.mark.parametrize("slug", ["progression", "relapse", "refractory"])
def test_a_result_word_says_what_can_come_next(kb, slug: str) -> None:  # noqa: ANN001
    """"The scan says progression, what now?": the word's definition names the next step, not only the meaning."""
    text = kb.glossary[slug].definition
    assert re.search(r"(another|different) (kind of )?treatment", text, re.IGNORECASE), text
    assert grade(text) <= 8


@pytest.mark.parametrize(("slug", "facts"), [
    ("pet-scan", ["not to eat", "30 to 60 minutes"]),
    ("mri", ["45 to 60 minutes", "metal"]),
    ("biopsy", ["few days"]),
    ("bone-density", ["T-score", "-2.5"]),
    ("gleason-score", ["Grade Group", "6"]),
])
def test_a_test_word_says_how_it_goes_or_what_its_number_means(kb, slug: str, facts: list[str]) -> None:  # noqa: ANN001
    text = kb.glossary[slug].definition
    assert all(f in text for f in facts), (slug, text)
    assert len(text) <= 700, (slug, len(text))


# What people ask next about a word (is it inherited, how likely it is to turn into something worse, what number is
# normal, is it the same as a close word) is answered in the word's own definition, in plain words.
@pytest.mark.parametrize(("slug", "facts"), [
    ("philadelphia-chromosome", ["not inherited"]),
    ("brca", ["inherited", "1 in 2"]),
    ("lynch-syndrome", ["does not skip a generation", "1 in 2"]),
    ("mgus", ["1 in 100", "year"]),
    ("myelodysplastic-syndromes", ["1 in 3", "acute myeloid leukemia"]),
    ("hypersensitivity", ["allergic", "first hour"]),
    ("hpv", ["go away on their own"]),
    ("lymph-node", ["infection", "Fewer than 1 in 100"]),
    ("tumor-grade", ["not the same as stage"]),
    ("ototoxicity", ["permanent"]),
    ("alkylating-agent", ["5 to 10 years"]),
    ("sarcoma", ["1 in 100"]),
    ("lvef", ["55% to 70%"]),
    ("blast-cells", ["20 in 100"]),
    # what people ask after a scan, path or gene report, a pharmacist's warning or a clinic booking
    ("partial-response", ["RECIST", "30 percent"]),
    ("her2", ["2+ is borderline", "FISH"]),
    ("brca", ["fallopian", "pancreas", "prostate", "melanoma"]),
    ("gvhd", ["within the first 100 days", "after those 100 days"]),
    ("qt-prolongation", ["irregular heartbeat", "fainting"]),
    ("radiation-therapy", ["do not make you radioactive", "Seeds left inside the body"]),
    ("clinical-trial", ["with the standard treatment"]),
    ("transfusion", ["2 to 3 hours", "20 to 30 minutes"]),
    ("anc", ["white blood cell count", "percent of neutrophils"]),
    ("lymphedema", ["years later", "3 or 4 in 10"]),
    ("endoscopy", ["numbs the throat", "24 hours"]),
    ("progression-free-survival", ["not the same as overall survival", "without helping people live longer"]),
    ("qt-prolongation", ["340 to 460 milliseconds", "500 or more"]),
    ("cbc", ["do not need to get ready", "4,500 to 10,000"]),
])
def test_a_word_says_what_people_ask_next_about_it(definition_says, slug: str, facts: list[str]) -> None:  # noqa: ANN001
    definition_says(slug, facts)


# Short words people meet in clinic say what happens next or what it means for them (how long it takes, what it
# asks of you, what follows, whether it is a cure), not only what the word is.
@pytest.mark.parametrize(("slug", "facts"), [
    ("infusion", ["30 minutes to about 9 hours", "longer"]),
    ("rems", ["pregnancy tests", "enroll"]),
    ("specialty-pharmacy", ["mail", "health plan"]),
    ("contraception", ["unborn baby", "work less well"]),
    ("del-5q", ["lenalidomide", "2 in 3", "AML"]),
    ("imid", ["birth defects", "blood clots"]),
    ("benign", ["surgery", "does not grow back"]),
    ("complete-response", ["no evidence of disease", "checkups"]),
    ("partial-response", ["more than half"]),
    ("consolidation-therapy", ["4 to 6 weeks", "2 to 6 months"]),
    ("antiemetic", ["headache", "constipation"]),
    ("prognosis", ["stage", "change over time"]),
    ("colonoscopy", ["45 to 75", "every 10 years"]),
    ("induction-therapy", ["4 to 6 weeks", "hospital"]),
    ("malignant", ["grow back"]),
])
def test_a_short_clinic_word_says_what_it_means_for_you(definition_says, slug: str, facts: list[str]) -> None:  # noqa: ANN001
    definition_says(slug, facts)


def test_a_word_that_names_two_glossary_terms_fails_validate(tmp_path: Path) -> None:
    glossary = copy.deepcopy(GLOSSARY)
    glossary["terms"].append({"slug": "blood-count", "term": "Blood count", "aliases": ["cbc"],
                              "definition": "A test of the blood.", "cite": ["nci-dictionary"]})
    _, problems = load_with_problems(write_kb(tmp_path, **fixture_docs(), glossary=glossary))
    assert [str(p) for p in problems if "already names glossary term 'cbc'" in str(p)]
