"""Which one drug a question asks about when it names several: "I take Kisqali with letrozole. This morning I threw up
right after my Kisqali pills. Do I take them again?" asks about Kisqali, the drug the sentence asking it names; "on
dialysis days, when does he take the Pomalyst?" about the drug its last sentence names."""

from __future__ import annotations

import re

from ..content.lookup import drug_names
from ..model import Drug, KnowledgeBase
from .intents import asked
from .understand import Question

SENTENCES = re.compile(r"(?<=[.?!])\s+")


def drug_asked(kb: KnowledgeBase, q: Question, intent: str | None = None) -> Drug | None:
    """The one drug named; else the one drug named in the sentence that asks the intent, or in the last sentence."""
    if len(q.drugs) == 1:
        return kb.drugs[q.drugs[0]]
    if len(q.drugs) < 2:
        return None
    sentences = [s for s in SENTENCES.split(q.text.lower()) if s.strip()]
    asking = [s for s in sentences if intent is not None and asked(intent).search(s)] + sentences[-1:]
    for sentence in asking:
        named = [d for d in q.drugs if d in kb.drugs and _names(kb.drugs[d], sentence)]
        if len(named) == 1:
            return kb.drugs[named[0]]
    return None


def _names(drug: Drug, sentence: str) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(n.lower())}(?![\w-])", sentence)
               for n in drug_names(drug) if len(n) > 2)
