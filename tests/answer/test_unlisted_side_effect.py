"""Issue 11: a side effect asked about one drug that its own page does not list is answered from the plans that
give it with other medicines only with a note saying so, since another medicine of the plan may be the cause.

Questions are built from the shipped knowledge base: each drug with the side effects of its combination plans.
"""

import pytest
from test_off_topic import combination_items
from test_replies import KB, ask


def questions(drug) -> list[str]:
    effects = {e.plain.split(",")[0].split(" (")[0] for r in KB.regimens_with_drug(drug.slug)
               if set(r.drugs) - {drug.slug} for e in r.side_effects}
    return [f"Does {drug.generic_name} cause {e.lower()}?" for e in sorted(effects)[:4]]


@pytest.mark.parametrize("drug", [d for d in KB.drugs.values() if questions(d)], ids=lambda d: d.slug)
def test_a_side_effect_shown_only_from_combination_plans_says_the_drug_page_does_not_list_it(drug):
    for q in questions(drug):
        a = ask(q)
        if combination_items(a, drug.slug):
            notes = [n.text for n in a.notices if n.level == "no_answer"]
            assert any(drug.generic_name in n and "may be the cause" in n for n in notes), q


def test_the_note_is_not_given_when_the_drug_page_lists_the_side_effect():
    a = ask("Can Revlimid give me blood clots?")
    assert not [n for n in a.notices if "may be the cause" in n.text]
