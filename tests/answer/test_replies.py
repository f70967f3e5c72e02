"""Issue 11: the first line answers the question asked, over every page of the shipped content.

Questions are built from the knowledge base itself (every regimen's short name, every glossary abbreviation), so
new content is tested as it lands and no answer is tuned to one page.
"""

import re

import pytest
from shippedkb import shipped_composer, shipped_kb

from oncoguide.answer import check
from oncoguide.content.lookup import norm

KB = shipped_kb()
COMPOSER = shipped_composer()
DRUG_WORDS = {norm(n) for d in KB.drugs.values() for n in [d.slug, *d.names, *d.misspellings]}
CANCER_WORDS = {norm(n) for c in KB.cancers.values() for n in [c.name, c.slug, *c.abbreviations, *c.synonyms]}
# Regimens people call by a short name of their own ("VRd", "FOLFOX", "7+3"), not by a drug's or cancer's name.
NAMED = [r for r in KB.regimens.values() if r.short_name and norm(r.short_name) not in DRUG_WORDS | CANCER_WORDS
         and not any(norm(r.short_name).startswith(w + " ") for w in DRUG_WORDS)]
COUNTED = [r for r in NAMED if all(p.cycles for p in r.default_schedule.phases)]
ABBREVIATIONS = [(t, a) for t in KB.glossary.values() for a in t.aliases
                 if a.isupper() and len(a) >= 3 and norm(a) not in DRUG_WORDS | CANCER_WORDS]


def ask(q: str):
    answer = COMPOSER.answer(q)
    assert check(answer) == [], q
    return answer


def first_line(answer) -> str:
    assert answer.direct, f"no first line for {answer.question!r}"
    return answer.direct[0].text


def drug_name(slug: str) -> str:
    return KB.drugs[slug].generic_name.lower()


@pytest.mark.parametrize("regimen", NAMED, ids=lambda r: r.short_name)
@pytest.mark.parametrize("template", ["What is {}?", "What medicines are in {}?", "My dad is starting {}, what is that?"])
def test_a_regimen_named_by_its_short_name_is_explained_with_its_drugs(regimen, template):
    text = first_line(ask(template.format(regimen.short_name))).lower()
    assert all(drug_name(d) in text for d in regimen.drugs if d in KB.drugs)


@pytest.mark.parametrize("regimen", COUNTED, ids=lambda r: r.short_name)
def test_how_many_cycles_gets_the_number(regimen):
    text = first_line(ask(f"How many rounds of {regimen.short_name} will I get?"))
    # every round is counted once: the runs of cycles told add up to the regimen's rounds (phases of the same drugs
    # and length may be told as one run: "6 cycles of TCHP", not "1 cycle, then 5 cycles")
    told = sum(int(n) for n in re.findall(r"(\d+) cycles? of ", text.split(" That is ")[0]))
    assert told == sum(p.cycles for p in regimen.default_schedule.phases if p.cycle_length_days < 365)


@pytest.mark.parametrize("regimen", NAMED, ids=lambda r: r.short_name)
def test_a_dose_question_about_a_regimen_gets_its_doses_and_cycle(regimen):
    text = first_line(ask(f"What is the dose of {regimen.short_name}?"))
    phase = regimen.default_schedule.phases[0]
    assert f"{phase.cycle_length_days}-day cycle" in text
    assert all(c.dose_text in text for c in phase.components)


def test_dose_by_drugs_and_cancer_finds_the_regimen_meant():
    # lenalidomide with dexamethasone for myeloma is the regimen with exactly those two drugs, not VRd or DRd
    text = first_line(ask("What is the dose of lenalidomide with dexamethasone for multiple myeloma?"))
    assert "25 mg" in text and "days 1 to 21" in text and "28-day cycle" in text
    assert "bortezomib" not in text.lower() and "daratumumab" not in text.lower()


@pytest.mark.parametrize("term, alias", ABBREVIATIONS, ids=lambda x: getattr(x, "slug", x))
def test_what_does_an_abbreviation_mean_gets_the_glossary_definition(term, alias):
    assert term.definition in first_line(ask(f"What does {alias} mean?"))


@pytest.mark.parametrize("q", ["What is neutropenia?", "What are my counts?"])
def test_glossary_words_and_lay_words_get_a_definition(q):
    assert first_line(ask(q))


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.forms], ids=lambda d: d.slug)
def test_is_it_a_pill_gets_the_form(drug):
    text = first_line(ask(f"Is {drug.generic_name} a pill or an infusion?")).lower()
    assert any(w in text for w in ("by mouth", "capsule", "tablet", "pill", "vein", "drip", "infusion", "shot",
                                   "injection", "under the skin"))


def test_a_pair_question_gets_the_rule_for_that_pair():
    text = first_line(ask("Can I take omeprazole with Sprycel?")).lower()
    assert "proton pump inhibitor" in text or "stomach acid" in text


def test_a_food_question_gets_the_food_rule_and_no_decision_note():
    a = ask("Should I take Zytiga with food?")
    assert "stomach" in first_line(a).lower() or "food" in first_line(a).lower()
    assert not any(n.level == "ask_team" for n in a.notices)


@pytest.mark.parametrize("q", ["I missed a dose of Revlimid. What do I do?", "What if I forget my acalabrutinib dose?"])
def test_how_to_take_a_medicine_is_not_a_decision(q):
    assert not any(n.level == "ask_team" for n in ask(q).notices)


@pytest.mark.parametrize("q", ["Should I stop taking lenalidomide?", "Can I skip my dose of imatinib today?",
                               "Can I double my dose of venetoclax?", "I want to change my dose of dasatinib"])
def test_stopping_skipping_doubling_or_changing_gets_the_decision_note(q):
    assert any(n.level == "ask_team" for n in ask(q).notices)


def test_a_drug_question_holds_nothing_about_other_drugs():
    a = ask("How does lenalidomide work?")
    shown = " ".join(i.text for i in a.cited()).lower()
    others = [drug_name(s) for s in KB.drugs if s != "lenalidomide"]
    assert not [n for n in others if n in shown]


def test_the_lifetime_limit_question_gets_the_heart_limit():
    assert "lifetime" in first_line(ask("Is there a lifetime limit on doxorubicin?")).lower()


def test_disagreement_never_repeats_the_reply():
    a = ask("Is lenalidomide chemotherapy?")
    assert a.disagreements
    reply = a.direct[0].text
    assert all(c.text != reply for d in a.disagreements for c in d.claims)


@pytest.mark.parametrize("regimen", [r for r in NAMED if any(
    KB.sources[c.source].kind.value == "research" and ("trial" in i.text.lower() or "stud" in i.text.lower())
    for i in r.goals for c in i.cite)], ids=lambda r: r.short_name)
def test_trial_results_the_regimen_page_cites_appear_under_research(regimen):
    a = ask(f"What is {regimen.short_name}?")
    assert a.research
    refs = {n for g in a.research for i in g.items for n in i.refs}
    assert any(a.references[n - 1].kind == "research" for n in refs)


def test_a_drug_we_do_not_cover_is_named_with_the_nearest_pages():
    a = ask("Is sotorasib chemotherapy?")
    assert any("does not cover sotorasib" in n.text for n in a.notices)
    assert a.see_also


@pytest.mark.parametrize("cancer", [c for c in KB.cancers.values() if c.treatment_note], ids=lambda c: c.slug)
def test_treatment_options_for_a_cancer_get_what_its_page_says_and_its_regimens(cancer):
    a = ask(f"What are the treatment options for {cancer.name}?")
    assert first_line(a) == cancer.treatment_note[0].text
    regimens = {r.slug for r in KB.regimens_for_cancer(cancer.slug)}
    assert regimens and regimens & {p.slug for p in a.see_also if p.kind == "regimen"}


@pytest.mark.parametrize("regimen", [r for r in NAMED if len(r.schedules) > 1], ids=lambda r: r.short_name)
def test_a_dose_reply_names_the_other_schedules_of_the_page(regimen):
    text = first_line(ask(f"What is the dose of {regimen.short_name}?"))
    assert all(s.name in text for s in regimen.schedules if s is not regimen.default_schedule)


@pytest.mark.parametrize("regimen", [r for r in NAMED if r.monitoring.items], ids=lambda r: r.short_name)
def test_how_often_are_blood_tests_asks_about_tests_not_the_dose(regimen):
    a = ask(f"How often do I need blood tests on {regimen.short_name}?")
    assert "dose" not in a.intents and "monitoring" in a.intents
    shown = " ".join(i.text for i in a.cited())
    assert any(m.text in shown for m in regimen.monitoring.items)


def test_two_regimens_compared_name_each_ones_drugs():
    a = ask("What is the difference between VRd and KRd?")
    text = first_line(a).lower()
    assert "bortezomib" in text and "carfilzomib" in text


def test_vomiting_a_dose_gets_the_missed_dose_rule():
    drug = KB.drugs["capecitabine"]
    assert first_line(ask("What happens if I vomit after taking my capecitabine?")) == drug.missed_dose.text


def _trial_items(regimen):
    from oncoguide.model import cited_items, item_text

    return [i for i in cited_items(regimen) if any(KB.sources[c.source].kind.value == "research" for c in i.cite)
            and any(w in item_text(i).lower() for w in ("trial", "study", "studies"))]


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if any(
    _trial_items(r) for r in KB.regimens_with_drug(d.slug) if r.drugs == [d.slug])], ids=lambda d: d.slug)
def test_how_well_a_drug_used_alone_in_a_trial_works_gets_from_the_research_on_a_fresh_install(drug):
    # the trial's result is shown with its research reference: as the reply when it answers first (and then not
    # again under From the Research), else under From the Research
    a = ask(f"How well does {drug.generic_name} work?")
    shown = [*a.direct, *(i for g in a.research for i in g.items)]
    assert [i for i in shown if any(a.references[n - 1].kind == "research" for n in i.refs)]
    assert all(any(a.references[n - 1].kind == "research" for n in i.refs) for g in a.research for i in g.items)


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.uses and any(
    _trial_items(r) for r in KB.regimens_with_drug(d.slug) if r.drugs == [d.slug])], ids=lambda d: d.slug)
def test_what_a_drug_is_used_for_comes_from_its_page_not_a_trial_of_one_of_its_regimens(drug):
    # a trial of "rituximab alone for follicular lymphoma that came back" is about that plan, not what rituximab is for
    a = ask(f"What is {drug.generic_name} used for?")
    assert not [i.where for i in a.cited() if (i.where or "").startswith("regimen ")]
    assert {i.text for i in drug.uses} & {i.text for i in a.cited()}


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.common_side_effects], ids=lambda d: d.slug)
def test_what_are_the_side_effects_lists_them_in_the_first_line(drug):
    text = first_line(ask(f"What are the side effects of {drug.generic_name}?"))
    assert drug.common_side_effects[0].plain in text


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.storage], ids=lambda d: d.slug)
def test_a_storage_question_gets_a_storage_statement_first(drug):
    assert first_line(ask(f"How should I store {drug.generic_name}?")) in {s.text for s in drug.storage}


# (a cancer the drug page names, as rituximab's names Burkitt lymphoma, is answered from the drug page instead)
@pytest.mark.parametrize("q, name", [("What is the treatment for thyroid cancer?", "thyroid cancer"),
                                     ("Is imatinib used for burkitt lymphoma?", "burkitt lymphoma")])
def test_a_cancer_we_do_not_cover_is_named_with_the_nearest_cancer_pages(q, name):
    assert not any(norm(name) == norm(c.name) for c in KB.cancers.values())
    a = ask(q)
    assert any(f"does not cover {name}" in n.text for n in a.notices)
    assert any(p.kind == "cancer" for p in a.see_also)


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.category.value in ("corticosteroid", "immunotherapy")],
                         ids=lambda d: d.slug)
def test_a_yes_or_no_written_for_another_question_is_not_the_reply(drug):
    # "Is it chemo?" is answered "No."; "Is it a steroid?" must not be answered "No." by that statement
    kind = "steroid" if drug.category.value == "corticosteroid" else "immunotherapy"
    text = first_line(ask(f"Is {drug.generic_name} a {kind}?"))
    assert not text.lower().startswith("no")


def test_a_maximum_dose_question_gets_the_lifetime_limit_not_one_regimens_dose():
    text = first_line(ask("What is the max dose of doxorubicin?")).lower()
    assert "lifetime" in text or "total" in text


def test_a_monitoring_plan_is_read_out_as_when_each_test_is_done():
    planned = [(r, m) for r in NAMED for m in r.monitoring.items if m.intervals]
    assert planned
    regimen, item = planned[0]
    shown = " ".join(i.text for i in ask(f"How often is the {item.name.lower()} done on {regimen.short_name}?").cited())
    assert item.when_text in shown and "every" in item.when_text


@pytest.mark.parametrize("regimen", NAMED, ids=lambda r: r.short_name)
def test_how_is_a_regimen_given_says_how_each_drug_is_given(regimen):
    text = first_line(ask(f"How is {regimen.short_name} given?")).lower()
    assert all(drug_name(c.drug) in text for p in regimen.default_schedule.phases for c in p.components)


@pytest.mark.parametrize("regimen", [r for r in NAMED if any(c.food for p in r.default_schedule.phases
                                                             for c in p.components)], ids=lambda r: r.short_name)
def test_a_food_question_about_a_regimen_gets_each_drugs_food_rule(regimen):
    text = first_line(ask(f"Do I take {regimen.short_name} with food?")).lower()
    foods = [c.food for p in regimen.default_schedule.phases for c in p.components if c.food]
    assert foods[0].lower().rstrip(".") in text
