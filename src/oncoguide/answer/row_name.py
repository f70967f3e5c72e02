"""The name a side-effect row opens with, its plain name and then its medical term in brackets ("Bleeding
(hemorrhage) happened in 39% ..."): a row named by the words asked is about them, where another row or an FAQ only
mentions them ("Bruising is part of the bleeding ibrutinib can cause" under "does ibrutinib cause bleeding?")."""

from __future__ import annotations

import re

from ..model import KnowledgeBase
from ..search.text import stem, terms
from .evidence import Evidence

ASKS = frozenset({"side_effects", "serious"})  # a question on side effects, or on nothing an intent names
# Blood cells are named by their colour: "red" or "white" asked ("my arm is red", "hair going white") is no low count,
# which a question on one names in other words ("low white count": neutropenia)
_COUNTS = re.compile(r"\b(red|white) (blood )?cells?\b")
_KEY = 6  # rows are looked up by their name's first letters
# per knowledge base: every row's "plain (term)", by its first letters
_NAMES: dict[int, tuple[KnowledgeBase, dict[str, set[str]]]] = {}


def _row_names(kb: KnowledgeBase) -> dict[str, set[str]]:
    found = _NAMES.get(id(kb))
    if found is None or found[0] is not kb:
        rows = [*(s for d in kb.drugs.values() for s in (*d.common_side_effects, *d.serious_side_effects)),
                *(s for r in kb.regimens.values() for s in r.side_effects)]
        names: dict[str, set[str]] = {}
        for s in rows:
            name = f"{s.plain} ({s.term})".lower()
            names.setdefault(name[:_KEY], set()).add(name)
        found = _NAMES[id(kb)] = (kb, names)
    return found[1]


def row_name(kb: KnowledgeBase, e: Evidence) -> str:
    """The side-effect row's name the line opens with (after a plan's "In <plan>: "), or "" for any other line."""
    text = e.text.split(": ", 1)[1] if e.text.startswith("In ") and ": " in e.text else e.text
    lowered = text.lower()
    return next((n for n in _row_names(kb).get(lowered[:_KEY], ()) if lowered.startswith(n)), "")


def named_by(kb: KnowledgeBase, e: Evidence, words: list[str], intents: list[str]) -> bool:
    """Whether the row's name holds a word asked, in any form ("leaks": "Drug leaking out of the vein"), for a
    question on side effects (or with no intent). (Not how many: "bleeds" widened to "bleeding" would count twice in
    "Serious bleeding", once in "Nosebleeds".)"""
    name = row_name(kb, e) if set(intents) <= ASKS else ""
    said = {stem(w) for w in terms(_COUNTS.sub(" ", name))}
    return any(stem(t) in said for w in words for t in terms(w))
