"""A question on one cancer that asks none of its aspects leads with the page's line holding its rarest words.

"Grandpa had his whole stomach removed. Now he gets sweaty, dizzy and has diarrhea right after he eats. What is
that, and does he need B12 shots?" asks no aspect of stomach cancer that cancer_aspects.py knows (its kinds, signs,
risks, outlook...), so the intent rules reply with a line sharing a word or two ("gets", "stomach") or with a plan's
line. The page's line on dumping syndrome and B12 after the operation shares the words that matter: "sweaty",
"dizzy", "diarrhea", "B12", each said on few lines of any cancer page. Each word asked counts by how rare it is
over every cancer page's lines, so "cancer", "people" and "treatment" weigh nothing and "toenail" a lot.
"""

from __future__ import annotations

import math
import re

from ..model import CancerType, KnowledgeBase, Statement
from ..search.text import stem, terms
from .cancer_aspects import asked_aspects
from .evidence import Evidence, match_count
from .reply import QUIET
from .understand import Question

MIN_WORDS = 2  # words asked a line must hold: one shared word is chance
MARGIN = 3.5  # how much more (in summed rarity) the line must hold than the reply the rules chose (tuned on the
# readable sets: 3.1 would put "where breast cancer spreads" before "it keeps the name of where it started")
# A question on the cancer's treatment ("how long is chemo for Hodgkin lymphoma?", "is there a hormone therapy for
# prostate cancer?"): a plan's line or the drugs of a family answer it, not a line sharing the cancer's other words.
TREATMENT_ASKED = re.compile(r"\b(chemo\w*|therap\w*|treat\w*|drugs?|medicines?|medications?|pills?|shots?|"
                             r"infusions?)\b", re.I)


class _Rarity:
    """How rare each word is over every cancer page's lines (log of lines over lines holding it)."""

    def __init__(self, kb: KnowledgeBase):
        self.lines = [st.text for c in kb.cancers.values() for st in _lines(c)]
        self.weights: dict[str, float] = {}

    def weight(self, word: str) -> float:
        got = self.weights.get(word)
        if got is None:
            held = sum(1 for text in self.lines if match_count(text, [word]))
            got = self.weights[word] = math.log(len(self.lines) / (1 + held)) if self.lines else 0.0
        return max(got, 0.0)

    def score(self, text: str, words: list[str]) -> tuple[float, int]:
        held = [w for w in words if match_count(text, [w])]
        return sum(self.weight(w) for w in held), len(held)


_CACHE: dict[int, tuple[KnowledgeBase, _Rarity]] = {}


def _rarity(kb: KnowledgeBase) -> _Rarity:
    cached = _CACHE.get(id(kb))
    if cached is None or cached[0] is not kb:
        cached = _CACHE[id(kb)] = (kb, _Rarity(kb))
    return cached[1]


def _lines(cancer: CancerType) -> list[Statement]:
    return [*cancer.about_disease(), *cancer.treatment_note]


def _asked_words(q: Question) -> list[str]:
    named = set(q.entity_words)
    words = [w for w in dict.fromkeys([*terms(q.text), *q.medical_terms])
             if len(w) > 2 and w not in named and w not in QUIET]
    return list({stem(w): w for w in reversed(words)}.values())[::-1]  # "bone" and "bones" count once


def cancer_line(kb: KnowledgeBase, q: Question, direct: Evidence | None) -> Evidence | None:
    """The named cancer's line to lead with instead of the rules' reply, or None (see the module's docstring)."""
    if len(q.cancers) != 1 or q.drugs or q.regimens or q.unknown_drugs or q.unknown_conditions:
        return None
    if asked_aspects(q.text.lower()):
        return None  # an aspect asked is answered by its section (cancer_aspects.py)
    cancer = kb.cancers[q.cancers[0]]
    if TREATMENT_ASKED.search(q.text) or (direct is not None and direct.where.startswith(
            f"cancer {cancer.slug}: treatment_note")):
        return None  # its treatment is the rules' to answer: the plans, the drug families, the page's treatment notes
    words = _asked_words(q)
    rarity = _rarity(kb)
    scored = [(rarity.score(st.text, words), st) for st in _lines(cancer)]
    if not scored:
        return None
    (score, held), best = max(scored, key=lambda x: x[0][0])
    if held < MIN_WORDS or (direct is not None and best.text == direct.text):
        return None
    if direct is not None and score < rarity.score(direct.text, words)[0] + MARGIN:
        return None
    field = cancer.field_of(best)
    return Evidence(text=best.text, cite=list(best.cite), topic="uses" if field == "treatment_note" else "definition",
                    where=f"cancer {cancer.slug}: {field}")
