"""Issue 11: questions typed as people type them reach the page they mean, over the shipped content.

Names with a possessive, a plural or one misspelt letter, "plus" for "+", a bare name, "what is it?" at the end,
a glossary name without its last word, and "why do I need X with Y" about something other than the drug.
"""

import re

import pytest
from shippedkb import shipped_composer, shipped_kb

from oncoguide.answer import check, understand

KB = shipped_kb()
COMPOSER = shipped_composer()
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


# glossary names written "short (long)": each half alone names the term ("what is LVEF?")
def page_name(words: str) -> bool:
    """Whether words name a drug, regimen or cancer page too ("MDS"): "what is MDS?" gets that page."""
    q = understand(KB, f"what is {words}")
    return bool(q.drugs or q.regimens or q.cancers)


BRACKETED = [t for t in KB.glossary.values() if re.fullmatch(r"[^()]+\([^()]+\)", t.term)
             and not any(page_name(h) for h in re.split(r"[()]", t.term) if h.strip())]


@pytest.mark.parametrize("term", BRACKETED, ids=lambda t: t.slug)
def test_either_half_of_a_bracketed_glossary_name_gets_the_definition(term):
    short, long = re.fullmatch(r"\s*(.+?)\s*\((.+)\)\s*", term.term).groups()
    for half in (short, long):
        assert term.definition in first_line(ask(f"what is {half}?")), half


@pytest.mark.parametrize("question, slug", [
    ("what is the Kd regimen", "carfilzomib-dexamethasone-myeloma"),
    ("what is the VRd regimen for myeloma", "vrd-myeloma"),
    ("what is R-CHOP in simple words", "r-chop-dlbcl"),
])
def test_what_is_a_regimen_with_words_beside_its_name_gets_its_drugs(question, slug):
    line = first_line(ask(question)).lower()
    assert all(KB.drugs[d].generic_name.lower() in line for d in KB.regimens[slug].drugs), line


def test_how_many_drugs_in_a_regimen_asks_for_its_components():
    assert understand(KB, "what are the 3 drugs in VRd").intents == ["components"]


@pytest.mark.parametrize("cancer", [c for c in KB.cancers.values() if c.abbreviations], ids=lambda c: c.slug)
def test_what_is_a_cancer_with_more_words_gets_its_page(cancer):
    answer = ask(f"what is {cancer.abbreviations[0]}, is it cancer")
    assert first_line(answer) in [s.text for s in cancer.what_is_it]


@pytest.mark.parametrize("term", [t for t in KB.glossary.values() if t.aliases and t.aliases[0].isupper()
                                  and not page_name(t.aliases[0])], ids=lambda t: t.slug)
def test_what_is_asked_after_a_comma_gets_the_definition(term):
    assert term.definition in first_line(ask(f"my {term.aliases[0]} came back odd, what is {term.aliases[0]}"))


def test_a_cancer_question_with_no_intent_answers_from_its_page_only_when_the_page_says():
    # "what causes ..." asks the page's risk section, as the risk aspect of a cancer always read it
    assert understand(KB, "what causes most cervical cancer").intents == ["definition", "risk"]
    assert understand(KB, "what is the best diet for MDS").intents == []
    assert understand(KB, "what are the usual drugs for cll now").intents == ["uses"]


def test_a_why_question_gets_the_statement_that_gives_the_reason():
    line = first_line(ask("why does venclexta start at a low dose and go up")).lower()
    assert "tumor lysis" in line
    line = first_line(ask("why do i need so much iv fluid with my cisplatin")).lower()
    assert "kidney" in line


def test_why_take_one_drug_with_another_gets_the_page_that_says_why():  # the reason rule leaves it be
    line = first_line(ask("why do I take prednisone with abiraterone")).lower()
    assert "prednisone" in line


# regimens of one phase whose default schedule gives a drug by vein on a single day of each cycle of whole weeks;
# not a plan named just like its drug ("Leuprolide"): naming it names the drug, whose page answers
DRUG_NAMES = {d.generic_name.lower() for d in KB.drugs.values()}
ONE_DAY = [(r, c) for r in KB.regimens.values() for p in r.default_schedule.phases for c in p.components
           if len(c.days) == 1 and c.route.value != "oral" and p.cycle_length_days % 7 == 0
           and len(r.default_schedule.phases) == 1 and (r.short_name or r.name).lower() not in DRUG_NAMES]
assert len(ONE_DAY) >= 10


@pytest.mark.parametrize("regimen, component", ONE_DAY[::5], ids=lambda x: getattr(x, "slug", None) or x.drug)
def test_how_often_a_drug_given_once_a_cycle_comes_round_is_said_in_weeks(regimen, component):
    weeks = regimen.default_schedule.phases[0].cycle_length_days // 7
    every = "every week" if weeks == 1 else f"every {weeks} weeks"
    name = KB.drugs[component.drug].generic_name
    assert every in first_line(ask(f"how often is {name} given in {regimen.short_name or regimen.name}?"))


def test_how_many_doses_counts_the_doses_of_a_drip_over_a_set_number_of_cycles():
    line = first_line(ask("how many doses of docetaxel with leuprolide for prostate cancer"))
    regimen = KB.regimens["leuprolide-docetaxel-prostate"]
    doses = sum(len(c.days) * p.cycles for p in regimen.default_schedule.phases for c in p.components
                if c.drug == "docetaxel")
    assert f"{doses} doses of docetaxel" in line


def test_phases_of_the_same_cycle_length_are_also_counted_in_all():
    regimen = KB.regimens["lenalidomide-rituximab-lymphoma"]
    total = sum(p.cycles for p in regimen.default_schedule.phases)
    assert f"{total} cycles in all" in first_line(ask("R2 for follicular lymphoma - how many cycles"))


def test_a_dose_asked_beside_how_many_cycles_is_kept():
    q = understand(KB, "R2 for follicular lymphoma - revlimid dose and how many cycles")
    assert {"dose", "duration"} <= set(q.intents)
    assert understand(KB, "how many weekly doses of rituxan").intents == ["duration"]


def test_two_drugs_given_with_each_other_are_not_compared():
    assert "comparison" not in understand(KB, "how many cycles of gazyva do you get with calquence for cll").intents
    assert "comparison" in understand(KB, "gazyva or calquence, which is better").intents


def test_missing_a_dose_asks_for_the_missed_dose_rule():
    answer = ask("did i ruin my alecensa treatment by missing a dose yesterday? should i double up")
    assert "missed_dose" in answer.intents
    assert first_line(answer) == KB.drugs["alectinib"].missed_dose.text


def test_an_everyday_medicine_named_beside_a_drug_asks_about_taking_them_together():
    q = understand(KB, "my dad takes omeprazole and just started tarceva, problem?")
    assert "interactions" in q.intents and "side_effects" not in q.intents


def test_why_about_a_regimen_is_answered_by_the_regimen_page_reason():
    line = first_line(ask("why do i need a scope of my esophagus before starting atezo bev for liver cancer"))
    assert "varices" in line.lower()


def test_how_often_is_not_a_word_a_statement_must_hold():
    line = first_line(ask("how often do i need an ekg on tasigna"))
    assert "ECG" in line, line


def _own_words(cancer, statement) -> list[str]:  # noqa: ANN001
    """Long words of a treatment statement that no other treatment statement of its page holds, longest first; not
    a drug's name (a drug named is asked about itself)."""
    others = {w for st in cancer.treatment_note if st is not statement for w in re.findall(r"[a-z]+", st.text.lower())}
    others |= {n.lower() for d in KB.drugs.values() for n in d.names}
    return sorted(set(re.findall(r"[a-z]{7,}", statement.text.lower())) - others, key=lambda w: (-len(w), w))


# cancer pages with several treatment statements: a word only a later one holds picks that one
LATER = [(c, st) for c in KB.cancers.values() for st in c.treatment_note[1:2] if _own_words(c, st)]


@pytest.mark.parametrize("cancer, statement", LATER[:5], ids=lambda x: getattr(x, "slug", "st"))
def test_a_treatment_question_gets_the_cancer_statement_holding_its_words(cancer, statement):
    word = _own_words(cancer, statement)[0]
    assert first_line(ask(f"what treatments for {cancer.name} use {word}?")) == statement.text


# glossary names whose last word is plural ("Blast cells"): asked in the singular
PLURAL = [t for t in KB.glossary.values() if len(t.term.split()) >= 2 and re.fullmatch(r"[a-z]{4,}s", t.term.split()[-1])
          and not t.term.split()[-1].endswith(("ss", "us", "is")) and "(" not in t.term]


@pytest.mark.parametrize("term", PLURAL, ids=lambda t: t.slug)
def test_a_glossary_name_in_the_other_number_gets_the_definition(term):
    singular = " ".join([*term.term.split()[:-1], term.term.split()[-1][:-1]])
    if page_name(singular):
        pytest.skip(f"{singular} also names a page")
    assert term.definition in first_line(ask(f"what is a {singular}?"))


def test_what_does_a_glossary_word_before_a_page_name_mean_gets_the_word():
    assert KB.glossary["refractory"].definition in first_line(ask("what does refractory myeloma mean"))


@pytest.mark.parametrize("short, slug", [("pembro", "pembrolizumab"), ("Ara-C", "cytarabine"), ("nivo", "nivolumab"),
                                         ("adria", "doxorubicin")])
def test_ward_short_names_find_the_drug(short, slug):
    assert understand(KB, f"is {short} chemo?").drugs == [slug]


def test_what_is_the_point_of_a_drug_asks_how_it_works():
    assert "mechanism" in understand(KB, "what is the point of dex in myeloma treatment").intents


@pytest.mark.parametrize("question, slug", [
    ("what is maintenance revlimid after transplant", "lenalidomide-maintenance-myeloma"),
    ("revlimid dose for mds", "lenalidomide-del5q-mds"),
    ("how often is herceptin given weekly", "trastuzumab-weekly-metastatic-breast"),
])
def test_a_regimen_is_named_by_its_drug_and_the_other_words_of_its_short_name(question, slug):
    assert understand(KB, question).regimens == [slug]


def test_a_drug_whose_regimen_is_called_by_the_drug_alone_stays_the_drug():
    assert understand(KB, "sacituzumab govitecan side effects").regimens == []


def test_could_it_be_the_pills_asks_about_side_effects():
    answer = ask("my husband has fallen twice since he started erleada, could it be the pills")
    assert "side_effects" in answer.intents
    assert "fall" in first_line(answer).lower()


def test_the_days_of_a_schedule_are_also_said_as_a_rhythm():
    line = first_line(ask("what days do i take xpovio with dex"))
    assert "twice a week" in line
    line = first_line(ask("ibrance schedule - how many weeks on and off"))
    assert "21 days on, 7 days off" in line


def test_a_first_cycle_that_does_not_come_round_again_gets_no_rhythm():
    line = first_line(ask("how much venetoclax do I take with azacitidine for AML?"))
    assert "day 1 (every" not in line


def test_a_drug_dose_for_a_cancer_lists_its_regimens_for_that_cancer():
    line = first_line(ask("revlimid dose for myeloma"))
    myeloma = [r for r in KB.regimens_with_drug("lenalidomide") if "multiple-myeloma" in r.cancers]
    assert sum(f"In {r.short_name}:" in line for r in myeloma if r.short_name) >= 2, line
    assert "25 mg" in line
