"""Issue 11: asked about a drug alone, an answer takes from the plans that give it with other drugs only that
drug's own lines (its dose, days and cycles there), not what those plans say of themselves or of their other drugs.

Questions are built from the shipped knowledge base, so new pages are tested as they land.
"""

import re

import pytest
from test_replies import KB, ask

from oncoguide.answer.evidence import component_of


def _combinations(drug) -> list:
    return [r for r in KB.regimens_with_drug(drug.slug) if set(r.drugs) - {drug.slug}]


def _from_combinations(answer, drug) -> list:
    """Shown items from the page of a plan that gives the drug with other drugs."""
    slugs = {r.slug for r in _combinations(drug)}
    return [i for i in answer.cited() if re.match(r"regimen ([a-z0-9-]+)", i.where or "")
            and (i.where or "").split()[1].rstrip(":") in slugs]


def _others_named(text: str, drug, regimen) -> list[str]:
    """The generic names of the plan's other drugs that a line names after its 'In <plan>: ' label."""
    body = text.split(": ", 1)[-1].lower()
    return [KB.drugs[d].generic_name for d in regimen.drugs
            if d != drug.slug and d in KB.drugs and KB.drugs[d].generic_name.lower() in body]


def _only_own_lines(answer, drug) -> None:  # noqa: ANN001
    """Everything the answer takes from plans that add other drugs is the asked drug's own line of that plan."""
    for item in _from_combinations(answer, drug):
        assert component_of(item.where) is not None and component_of(item.where)[1] == drug.slug, \
            f"{item.where}: {item.text[:80]}"


ONLY_IN_COMBINATIONS = [d for d in KB.drugs.values() if KB.regimens_with_drug(d.slug)
                        and all(set(r.drugs) - {d.slug} for r in KB.regimens_with_drug(d.slug))]


@pytest.mark.parametrize("drug", ONLY_IN_COMBINATIONS, ids=lambda d: d.slug)
def test_how_long_a_drug_is_given_is_said_by_its_own_lines_of_the_plans(drug):
    a = ask(f"How long will I get {drug.generic_name}?")
    _only_own_lines(a, drug)


def _set_cycles(drug) -> list:
    fewest = min(_combinations(drug), key=lambda r: len(r.drugs))
    phases = [p for p in fewest.default_schedule.phases if any(c.drug == drug.slug for c in p.components)]
    return [fewest] if phases and all(p.cycles for p in phases) else []


COUNTED = [(d, r) for d in ONLY_IN_COMBINATIONS for r in _set_cycles(d)]


@pytest.mark.parametrize("drug, regimen", COUNTED, ids=lambda x: x.slug)
def test_how_many_cycles_of_a_drug_counts_its_cycles_not_the_plans_other_drugs(drug, regimen):
    reply = ask(f"How many cycles of {drug.generic_name} will I get?").direct[0]
    assert component_of(reply.where) == (regimen.slug, drug.slug)
    assert re.search(rf"\d+ cycles? of {re.escape(drug.generic_name)}", reply.text, re.I), reply.text
    assert not _others_named(reply.text, drug, regimen), reply.text


DOSED = [d for d in ONLY_IN_COMBINATIONS if any(c.drug == d.slug for r in _combinations(d)
                                                 for p in r.default_schedule.phases for c in p.components)]


@pytest.mark.parametrize("drug", DOSED, ids=lambda d: d.slug)
def test_a_drugs_dose_from_a_plan_not_named_is_that_drugs_line(drug):
    a = ask(f"What dose of {drug.generic_name} is given and on which days?")
    _only_own_lines(a, drug)
