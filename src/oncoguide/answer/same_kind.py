"""Our medicines of the same kind as one we do not cover, read from its name's WHO INN stem ("crizotinib" is a
kinase inhibitor, as "-tinib" says): the nearest help for "we do not cover X".

A name's spelling alone says nothing of what a medicine does. "Xalkori" looks like "oxaliplatin" and "Xeloda",
and offering those beside a question on Xalkori would point a reader at chemotherapy unrelated to it. A brand name
has no stem, so it gets no such pages; the cancer asked about is still offered.
"""

from __future__ import annotations

import difflib

from ..content.lookup import norm
from ..model import KnowledgeBase

# Name endings that say a medicine's kind (WHO INN stems), the longest first so "ibrutinib" is read as a BTK
# inhibitor before a kinase inhibitor; "-ib" and "-mab" last, as small-molecule inhibitors and antibodies at large.
STEMS = ("brutinib", "rafenib", "metinib", "ciclib", "parib", "lisib", "rasib", "degib", "zomib", "tinib", "lutamide",
         "rozole", "platin", "taxel", "rubicin", "tecan", "citabine", "mustine", "limus", "clax", "mab", "ib")
MAX_SHOWN = 3


def same_kind(kb: KnowledgeBase, name: str, cancers: list[str]) -> list[str]:
    """Drug slugs whose generic names share the most telling stem with name, the closest spelt first, and only those
    given for a cancer asked about, if any: none for a name with no stem (a brand name)."""
    word = norm(name)
    for stem in (s for s in STEMS if word.endswith(s) and len(word) > len(s) + 2):
        mates = {norm(d.generic_name).split()[0]: slug for slug, d in kb.drugs.items()
                 if norm(d.generic_name).split()[0].endswith(stem)}
        if mates:
            break
    else:
        return []
    if cancers:  # "tucatinib for breast cancer": only those for that cancer; the cancer's page is offered anyway
        asked = {d for c in cancers for r in kb.regimens_for_cancer(c) for d in r.drugs}
        mates = {w: slug for w, slug in mates.items() if slug in asked}
    ranked = sorted(mates, key=lambda w: (-difflib.SequenceMatcher(None, word, w).ratio(), w))
    return [mates[w] for w in ranked[:MAX_SHOWN]]
