"""The kind of treatment a question asks how it works, named by a glossary word beside a cancer and no drug: "the
hematologist wants a bispecific antibody for his myeloma, how does it get his immune system to attack the cancer?"
is answered by what a bispecific antibody is, which the cancer's plans, each on its own drugs, do not say."""

from __future__ import annotations

import re

from ..content.lookup import norm
from ..model import KnowledgeBase
from .names import names
from .understand import Question

# A word for who treats ("hematologist", "oncologist", "nurse practitioner") is no treatment that works.
_WHO = re.compile(r"(ists?|doctors?|nurses?|practitioners?|team)\b")


def term_asked_to_work(kb: KnowledgeBase, q: Question) -> str | None:
    """The glossary word said last, by one of its names, in a question asking how something works with no drug or
    plan named; None otherwise."""
    if "mechanism" not in q.intents or q.drugs or q.regimens:
        return None
    normed = f" {norm(q.text)} "
    keys = names(kb).glossary.keys
    said = [(normed.rfind(f" {k} "), slug) for slug in q.terms for k in keys.get(slug, [])
            if f" {k} " in normed and not _WHO.search(kb.glossary[slug].term.lower())]
    return max(said)[1] if said else None
