"""Issue 11: questions typed as people type them reach the page they mean, over the shipped content.

Names with a possessive, a plural or one misspelt letter, "plus" for "+", a bare name, "what is it?" at the end,
a glossary name without its last word, and "why do I need X with Y" about something other than the drug.
"""

import re
from pathlib import Path

import pytest

from oncoguide.answer import Composer, check, understand
from oncoguide.content import load

CONTENT = Path(__file__).resolve().parents[2] / "content"
KB = load(CONTENT)
COMPOSER = Composer(KB)
DECLINE = "do not answer this question"
PLUS = [r for r in KB.regimens.values() if r.short_name and re.fullmatch(r"\d+\+\d+", r.short_name)]
# glossary terms of three words or more ending in a generic word: "tumor lysis syndrome" asked as "tumor lysis"
TAILED = [t for t in KB.glossary.values()
          if len(t.term.split()) >= 3 and t.term.split()[-1].lower() in {"syndrome", "disease", "disorder"}]


def ask(q: str):
    answer = COMPOSER.answer(q)
    assert check(answer) == [], q
    return answer


def shown(answer) -> str:
    return " ".join([*(n.text for n in answer.notices), *(i.text for i in answer.cited())])


def first_line(answer) -> str:
    assert answer.direct, f"no first line for {answer.question!r}"
    return answer.direct[0].text


def misspelt(word: str) -> str:
    """The word with its third letter left out, as a hurried typist leaves it ("lukemia", "myloma")."""
    return word[:2] + word[3:]


@pytest.mark.parametrize("question, cancer", [
    ("how is hodgkins lymphoma treated", "hodgkin-lymphoma"),
    ("what is hodgkin's lymphoma", "hodgkin-lymphoma"),
    ("what chemo is used for prostrate cancer", "prostate-cancer"),
])
def test_possessive_plural_and_common_misspelling_find_the_cancer(question, cancer):
    assert cancer in understand(KB, question).cancers


@pytest.mark.parametrize("cancer", [c for c in KB.cancers.values() if any(len(w) >= 7 for w in c.name.split())],
                         ids=lambda c: c.slug)
def test_a_cancer_name_with_one_letter_missing_is_still_found(cancer):
    words = [misspelt(w) if len(w) >= 7 and w.isalpha() else w for w in cancer.name.lower().split()]
    assert cancer.slug in understand(KB, f"what is {' '.join(words)}").cancers


@pytest.mark.parametrize("regimen", PLUS, ids=lambda r: r.slug)
def test_plus_in_words_names_the_regimen_and_what_is_it_gets_its_drugs(regimen):
    a, b = regimen.short_name.split("+")
    answer = ask(f"my husband starts {a} plus {b} next week, what is it")
    assert regimen.slug in understand(KB, answer.question).regimens
    line = first_line(answer).lower()
    assert all(KB.drugs[d].generic_name.lower() in line for d in regimen.drugs)


@pytest.mark.parametrize("question", ["Revlimid?", "FOLFOX", "R-CHOP for my mom", "my dad is starting VRd"])
def test_a_bare_name_is_answered_with_what_it_is(question):
    answer = ask(question)
    assert DECLINE not in shown(answer)
    assert "definition" in answer.intents and first_line(answer)


def test_a_name_with_a_topic_word_is_not_taken_for_a_bare_name():
    assert "definition" not in understand(KB, "Revlimid rash").intents


@pytest.mark.parametrize("question", ["whats FOLFIRINOX", "wats R-CHOP"])
def test_hurried_question_words_do_not_block_the_definition(question):
    assert DECLINE not in shown(ask(question))


@pytest.mark.parametrize("term", TAILED, ids=lambda t: t.slug)
def test_a_glossary_name_without_its_last_word_gets_the_definition(term):
    short = " ".join(term.term.split()[:-1])
    assert term.definition in first_line(ask(f"what is {short}?"))


@pytest.mark.parametrize("slug", ["isatuximab", "ramucirumab", "elotuzumab"])
def test_what_does_it_target_gets_how_it_works(slug):
    name = KB.drugs[slug].names[0] if KB.drugs[slug].names else slug
    q = understand(KB, f"what does {name} target")
    assert q.intents == ["mechanism"]
    assert first_line(ask(q.text)) in [m.text for m in KB.drugs[slug].mechanism]


@pytest.mark.parametrize("question, intent", [
    ("why do i need so much iv fluid with my cisplatin", "premedication"),
    ("why do i have to take steroid pills the day before my docetaxel", "premedication"),
    ("why do i need ekgs on ribociclib", "monitoring"),
])
def test_why_about_something_else_than_the_drug_is_not_its_mechanism(question, intent):
    q = understand(KB, question)
    assert "mechanism" not in q.intents and intent in q.intents
    mechanism = [m.text for d in q.drugs for m in KB.drugs[d].mechanism]
    assert first_line(ask(question)) not in mechanism


def test_why_take_the_drug_itself_is_still_how_it_works():
    assert "mechanism" in understand(KB, "why do I take dexamethasone with my chemo").intents


def test_the_word_chemo_alone_does_not_ask_whether_it_is_chemo():
    question = "after the chemo part is done how often is imfinzi given for small cell"
    q = understand(KB, question)
    assert "classification" not in q.intents and "dose" in q.intents
    assert not first_line(ask(question)).startswith(("No.", "Yes."))
    assert "classification" in understand(KB, "is imfinzi chemo and how often is it given").intents


def test_which_days_gets_the_days_not_only_how_often():
    line = first_line(ask("how do i take rydapt and on which days"))
    assert re.search(r"\bdays? \d", line), line
