"""Which one drug a question asks about when it names several: "I take Kisqali with letrozole. This morning I threw up
right after my Kisqali pills. Do I take them again?" asks about Kisqali, the drug the sentence asking it names; "on
dialysis days, when does he take the Pomalyst?" about the drug its last sentence names; "she takes leucovorin after her
methotrexate and threw up after a dose" about the one whose page says what to do when that happens."""

from __future__ import annotations

import re

from ..content.lookup import drug_names
from ..model import Drug, KnowledgeBase, cited_items, item_text
from .intents import asked, fields, said_line
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


def about_another(kb: KnowledgeBase, q: Question, where: str, text: str) -> bool:
    """Whether a line is about another drug named than the one drug asked ("on darzalex, revlimid and dex ... what
    time should she take the revlimid?"): on that drug's page, or naming it and not the one asked. Never so when the
    question asks of no one drug."""
    one = drug_asked(kb, q) if len(q.drugs) >= 2 else None
    if one is None:
        return False
    page = where.split(":")[0]
    if page.startswith("drug "):
        return page.removeprefix("drug ") in set(q.drugs) - {one.slug}
    lowered = text.lower()
    said = {d for d in q.drugs if d in kb.drugs and _names(kb.drugs[d], lowered)}
    return bool(said) and one.slug not in said


def _names(drug: Drug, sentence: str) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(n.lower())}(?![\w-])", sentence)
               for n in drug_names(drug) if len(n) > 2)


def drug_saying(kb: KnowledgeBase, q: Question, intent: str) -> Drug | None:
    """The one drug named whose page has a line in the intent's own or `drug_said` fields saying what the question
    tells (`said_line`: throwing up a dose); None when no drug's page does, or several do."""
    line = said_line(intent, q.text)
    if line is None:
        return None
    read = (*fields(intent, "drug"), *fields(intent, "drug_said"))
    saying = [kb.drugs[s] for s in q.drugs if any(line.search(item_text(i)) for name in read
                                                  for i in cited_items(getattr(kb.drugs[s], name, None) or []))]
    return saying[0] if len(saying) == 1 else None
