"""How rare each word is over every cancer page's lines: a word said on few of them ("toenail", "sideroblasts")
tells which line a question means; "cancer", "people" and "treatment" tell nothing."""

from __future__ import annotations

import math
import weakref

from ..model import CancerType, KnowledgeBase, Statement
from .evidence import match_count


def cancer_lines(cancer: CancerType) -> list[Statement]:
    """Every line of a cancer page: on the disease, then on its treatment."""
    return [*cancer.about_disease(), *cancer.treatment_note]


class Rarity:
    """The log of how many cancer page lines there are over how many hold a word, read once per word."""

    def __init__(self, kb: KnowledgeBase):
        self.lines = [st.text for c in kb.cancers.values() for st in cancer_lines(c)]
        self.weights: dict[str, float] = {}

    def weight(self, word: str) -> float:
        got = self.weights.get(word)
        if got is None:
            held = sum(1 for text in self.lines if match_count(text, [word]))
            got = self.weights[word] = max(math.log(len(self.lines) / (1 + held)), 0.0) if self.lines else 0.0
        return got

    def score(self, text: str, words: list[str]) -> tuple[float, int]:
        """The summed rarity of the words a text holds, and how many it holds."""
        held = [w for w in words if match_count(text, [w])]
        return sum(self.weight(w) for w in held), len(held)


_CACHE: weakref.WeakKeyDictionary[KnowledgeBase, Rarity] = weakref.WeakKeyDictionary()


def rarity(kb: KnowledgeBase) -> Rarity:
    """The word rarity of kb's cancer pages, built at its first question (and let go with kb)."""
    found = _CACHE.get(kb)
    if found is None:
        found = _CACHE[kb] = Rarity(kb)
    return found
