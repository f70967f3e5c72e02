"""Which drug of a plan a side effect comes from: "on TCHP with loose stools, which of the four drugs causes that?".

A plan's page lists the side effects of the plan as a whole; which of its drugs can cause one is on each drug's own
page. The reply names the plan's drugs whose pages list the side effect asked about, each page cited.
"""

from __future__ import annotations

import re

from ..model import KnowledgeBase, SideEffect
from .evidence import Evidence, match_count
from .regimen_reply import drug_list
from .understand import Question

# "which of the four drugs causes that?", "which one is it?", "which drug gives the rash?", "what medicine is
# causing it?": one of several drugs is asked for
WHICH_DRUG = re.compile(r"\bwhich (one|ones|of (the|these|those|them|my|his|her|its)\b|(drug|medicine|med|chemo|pill)s?\b)|"
                        r"\bwhat (drug|medicine|med|chemo|pill)s? (is |are )?caus")


def which_drug_causes(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """The drugs of the one plan named whose pages list the side effect the question names."""
    if len(q.regimens) != 1 or not {"side_effects", "serious"} & set(q.intents) or not q.medical_terms \
            or not WHICH_DRUG.search(q.text.lower()):
        return None
    regimen = kb.regimens[q.regimens[0]]
    found = {slug: effect for slug in regimen.drugs if slug in kb.drugs
             if (effect := _listed(kb.drugs[slug].common_side_effects + kb.drugs[slug].serious_side_effects,
                                   q.medical_terms)) is not None}
    if not found:
        return None
    # the effect by its shortest name among the pages ("loose stools", not "upset stomach and loose stools")
    named = min(found.values(), key=lambda e: len(e.plain))
    plan = regimen.short_name or regimen.name
    pages, lists = ("page", "lists") if len(found) == 1 else ("pages", "list")
    text = (f"Of the drugs in {plan}, the {pages} of {drug_list(kb, list(found))} {lists} {named.plain} ({named.term}) "
            f"as a side effect.")
    cites = list(dict.fromkeys(c for e in found.values() for c in e.cite))
    return Evidence(text=text, cite=cites, topic="side_effects",
                    where=f"regimen {regimen.slug}: side effects of its drugs")


def _listed(effects: list[SideEffect], asked: list[str]) -> SideEffect | None:
    """The first side effect whose medical or plain name holds a word asked."""
    return next((e for e in effects if match_count(f"{e.term} {e.plain}", asked)), None)
