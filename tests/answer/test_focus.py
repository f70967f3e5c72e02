"""Issue 11: an answer stays on what was asked, and a question the sources cannot answer is declined.

Questions are built from the shipped knowledge base (every drug with the field asked about), so new content is
tested as it lands; the off-topic questions name things oncoguide does not cover.
"""

import re

import pytest
from test_replies import KB, NAMED, ask, first_line

from oncoguide.answer.intents import answers_alone, replies
from oncoguide.answer.names import known_word

AMOUNT = re.compile(r"\d ?(mg|mcg|g|units?)\b|mg/m|mg/kg|\bauc\b", re.I)
FOODISH = re.compile(r"\bfood\b|\bmeals?\b|empty stomach", re.I)


def regimen_items(answer) -> list[str]:
    return [i.where for i in answer.cited() if (i.where or "").startswith("regimen ")]


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.mechanism and KB.regimens_with_drug(d.slug)],
                         ids=lambda d: d.slug)
def test_how_a_drug_works_comes_from_its_own_page_not_each_of_its_regimens(drug):
    a = ask(f"How does {drug.generic_name} work?")
    assert not regimen_items(a), "the drug page says how it works; its regimens' pages only repeat it"
    shown = " ".join(i.text for i in a.cited())
    assert drug.mechanism[0].text in shown


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.storage and KB.regimens_with_drug(d.slug)],
                         ids=lambda d: d.slug)
def test_a_storage_question_about_a_drug_shows_no_regimen_page(drug):
    assert not regimen_items(ask(f"How do I store {drug.generic_name}?"))


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if KB.regimens_with_drug(d.slug)
                                  and not answers_alone("dose", [s.text for s in d.administration], "what dose?")],
                         ids=lambda d: d.slug)
def test_a_dose_question_gets_an_amount_from_a_regimen_when_the_drug_page_gives_none(drug):
    shown = " ".join(i.text for i in ask(f"What is the dose of {drug.generic_name}?").cited())
    assert AMOUNT.search(shown), "the drug page gives no amount; the schedules of its regimens do"


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if any(FOODISH.search(s.text) for s in d.administration)],
                         ids=lambda d: d.slug)
def test_a_food_question_about_a_drug_gets_its_food_rule_not_a_schedule(drug):
    a = ask(f"Should I take {drug.generic_name} with food?")
    assert FOODISH.search(first_line(a))
    assert not [w for w in regimen_items(a) if w.endswith("schedules")]
    assert not any(n.level == "ask_team" for n in a.notices)


LIMITED = [d for d in KB.drugs.values()
           if any(re.search(r"total dose|lifetime", s.text, re.I) for f in ("boxed_warnings", "administration", "monitoring")
                  for s in getattr(d, f) or [])]


@pytest.mark.parametrize("drug", LIMITED, ids=lambda d: d.slug)
@pytest.mark.parametrize("template", ["Is there a maximum total dose of {}?", "Is there a lifetime limit on {}?"])
def test_a_lifetime_limit_question_gets_the_limit_first(drug, template):
    assert LIMITED
    text = first_line(ask(template.format(drug.generic_name))).lower()
    assert "total" in text or "lifetime" in text


OFF_TOPIC = ["What is the best treatment for type 2 diabetes?", "How much does chemo cost at Mayo Clinic?",
             "Can I take ibuprofen for a headache?", "What is the dose of metformin?",
             "What is the dose of amoxicillin for an ear infection?", "How do statins work?",
             "Which hospital in Boston has the shortest waiting list?", "How long does COVID last?"]


@pytest.mark.parametrize("q", OFF_TOPIC)
def test_a_question_the_sources_do_not_cover_is_declined(q):
    a = ask(q)
    assert not a.cited(), "a loosely related statement is not an answer"
    assert any(n.level == "no_answer" for n in a.notices)


@pytest.mark.parametrize("q", ["What is a loading dose?", "What does ANC stand for?", "what does low platelets mean",
                               "What are my counts?"])
def test_a_question_about_a_glossary_word_alone_still_gets_its_definition(q):
    assert ":" in first_line(ask(q))


TRIALED = [r for r in NAMED if any(re.search(r"\b\d+ (out of|in) \d+\b|\d ?%", g.text) for g in r.goals)]


@pytest.mark.parametrize("regimen", TRIALED, ids=lambda r: r.slug)
def test_how_well_a_regimen_works_gets_a_result_first_and_only_once(regimen):
    a = ask(f"What is the success rate of {regimen.short_name}?")
    text = first_line(a)
    assert re.search(r"\b\d+ (out of|in) \d+\b|\d ?%|\bcured?\b", text)
    assert all(i.text not in text for i in a.cited()[1:]), "the reply is not repeated below it"


UNMENTIONED = "Zyrtec"  # a medicine no page names (Tylenol was, until premedication pages named it)


def test_the_unmentioned_medicine_is_named_by_no_page():
    assert not known_word(KB, UNMENTIONED.lower())


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.interactions], ids=lambda d: d.slug)
def test_a_pair_the_pages_do_not_name_gets_no_other_pairs_rule_as_its_reply(drug):
    # "with Zyrtec?" is answered by no interaction statement of ours; the reply must not be, say, a digoxin rule
    a = ask(f"Can I take {UNMENTIONED} with {drug.generic_name}?")
    assert not a.direct or UNMENTIONED.lower() in a.direct[0].text.lower()


@pytest.mark.parametrize("cancer", [c for c in KB.cancers.values() if c.treatment_note], ids=lambda c: c.slug)
def test_what_chemo_for_a_cancer_gets_its_treatments_not_a_definition_of_chemo(cancer):
    text = first_line(ask(f"My husband has {cancer.name.split(' (')[0].lower()}, what chemo will he get?"))
    assert text in {s.text for s in cancer.treatment_note}


@pytest.mark.parametrize("cancer", [c for c in KB.cancers.values() if c.treatment_note], ids=lambda c: c.slug)
def test_a_body_part_in_a_cancer_name_is_not_a_side_effect_asked_about(cancer):
    a = ask(f"What treatments are there for {cancer.name.split(' (')[0].lower()}?")
    assert "side_effects" not in a.intents


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if KB.regimens_with_drug(d.slug)
                                  and not answers_alone("dose", [s.text for s in d.administration], "how much?")],
                         ids=lambda d: d.slug)
def test_how_much_of_a_drug_gets_its_dose_in_the_regimens_that_use_it(drug):
    text = first_line(ask(f"How much {drug.generic_name} do I take?"))
    shown = {c.dose_text for r in KB.regimens_with_drug(drug.slug) for p in r.default_schedule.phases
             for c in p.components if c.drug == drug.slug}
    assert any(dose in text for dose in shown)


@pytest.mark.parametrize("drug", KB.drugs.values(), ids=lambda d: d.slug)
def test_a_breastfeeding_question_is_not_answered_with_a_pregnancy_rule(drug):
    a = ask(f"Can I breastfeed while taking {drug.generic_name}?")
    assert not a.direct or re.search(r"breast.?feed|breast ?milk|nurs", first_line(a), re.I)


@pytest.mark.parametrize("drug", KB.drugs.values(), ids=lambda d: d.slug)
def test_what_kind_of_drug_gets_the_kind_without_a_yes_or_no(drug):
    text = first_line(ask(f"What kind of drug is {drug.generic_name}?"))
    assert not re.match(r"(yes|no)\b", text, re.I)


@pytest.mark.parametrize("q, condition", [("Does rituximab work for multiple sclerosis?", "multiple sclerosis"),
                                          ("Is prednisone good for poison ivy?", "poison ivy"),
                                          ("Can dexamethasone treat COVID?", "covid")])
def test_a_treatment_asked_for_a_condition_no_page_mentions_says_so_and_shows_no_other_diseases_results(q, condition):
    a = ask(q)
    assert any(condition in n.text.lower() for n in a.notices)
    assert not a.direct and not a.research
    assert all(i.where.startswith("drug ") for i in a.cited()), "only what the drug is for, from its own page"


@pytest.mark.parametrize("q", ["Is rituximab used for follicular lymphoma?", "Is Keytruda approved for bladder cancer?",
                               "What is lenalidomide used for?"])
def test_a_use_the_pages_cover_is_not_taken_for_an_unknown_condition(q):
    a = ask(q)
    assert not any(n.level == "no_answer" for n in a.notices)
    assert a.direct


def test_a_question_on_nothing_we_cover_suggests_no_unrelated_pages():
    assert ask("What is the treatment for type 2 diabetes?").see_also == []


@pytest.mark.parametrize("cancer", KB.cancers.values(), ids=lambda c: c.slug)
def test_what_causes_a_cancer_is_not_answered_with_treatment_side_effects(cancer):
    a = ask(f"What causes {cancer.name.split(' (')[0].lower()}?")
    assert not [i for i in a.cited() if "side_effects" in (i.where or "")]


@pytest.mark.parametrize("cancer", [c for c in KB.cancers.values() if KB.regimens_for_cancer(c.slug)], ids=lambda c: c.slug)
def test_how_long_people_live_is_not_read_as_how_long_treatment_lasts(cancer):
    a = ask(f"How long do people live with {cancer.name.split(' (')[0].lower()}?")
    assert "duration" not in a.intents and "results" in a.intents


def test_a_side_effect_of_chemo_in_general_is_not_answered_with_what_chemo_is():
    a = ask("Will I lose my hair on chemo?")
    assert not a.direct or "hair" in a.direct[0].text.lower()


HYPHENATED = [r for r in NAMED if re.fullmatch(r"[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)+", r.short_name)
              and len(re.sub(r"[-/]", "", r.short_name)) >= 4]


@pytest.mark.parametrize("regimen", HYPHENATED, ids=lambda r: r.short_name)
def test_a_regimen_typed_without_its_hyphens_and_in_a_hurry_is_still_found(regimen):
    joined = re.sub(r"[-/]", "", regimen.short_name).lower()
    for q in (f"what is {joined}", f"wats in {joined}"):
        text = first_line(ask(q)).lower()
        assert all(KB.drugs[d].generic_name.lower() in text for d in regimen.drugs if d in KB.drugs), q


@pytest.mark.parametrize("regimen", [r for r in NAMED if r.monitoring.items], ids=lambda r: r.short_name)
def test_blood_work_is_a_question_about_tests(regimen):
    a = ask(f"How often do I get blood work on {regimen.short_name}?")
    assert a.intents == ["monitoring"]


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.forms and any(
    "infusion" in f.lower() or "injection" in f.lower() for f in d.forms)], ids=lambda d: d.slug)
def test_how_long_is_the_infusion_asks_how_it_is_given_not_for_how_many_months(drug):
    assert "duration" not in ask(f"How long is the infusion of {drug.generic_name}?").intents


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.interactions], ids=lambda d: d.slug)
def test_what_drugs_interact_is_an_interaction_question_not_what_is_in_a_regimen(drug):
    a = ask(f"What drugs interact with {(drug.brand_names or [drug.generic_name])[0]}?")
    assert a.intents == ["interactions"]
    assert first_line(a) in {s.text for s in drug.interactions}


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.forms and not any(
    re.search(r"tablet|capsule|pill|liquid|solution", f, re.I) for f in d.forms)], ids=lambda d: d.slug)
def test_food_with_a_drug_given_into_a_vein_or_under_the_skin_gets_how_it_is_given(drug):
    text = first_line(ask(f"Can I take {drug.generic_name} with food?")).lower()
    assert re.search(r"vein|drip|infusion|injection|shot|under the skin|\biv\b", text)


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.pregnancy
                                  and d.generic_name.lower() in d.pregnancy[0].text.lower()], ids=lambda d: d.slug)
def test_a_pregnancy_question_gets_a_pregnancy_rule_first(drug):
    # widened medical words ("embryo-fetal toxicity") are not words the reply must hold
    assert first_line(ask(f"Can I take {drug.generic_name} while pregnant?")) in {s.text for s in drug.pregnancy}


@pytest.mark.parametrize("regimen", NAMED, ids=lambda r: r.short_name)
def test_is_a_regimen_chemo_says_which_of_its_drugs_are(regimen):
    text = first_line(ask(f"Is {regimen.short_name} chemo?"))
    drugs = [KB.drugs[d] for d in regimen.drugs if d in KB.drugs]
    assert all(d.generic_name.lower() in text.lower() for d in drugs)
    assert text.startswith("Yes" if all(d.chemotherapy.traditional for d in drugs) else
                           "No" if not any(d.chemotherapy.traditional for d in drugs) else "Partly")


@pytest.mark.parametrize("regimen", NAMED, ids=lambda r: r.short_name)
def test_what_a_regimen_is_used_for_names_its_cancer(regimen):
    text = first_line(ask(f"What is {regimen.short_name} used for?")).lower()
    assert any(KB.cancers[c].name.split(" (")[0].lower() in text for c in regimen.cancers)


# a plan name that is also a drug's own name ("Pembrolizumab") asks about the drug, whose page gives its dose
DRUG_NAMES = {d.generic_name.lower() for d in KB.drugs.values()}
SHARED = [(r, c) for r in KB.regimens.values() for c in r.cancers
          if r.short_name and r.short_name.lower() not in DRUG_NAMES
          and sum(o.short_name == r.short_name for o in KB.regimens.values()) > 1]


@pytest.mark.parametrize("regimen, cancer", SHARED, ids=lambda x: getattr(x, "slug", x))
def test_a_name_several_regimens_share_means_the_one_for_the_cancer_named(regimen, cancer):
    name = KB.cancers[cancer].name.split(" (")[0].lower()
    a = ask(f"What is the dose of {regimen.short_name} for {name}?")
    assert (a.direct[0].where or "").startswith(f"regimen {regimen.slug}: schedules")  # or one drug's line of it


@pytest.mark.parametrize("term", [t for t in KB.glossary.values()], ids=lambda t: t.slug)
def test_can_you_explain_a_glossary_word_gets_its_definition(term):
    a = ask(f"Can you explain {term.term.lower()}?")
    assert a.direct
    # a page of the same name may answer instead (urothelial carcinoma is the bladder cancer page), never a
    # shorter name inside it (PD-1 is not the regimen Pd, de novo MDS not the MDS page)
    assert term.definition in a.direct[0].text or a.direct[0].where.split(":")[0].split()[0] in ("cancer", "drug")


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.boxed_warnings], ids=lambda d: d.slug)
def test_a_black_box_question_names_what_the_boxed_warnings_are_about(drug):
    text = first_line(ask(f"Does {(drug.brand_names or [drug.generic_name])[0]} have a black box warning?"))
    assert text.startswith("Yes.") and "boxed warning" in text
    heads = [w.label or w.text.split(". ")[0] for w in drug.boxed_warnings]
    assert all(h[1:] in text for h in heads)


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.rems], ids=lambda d: d.slug)
def test_a_special_program_question_gets_the_rems_rule(drug):
    assert first_line(ask(f"Is there a special program to get {drug.generic_name}?")) == drug.rems.text


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.storage], ids=lambda d: d.slug)
def test_a_word_the_pages_use_does_not_keep_a_storage_question_from_its_reply(drug):
    # "kept" is a word the pages use; only a word no page uses (a medicine like Zyrtec) vetoes a field's first statement
    assert ask(f"Should {drug.generic_name} be kept in the fridge?").direct


def _has_a_rule_shown(drug) -> bool:  # noqa: ANN001
    """A statement cited to a website alone is never shown as a rule (only beside one from a label or study)."""
    return any({KB.sources[c.source].kind.value for c in i.cite} != {"website"} for i in drug.interactions)


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if _has_a_rule_shown(d)], ids=lambda d: d.slug)
def test_a_medicine_no_page_mentions_is_named_as_not_covered_beside_the_rules_we_have(drug):
    a = ask(f"Can I take {UNMENTIONED} with {drug.generic_name}?")
    assert any(f"do not mention {UNMENTIONED}" in n.text for n in a.notices)


def test_a_medicine_the_synonym_table_knows_is_not_called_unmentioned():
    a = ask("Can I take omeprazole with Sprycel?")
    assert not any("do not mention" in n.text for n in a.notices)


@pytest.mark.parametrize("regimen", NAMED, ids=lambda r: r.short_name)
def test_something_no_page_speaks_of_is_declined_not_answered_with_loosely_related_statements(regimen):
    a = ask(f"Can I get a tattoo during {regimen.short_name}?")
    assert not a.cited()
    assert any(n.level == "no_answer" for n in a.notices)


@pytest.mark.parametrize("cancer", KB.cancers.values(), ids=lambda c: c.slug)
def test_the_symptoms_of_a_cancer_come_from_its_page_not_from_treatment_side_effects(cancer):
    a = ask(f"What are the symptoms of {cancer.name.split(' (')[0].lower()}?")
    assert not [i for i in a.cited() if "side_effects" in (i.where or "")]
    assert first_line(a) in {s.text for s in (cancer.signs or cancer.what_is_it)}  # its signs, where it has them


@pytest.mark.parametrize("cancer", [c for c in KB.cancers.values() if c.treatment_note], ids=lambda c: c.slug)
def test_the_first_treatment_for_a_cancer_gets_what_its_page_says_on_treatment(cancer):
    assert first_line(ask(f"What is the first treatment for {cancer.name.split(' (')[0].lower()}?")) in {
        s.text for s in cancer.treatment_note}


def test_what_is_a_glossary_term_for_a_cancer_defines_the_term():
    term = KB.glossary["maintenance-therapy"]
    assert term.definition in first_line(ask(f"What is {term.term.lower()} for myeloma?"))


PAIRS = [(d, sub) for d in KB.drugs.values()
         for sub in ("warfarin", "digoxin", "rifampin", "grapefruit", "phenytoin", "gemfibrozil", "antacid", "aspirin")
         if sub in " ".join(s.text for s in d.interactions).lower()]


@pytest.mark.parametrize("drug, sub", PAIRS, ids=lambda x: getattr(x, "slug", x))
def test_a_named_pair_gets_the_rule_that_names_it_first(drug, sub):
    # the synonym table widens "grapefruit" to CYP3A; the question's own word still decides the reply
    assert sub in first_line(ask(f"Can I take {sub} with {drug.generic_name}?")).lower()


@pytest.mark.parametrize("regimen", [r for r in NAMED if len(r.drugs) > 1], ids=lambda r: r.short_name)
def test_when_do_i_take_one_drug_of_a_regimen_gets_that_drugs_lines_only(regimen):
    drug = KB.drugs[regimen.drugs[-1]]
    text = first_line(ask(f"What days do I take {drug.generic_name} in {regimen.short_name}?")).lower()
    text = re.sub(r"\([^()]*(\([^()]*\)[^()]*)*\)|other schedules? on the page.*", "", text)  # phase names may name others
    assert drug.generic_name.lower() in text
    assert not [d for d in regimen.drugs if d != drug.slug and KB.drugs[d].generic_name.lower() + " " in text
                and KB.drugs[d].generic_name.lower() not in drug.generic_name.lower()]


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if any(
    re.search(r"before (each|every) (dose|drip|infusion)", s.text, re.I) for s in d.administration)], ids=lambda d: d.slug)
def test_what_is_given_before_each_dose_gets_the_premedication_rule(drug):
    text = first_line(ask(f"What premeds do I get before {drug.generic_name}?"))
    assert replies("premedication", text) and text in {s.text for s in [*drug.administration]} | {
        f.answer for f in drug.faqs}


def test_why_one_drug_is_given_with_another_gets_the_statement_that_names_it():
    text = first_line(ask("Why do I take prednisone with abiraterone?")).lower()
    assert "prednisone" in text


@pytest.mark.parametrize("a, b", [("lenalidomide", "thalidomide"), ("letrozole", "anastrozole")])
def test_two_drugs_compared_show_no_regimen_page(a, b):
    assert not regimen_items(ask(f"What is the difference between {a} and {b}?"))
