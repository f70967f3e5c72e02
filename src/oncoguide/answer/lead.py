"""Which line leads an answer to a question that asks more than one thing.

The intent rules (reply.py) reply to the first thing a question asks: "how long after the last dose do I need
birth control?" reads as a dose question and leads with the plan's schedule. When a question asks two or more
things, the learned ranking (rank.py) of the named pages' statements gets a say: its top statement leads when the
ranking is confident of it and it answers another of the things asked (it comes from a field of an intent asked other
than the one the rule's reply is under): by a margin over the rule's pick when that pick is one of the pages'
statements, or outright when the rule composed its own reply (a schedule, a yes/no). The rule's pick then follows as
support.
The two bars were chosen on the development sets (dev_questions, dev_blind..dev_blind8): leaving out one set at a
time, the bars chosen on the others raised the first lines holding a key fact on the set left out by 9 questions in
all, and lost 1. A lower bar for composed replies led with a plan's summary over "weeks on and off ... until it stops
working" (a shipped test); an override for single-intent questions, or without the other-intent condition, lost
about as many first lines as it won, and one for questions no intent rule reads won 3 and lost 1 of 167 (not kept).
"""

from __future__ import annotations

from .evidence import Evidence
from .rank import Ranker, adds_to
from .trial_setting import asked_stages, off_stage
from .understand import Question

OVER_COMPOSED = 0.7  # the ranking's probability needed to lead instead of a reply the rule composed
MARGIN = 0.4  # how far above the rule's pick, when it is a page statement, the ranking's top must score


def leading(ranker: Ranker, q: Question, direct: Evidence) -> Evidence | None:
    """The ranking's top statement when it should lead instead of the rule's reply, else None."""
    if len(q.intents) < 2 or not adds_to(q):
        return None
    ranked = ranker.ranked(q)
    if not ranked or not ranked[0][2]:
        return None
    top, prob, _ = ranked[0]
    if ranker.statements.shown_at(top).text == direct.text:
        return None
    lead = ranker.evidence(q, top)
    if lead.topic in (direct.topic, "other"):
        return None  # not the other thing asked: the rule's reply, which may speak to both, stays
    if off_stage(lead.text, asked_stages(q)):
        return None  # "started Alecensa as her first treatment": never the trial after surgery
    own = next((p for at, p, _ in ranked if ranker.statements.shown_at(at).text == direct.text), None)
    return lead if prob >= (OVER_COMPOSED if own is None else own + MARGIN) else None
