"""Issue 11: an answer about a drug holds no statement about a treatment plan that adds other drugs, where that
plan's statement is about the combination rather than the drug asked about.

Questions are built from the shipped knowledge base, so new pages are tested as they land.
"""

import pytest
from test_replies import KB, ask


def combination_items(answer, drug: str) -> list[str]:
    """Shown items taken from the page of a plan that holds drugs besides the one asked about."""
    out = []
    for item in answer.cited():
        kind, _, slug = (item.where or "").partition(" ")
        slug = slug.split(":")[0]
        if kind == "regimen" and set(KB.regimens[slug].drugs) - {drug}:
            out.append(f"{item.where}: {item.text[:60]}")
    return out


IN_COMBINATIONS = [d for d in KB.drugs.values() if any(set(r.drugs) - {d.slug} for r in KB.regimens_with_drug(d.slug))]


@pytest.mark.parametrize("drug", IN_COMBINATIONS, ids=lambda d: d.slug)
def test_how_well_a_drug_works_is_not_answered_with_a_combinations_goals_or_results(drug):
    assert not combination_items(ask(f"How well does {drug.generic_name} work?"), drug.slug)


def _gives_no_amount(drug) -> bool:
    from oncoguide.answer.intents import answers_alone

    return not answers_alone("dose", [s.text for s in drug.administration], "how much?")


WITH_OWN_PLANS = [d for d in IN_COMBINATIONS if _gives_no_amount(d)
                  and any(set(r.drugs) == {d.slug} for r in KB.regimens_with_drug(d.slug))]


@pytest.mark.parametrize("drug", WITH_OWN_PLANS, ids=lambda d: d.slug)
def test_how_much_of_a_drug_with_its_own_plans_is_answered_from_them_not_from_a_combination(drug):
    text = ask(f"How much {drug.generic_name} do I take?").direct[0].text
    combinations = [r for r in KB.regimens_with_drug(drug.slug) if set(r.drugs) - {drug.slug}]
    assert not [r.display_name for r in combinations if f"In {r.display_name}:" in text]


@pytest.mark.parametrize("drug", IN_COMBINATIONS, ids=lambda d: d.slug)
def test_a_statement_from_a_plan_the_question_did_not_name_says_which_plan(drug):
    a = ask(f"How long will I take {drug.generic_name}?")
    for item in a.cited():
        kind, _, rest = (item.where or "").partition(" ")
        if kind == "regimen":
            r = KB.regimens[rest.split(":")[0]]
            assert any(n and n in item.text for n in (r.short_name, r.name, r.display_name)), item.text
