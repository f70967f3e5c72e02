"""A plan named by one of its drugs and "chemo": "Nubeqa plus chemo plus hormone shots", "Tecentriq with chemo for
small cell". The chemo is the plan's classic chemotherapy drug the reader did not name; the one plan of that drug
(for the cancer named) that adds such a drug is the plan meant, whose page and trial answer the question."""

from __future__ import annotations

import re

from ..model import KnowledgeBase

# "chemo" said as given with the drug: "plus chemo", "with the chemo" (not "after chemo", "instead of chemo" or "is
# it chemo?")
WITH_CHEMO = re.compile(r"\b(plus|with|and|alongside|along with)\s+(the\s+|his\s+|her\s+|my\s+)?chemo(therapy)?\b|"
                        r"\+\s*chemo(therapy)?\b")
# Radiation said too: a plan given with or after chemoradiation ("durvalumab after chemo and radiation") is no plan
# of chemo drugs
RADIATION = re.compile(r"\bradiation|\bradiotherapy|\bchemorad")


def plan_with_chemo(kb: KnowledgeBase, drugs: list[str], cancers: list[str], lowered: str) -> list[str]:
    """The one plan of the single drug named that adds classic chemotherapy, when "chemo" is said given with it;
    none when several plans fit (the question does not say which)."""
    if len(drugs) != 1 or not WITH_CHEMO.search(lowered) or RADIATION.search(lowered):
        return []
    plans = [slug for slug, r in kb.regimens.items() if drugs[0] in r.drugs
             and (not cancers or set(cancers) & set(r.cancers))
             and any(kb.drugs[d].chemotherapy.traditional for d in r.drugs if d != drugs[0] and d in kb.drugs)]
    return plans if len(plans) == 1 else []

