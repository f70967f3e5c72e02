"""Issue 11: what a question asks about is read right: medicines we do not cover are named (and only those),
how long an infusion takes, organs a drug may harm, meals, "curable", things to avoid, a drug's own short name.

Questions are built from the shipped knowledge base, so new content is tested as it lands.
"""

import re

import pytest
from test_replies import KB, ask, first_line

from oncoguide.answer import understand

NOT_COVERED = re.compile(r"does not cover (\S+)")


def not_covered(answer) -> list[str]:
    return [m[1] for n in answer.notices for m in NOT_COVERED.finditer(n.text)]


@pytest.mark.parametrize("question, name", [
    ("How much Humira should I take?", "Humira"),           # a capitalised name inside the sentence
    ("What is the dose of metformin?", "metformin"),        # "dose of <medicine>"
    ("Is it safe to take Jardiance during chemo?", "Jardiance"),
    ("Is sotorasib chemotherapy?", "sotorasib"),            # a drug-name ending, as before
])
def test_a_medicine_no_page_covers_is_named_as_not_covered(question, name):
    a = ask(question)
    assert name in not_covered(a), a.notices
    assert not a.direct


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if " " in d.generic_name], ids=lambda d: d.slug)
def test_a_word_of_a_covered_drug_name_is_never_called_not_covered(drug):
    # "sacituzumab" of sacituzumab govitecan ends like a drug name, but it is the drug we cover
    for name in (drug.generic_name, drug.generic_name.split()[0]):
        a = ask(f"What are the side effects of {name}?")
        assert not not_covered(a), a.notices


@pytest.mark.parametrize("question", ["Can I take Keytruda for Crohn's disease?", "Is Advil OK with Revlimid?",
                                      "My oncologist Dr Smith prescribed Tagrisso, how do I take it?"])
def test_a_condition_an_english_word_or_a_person_is_not_a_medicine_we_lack(question):
    assert not [n for n in not_covered(ask(question)) if n.lower() != "crohn's"]


def test_another_medicine_beside_one_of_ours_is_left_to_the_interaction_notice():
    drug = next(d for d in KB.drugs.values() if d.interactions)
    a = ask(f"Can I take Zorblatex with {drug.generic_name}?")
    assert not not_covered(a)
    assert any("do not mention Zorblatex" in n.text for n in a.notices)


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.administration and len(d.generic_name.split()) <= 2],
                         ids=lambda d: d.slug)
def test_how_long_the_drugs_infusion_takes_asks_how_it_is_given(drug):
    q = understand(KB, f"How long does the {drug.generic_name} infusion take?")
    assert "form" in q.intents and "duration" not in q.intents


@pytest.mark.parametrize("organ", ["heart", "liver", "kidneys", "lungs", "nerves"])
def test_does_a_drug_hurt_an_organ_asks_about_side_effects(organ):
    q = understand(KB, f"Does doxorubicin hurt the {organ}?")
    assert q.intents == ["side_effects"]


def test_does_a_drug_hurt_the_heart_gets_its_heart_side_effect():
    drug = KB.drugs["doxorubicin"]
    effect = next(e for e in drug.serious_side_effects if "heart" in e.plain.lower())
    assert effect.term in first_line(ask("Does doxorubicin hurt the heart?"))


MEAL = re.compile(r"\b(breakfast|lunch|dinner|meal)\b", re.I)


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if any(MEAL.search(s.text) for s in d.administration)
                                  and not any(re.search(r"\bfood\b|empty stomach", s.text, re.I)
                                              for s in d.administration)], ids=lambda d: d.slug)
def test_a_rule_naming_the_meal_answers_can_i_eat_before_it(drug):
    assert MEAL.search(first_line(ask(f"Can I eat before taking {drug.generic_name}?")))


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.generic_name.lower() in d.summary.text.lower()],
                         ids=lambda d: d.slug)
def test_what_does_a_drug_treat_gets_its_summary_first(drug):
    # "treat" is the question's intent word: a statement holding "treatment" must not outrank the summary for it
    assert first_line(ask(f"What does {drug.generic_name} treat?")) == drug.summary.text


@pytest.mark.parametrize("question", ["Is testicular cancer curable?", "Can Hodgkin lymphoma be cured?"])
def test_curable_asks_how_well_treatment_works(question):
    assert "results" in understand(KB, question).intents
    assert ask(question).direct


def test_what_to_avoid_on_a_drug_asks_about_interactions():
    drug = next(d for d in KB.drugs.values() if d.interactions)
    q = understand(KB, f"What should I avoid while taking {drug.generic_name}?")
    assert "interactions" in q.intents


def test_which_chemo_is_used_for_a_cancer_is_one_uses_intent():
    cancer = next(c for c in KB.cancers.values() if c.treatment_note)
    assert understand(KB, f"Which chemo is used for {cancer.name}?").intents == ["uses"]


@pytest.mark.parametrize("drug, name", [(d, s) for d in KB.drugs.values() for s in d.synonyms
                                        if re.fullmatch(r"\d+-[A-Z]+", s)], ids=lambda x: getattr(x, "slug", x))
def test_a_drugs_own_short_name_names_the_drug_not_a_regimen_holding_it(drug, name):
    # "6-MP" is mercaptopurine, though the regimen "6-MP + MTX maintenance" has it in its short name
    q = understand(KB, f"What is {name}?")
    assert q.drugs == [drug.slug] and not q.regimens


def _unlisted_effects():
    """(drug, regimen, side effect) where a regimen using the drug lists a side effect the drug page does not."""
    out = []
    for d in KB.drugs.values():
        listed = " ".join(e.term.lower() for e in [*d.common_side_effects, *d.serious_side_effects])
        for r in KB.regimens_with_drug(d.slug):
            for e in r.side_effects:
                if e.term.lower() == "alopecia" and "alopecia" not in listed and "hair" not in listed:
                    out.append((d, r, e))
    return list({d.slug: (d, r, e) for d, r, e in out}.values())


@pytest.mark.parametrize("drug, regimen, effect", _unlisted_effects(), ids=lambda x: getattr(x, "slug", None) or "")
def test_a_side_effect_only_a_regimen_of_the_drug_lists_is_shown_as_that_regimens(drug, regimen, effect):
    a = ask(f"Does {drug.generic_name} cause hair loss?")
    line = first_line(a)
    assert "alopecia" in line.lower() and line.startswith("In ")  # said to be the regimen's, by its name
    assert all("alopecia" in i.text.lower() for i in a.cited() if (i.where or "").startswith("regimen "))


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if not d.storage and not d.handling
                                  and KB.regimens_with_drug(d.slug)], ids=lambda d: d.slug)
def test_storing_a_drug_its_page_says_nothing_on_shows_no_regimens_dispensing(drug):
    a = ask(f"How should I store {drug.generic_name}?")
    assert not [i for i in a.cited() if (i.where or "").endswith("dispensing")]


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.interactions
                                  and not any("alcohol" in i.text.lower() for i in d.interactions)
                                  # a page whose FAQ speaks of alcohol (docetaxel's ethanol) does mention it
                                  and not any("alcohol" in f.answer.lower() for f in d.faqs)], ids=lambda d: d.slug)
def test_a_substance_no_rule_names_is_said_to_be_unmentioned_not_answered_by_another_rule(drug):
    # "Revlimid and alcohol?": the digoxin rule is not the reply, and the reader is told alcohol is not covered
    a = ask(f"Can I drink alcohol on {drug.generic_name}?")
    assert not a.direct or "alcohol" in a.direct[0].text.lower()
    assert any("do not mention alcohol" in n.text or n.level == "no_answer" for n in a.notices)


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if d.mechanism and not d.chemotherapy.traditional],
                         ids=lambda d: d.slug)
def test_why_a_drug_is_given_with_chemo_asks_why_not_what_kind(drug):
    q = understand(KB, f"Why do I need to take {drug.generic_name} with my chemo?")
    assert "mechanism" in q.intents and "classification" not in q.intents


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values()
                                  if any(r.drugs == [d.slug] for r in KB.regimens_with_drug(d.slug))
                                  and any(r.drugs != [d.slug] for r in KB.regimens_with_drug(d.slug))],
                         ids=lambda d: d.slug)
def test_how_long_a_drug_is_taken_comes_from_its_own_plans_not_a_combinations(drug):
    # "how long do I take anastrozole?" is not answered by abemaciclib-with-anastrozole
    a = ask(f"How long will I be on {drug.generic_name}?")
    shown = {w.split(":")[0].split()[1] for i in a.cited() if (w := i.where or "").startswith("regimen ")}
    assert all(KB.regimens[s].drugs == [drug.slug] for s in shown), shown


@pytest.mark.parametrize("cancer", [c for c in KB.cancers.values() if KB.regimens_for_cancer(c.slug)],
                         ids=lambda c: c.slug)
def test_chemo_for_a_cancer_with_another_ask_keeps_that_ask(cancer):
    # "how long is chemo for Hodgkin lymphoma?" asks how long, not which treatments
    name = cancer.name.split(" (")[0]
    assert understand(KB, f"How long is chemo for {name}?").intents == ["duration"]
    assert understand(KB, f"What are the side effects of chemo for {name}?").intents == ["side_effects"]


@pytest.mark.parametrize("cancer, abbreviation", [(c, a) for c in KB.cancers.values() for a in c.abbreviations
                                                  if a.isupper() and len(a) >= 3], ids=str)
def test_what_a_cancer_abbreviation_stands_for_is_what_the_cancer_is(cancer, abbreviation):
    q = understand(KB, f"What does {abbreviation} stand for?")
    if q.cancers == [cancer.slug]:
        assert q.intents == ["definition"]
        assert first_line(ask(f"What does {abbreviation} stand for?")) in {s.text for s in cancer.what_is_it}


def _medicine_pairs():
    """(drug, medicine name, kind terms) where the drug's interaction rule names the kind, not the medicine."""
    if KB.medicines is None:
        return []
    out = {}
    for m in KB.medicines.medicines:
        terms_ = [t.lower() for c in m.classes if (k := KB.medicines.kind(c)) for t in k.terms]
        for d in KB.drugs.values():
            texts = [i.text.lower() for i in d.interactions]
            if any(any(t in x for t in terms_) for x in texts) and not any(n.lower() in x for n in m.names for x in texts):
                out.setdefault(m.name, (d, m.names[-1], terms_))
    return list(out.values())


@pytest.mark.parametrize("drug, medicine, kinds", _medicine_pairs(), ids=lambda x: getattr(x, "slug", x) if
                         not isinstance(x, list) else "")
def test_an_everyday_medicine_gets_the_rule_on_its_kind(drug, medicine, kinds):
    # "Eliquis with ibrutinib?": medicines.yaml says Eliquis is a blood thinner; the blood thinner rule answers
    a = ask(f"Can I take {medicine} with {drug.generic_name}?")
    assert any(t in first_line(a).lower() for t in kinds)
    assert not any("do not mention" in n.text for n in a.notices)
