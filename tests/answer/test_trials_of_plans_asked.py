"""Issue 11: a trial result shown under From the Research is of a plan the question asks about (named, for the
cancer named, or made only of the drugs named), never of a plan that adds other drugs to the two asked about: "why
mesna with ifosfamide?" is not answered with how ICE did in lymphoma.

Questions are built from the shipped knowledge base, so new pages are tested as they land.
"""

import pytest
from test_replies import KB, ask

from oncoguide.answer.regimen_reply import regimen_for
from oncoguide.answer.understand import understand


def _pairs():
    """(plan, two of its drugs) where the plan is the one those two drugs point to and it gives other drugs too."""
    out = []
    for r in KB.regimens.values():
        drugs = [d for d in r.drugs if d in KB.drugs]
        if len(drugs) < 3:
            continue
        a, b = drugs[:2]
        question = f"How well does {KB.drugs[a].generic_name} with {KB.drugs[b].generic_name} work?"
        q = understand(KB, question)
        if set(q.drugs) == {a, b} and not q.cancers and not q.regimens and regimen_for(KB, q) is r:
            out.append((r, question))
    return out


PAIRS = _pairs()


@pytest.mark.parametrize("regimen, question", PAIRS, ids=lambda x: getattr(x, "slug", ""))
def test_no_trial_of_a_plan_that_adds_drugs_to_those_asked_about(regimen, question):
    a = ask(question)
    assert not [i.text[:80] for i in a.cited() if (i.where or "") == f"regimen {regimen.slug}"]


def test_there_are_such_plans():
    assert len(PAIRS) >= 3
