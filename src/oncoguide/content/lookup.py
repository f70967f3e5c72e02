"""Find a drug, regimen or cancer type by any of its names, forgiving case and misspelling."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

from ..errors import NotFound
from ..model import CancerType, Drug, KnowledgeBase, Regimen

T = TypeVar("T", bound=Drug | Regimen | CancerType)  # each has a slug, which suggestions name

# find_drug, find_regimen or find_cancer, for surfaces that pick one by the kind the user asked for.
Finder = Callable[[KnowledgeBase, str], Drug | Regimen | CancerType]


_NOT_NAME = re.compile(r"[^a-z0-9]+")  # compiled here: norm runs thousands of times a question
# An answer norms ~70 texts, nearly all of them names met before (benchmarks/ask_cpu.py: 87% of the calls); names
# (short texts) are kept, so question and statement texts never fill the memo.
NAME_LENGTH = 64


def norm(name: str) -> str:
    """Lower-case, drop ® ™ and punctuation: `Revlimid®` -> `revlimid`."""
    return _norm_name(name) if len(name) <= NAME_LENGTH else _norm(name)


def _norm(name: str) -> str:
    return _NOT_NAME.sub(" ", name.lower().replace("®", "").replace("™", "")).strip()


_norm_name = lru_cache(maxsize=8192)(_norm)


def drug_names(drug: Drug) -> list[str]:
    return [drug.slug, *drug.names, *drug.misspellings]


def regimen_names(regimen: Regimen) -> list[str]:
    return [regimen.slug, regimen.name, *([regimen.short_name] if regimen.short_name else [])]


def cancer_names(cancer: CancerType) -> list[str]:
    return [cancer.slug, cancer.name, *cancer.abbreviations, *cancer.synonyms]


def _find(kind: str, query: str, items: Iterable[tuple[T, list[str]]]) -> T:
    index: dict[str, T] = {}
    for obj, names in items:
        for name in names:
            index.setdefault(norm(name), obj)
    key = norm(query)
    if key in index:
        return index[key]
    close = difflib.get_close_matches(key, list(index), n=5, cutoff=0.75)
    if close:
        best = index[close[0]]
        # One confident match (e.g. "lenalidamide") is returned; several distinct ones are suggested.
        if len({id(index[c]) for c in close}) == 1 and difflib.SequenceMatcher(None, key, close[0]).ratio() >= 0.85:
            return best
    suggestions: list[str] = []
    for c in close:
        label = index[c].slug
        if label not in suggestions:
            suggestions.append(label)
    raise NotFound(kind, query, suggestions)


def find_drug(kb: KnowledgeBase, query: str) -> Drug:
    return _find("drug", query, ((d, drug_names(d)) for d in kb.drugs.values()))


def find_regimen(kb: KnowledgeBase, query: str) -> Regimen:
    return _find("regimen", query, ((r, regimen_names(r)) for r in kb.regimens.values()))


def find_cancer(kb: KnowledgeBase, query: str) -> CancerType:
    return _find("cancer type", query, ((c, cancer_names(c)) for c in kb.cancers.values()))
