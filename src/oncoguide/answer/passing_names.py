"""Medicines the knowledge base names only in passing, as one name beside another in brackets ("Denosumab (Xgeva)",
"vemurafenib (Zelboraf)", "diphenhydramine (Benadryl)"): a line mentions them, but no page covers them. A question
about such a medicine alone must still be told it is outside our sources, not answered from the line that
mentions it."""

from __future__ import annotations

import re
import weakref

from ..content.lookup import drug_names
from ..model import KnowledgeBase, cited_items, item_text
from ..search.text import english_word

# "<name> (<Name>)" or "<Name> (<name>)": two one-word names of one medicine; one of them a brand (capital first
# letter, lower-case after it: not an abbreviation such as "CAPOX (XELOX)" or "alpha-fetoprotein (AFP)")
PAIR = re.compile(r"\b([A-Za-z]{4,}) \(([A-Za-z]{4,})\)")
BRAND = re.compile(r"^[A-Z][a-z]+$")

# Per living knowledge base: an entry goes when its knowledge base does, so tests that build many keep none alive,
# and two in one process (the server's and benchmarks/ask_cpu.py's own) do not rebuild each other's (~70 ms each).
_CACHE: weakref.WeakKeyDictionary[KnowledgeBase, frozenset[str]] = weakref.WeakKeyDictionary()


def named_in_passing(kb: KnowledgeBase) -> frozenset[str]:
    """Lower-case names of medicines that lines mention as a bracketed pair, where neither name is English nor a
    name of one of our drugs (so "Tiredness (fatigue)" and "acetaminophen (Tylenol)" are not among them)."""
    found = _CACHE.get(kb)
    if found is None:
        ours = {n.lower() for d in kb.drugs.values() for n in drug_names(d)}
        pairs = [m.groups() for page in (*kb.drugs.values(), *kb.regimens.values(), *kb.cancers.values())
                 for i in cited_items(page) for m in PAIR.finditer(item_text(i))]
        found = _CACHE[kb] = frozenset(
            w.lower() for a, b in pairs if BRAND.match(a) or BRAND.match(b)
            if not ({a.lower(), b.lower()} & ours) and not (english_word(a.lower()) or english_word(b.lower()))
            for w in (a, b))
    return found
