"""A short word of the question is that word, not the start of a longer one: "RAS" is no "rash", "fat" no
"fatigue". The answer leads with the line on the word asked, not with a side effect that merely begins with its
letters; a word's own forms still count ("dosing" for "dose", "shortness of breath" for "short of breath").
Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.evidence import match_count


@pytest.mark.parametrize(("question", "said"), [
    ("Why do I need a RAS test before Vectibix?", "ras gene"),
    ("why would i need a RAS test for cetuximab", "ras gene"),
])
def test_a_gene_test_asked_leads_with_the_test_not_a_rash(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    first = answer.direct[0].text.lower()
    assert said in first and "rash" not in first


def test_fat_is_not_read_as_fatigue(composer) -> None:  # noqa: ANN001
    answer = composer.answer("will letrozole make me fat")
    first = (answer.direct or [i for g in answer.guidelines for i in g.items])[0].text.lower()
    assert "fatigue" not in first


@pytest.mark.parametrize(("text", "word"), [
    ("an acne-like rash", "ras"), ("early breast cancer", "ear"), ("a lump in the armpit", "arm"),
    ("legal guardian", "leg"), ("feeling tired (fatigue)", "fat"), ("a hepatitis test", "hep"),
])
def test_a_word_inside_another_is_not_said(text, word) -> None:  # noqa: ANN001
    assert match_count(text, [word]) == 0


@pytest.mark.parametrize(("text", "word"), [
    ("shortness of breath", "short of breath"), ("before dosing", "dose"), ("nauseous", "nausea"),
    ("if you could get pregnant", "pregnancy"), ("after chemotherapy", "chemo"), ("it was stopped", "stop"),
    ("both ears", "ear"), ("your medications", "medicine"), ("the RAS gene", "ras"), ("HER2-positive", "her2"),
    ("other bodies", "body"), ("a KRAS-mutated tumor", "kras"), ("once it is taken", "take"), ("it was shown", "show"),
    ("the dose is lowered", "low"), ("is it safer", "safe"), ("feelings", "feel"),
])
def test_a_form_of_the_word_is_said(text, word) -> None:  # noqa: ANN001
    assert match_count(text, [word]) == 1


def test_hep_b_is_hepatitis_b(shown) -> None:  # noqa: ANN001
    """"hep" no longer reads as the start of "hepatitis": "hep b" says it (synonyms.yaml)."""
    assert "hepatitis b" in shown("my mom had hep b, can she get obinutuzumab")
