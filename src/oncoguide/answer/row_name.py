"""The name a side-effect row opens with, its plain name and then its medical term in brackets ("Bleeding
(hemorrhage) happened in 39% ..."): a row named by the words asked is about them, where another row or an FAQ only
mentions them ("Bruising is part of the bleeding ibrutinib can cause" under "does ibrutinib cause bleeding?")."""

from __future__ import annotations

import re
import weakref

from ..model import KnowledgeBase
from ..search.text import stem, terms
from .evidence import Evidence

ASKS = frozenset({"side_effects", "serious"})  # a question on side effects, or on nothing an intent names
# Blood cells are named by their colour: "red" or "white" asked ("my arm is red", "hair going white") is no low count,
# which a question on one names in other words ("low white count": neutropenia); and "blood" asked ("is that blood
# in my urine?") is no blood count either: "low counts" names that row
_COUNTS = re.compile(r"\b(red|white) (blood )?cells?\b|\bblood(?= (cell )?counts?\b)")
_WORD = re.compile(r"[a-z0-9]{2,}")  # as terms() splits them: "hand-foot" is "hand", "foot"
_stem = stem.__wrapped__  # the stem, without filling the shared cache with every row's words
_KEY = 6  # rows are looked up by their name's first letters
# per knowledge base: every row's "plain (term)" and the stems of its words, by the name's first letters (worked out
# once, so that answering adds no words to the shared word caches)
_NAMES: weakref.WeakKeyDictionary[KnowledgeBase, dict[str, dict[str, frozenset[str]]]] = weakref.WeakKeyDictionary()


def _row_names(kb: KnowledgeBase) -> dict[str, dict[str, frozenset[str]]]:
    found = _NAMES.get(kb)
    if found is None:
        rows = [*(s for d in kb.drugs.values() for s in (*d.common_side_effects, *d.serious_side_effects)),
                *(s for r in kb.regimens.values() for s in r.side_effects)]
        names: dict[str, dict[str, frozenset[str]]] = {}
        for s in rows:
            name = f"{s.plain} ({s.term})".lower()
            stems = frozenset(_stem(w) for w in _WORD.findall(_COUNTS.sub(" ", name)))
            names.setdefault(name[:_KEY], {})[name] = stems
        found = _NAMES[kb] = names
    return found


def _row(kb: KnowledgeBase, e: Evidence) -> tuple[str, frozenset[str]]:
    """The side-effect row's name the line opens with (after a plan's "In <plan>: ") and its stems, or ("", {})."""
    text = e.text.split(": ", 1)[1] if e.text.startswith("In ") and ": " in e.text else e.text
    lowered = text.lower()
    return next(((n, st) for n, st in _row_names(kb).get(lowered[:_KEY], {}).items() if lowered.startswith(n)),
                ("", frozenset()))


def row_name(kb: KnowledgeBase, e: Evidence) -> str:
    """The side-effect row's name the line opens with, or "" for any other line."""
    return _row(kb, e)[0]


def asked_stems(words: list[str]) -> frozenset[str]:
    """The stems of the words asked, to match a row's name by ("leaks": "Drug leaking out of the vein")."""
    return frozenset(stem(t) for w in words for t in terms(w))


def named_by(kb: KnowledgeBase, e: Evidence, asked: frozenset[str], intents: list[str]) -> bool:
    """Whether the row's name holds a word asked (`asked_stems`), in any form, for a question on side effects (or with
    no intent). (Not how many: "bleeds" widened to "bleeding" would count twice in "Serious bleeding", once in
    "Nosebleeds".)"""
    if not asked or not set(intents) <= ASKS:
        return False
    return not asked.isdisjoint(_row(kb, e)[1])
