"""Find pages by name, brand, misspelling or plain words ("low platelets"), over the KnowledgeBase only.

Pure and in memory: the knowledge base is small (hundreds of pages), so a scan of every name beats an index.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..content.lookup import cancer_names, norm, regimen_names
from ..model import KnowledgeBase

Kind = Literal["home", "cancer", "drug", "regimen", "glossary", "search", "notfound", "error", "tracker", "account", "label",
               "cancers", "drugs", "regimens"]


class Ref(BaseModel):
    """A link to another page of the site, by kind and slug (the renderer turns it into a URL)."""

    kind: Kind
    slug: str = ""
    title: str
    anchor: str | None = Field(None, description="Fragment inside the page, e.g. a glossary term.")

    model_config = ConfigDict(frozen=True)


class Hit(BaseModel):
    page: Ref
    why: str = Field(description="What matched, e.g. `brand name Revlimid`.")
    score: float

    model_config = ConfigDict(frozen=True)


STOPWORDS = frozenset("a an and are as at be by can do for from how i in is it my of on or the to what when with you your".split())


@dataclass(frozen=True)
class Name:
    """One searchable name of a page and how much a match on it is worth."""

    page: Ref
    text: str  # normalised
    why: str
    weight: float


def _names(kb: KnowledgeBase) -> list[Name]:
    out: list[Name] = []

    def add(page: Ref, names: list[str], why: str, weight: float = 1.0) -> None:
        seen: set[str] = set()
        for name in names:  # the first spelling of each normalised name explains the match
            key = norm(name)
            if key and key not in seen:
                seen.add(key)
                out.append(Name(page, key, why.format(name=name), weight))

    for d in kb.drugs.values():
        page = Ref(kind="drug", slug=d.slug, title=d.title)
        add(page, [d.generic_name, d.slug], "generic name {name}")
        add(page, d.brand_names, "brand name {name}")
        add(page, d.synonyms, "also called {name}")
        add(page, d.misspellings, "also spelled {name}", 0.95)
        for e in [*d.common_side_effects, *d.serious_side_effects]:
            add(Ref(kind="drug", slug=d.slug, title=d.title, anchor="side-effects"), [e.plain, e.term],
                f"side effect: {e.plain} ({e.term})", 0.6)
    for r in kb.regimens.values():
        page = Ref(kind="regimen", slug=r.slug, title=r.name)
        add(page, [*regimen_names(r)[1:], r.slug], "regimen {name}")
        for e in r.side_effects:
            add(Ref(kind="regimen", slug=r.slug, title=r.name, anchor="side-effects"), [e.plain, e.term],
                f"side effect: {e.plain} ({e.term})", 0.5)
    for c in kb.cancers.values():
        add(Ref(kind="cancer", slug=c.slug, title=c.name), [*cancer_names(c)[1:], c.slug], "cancer type {name}")
    for t in kb.glossary.values():
        add(Ref(kind="glossary", title=t.term, anchor=t.slug), [t.term, *t.aliases], "glossary: {name}", 0.9)
    return out


def _words(text: str) -> list[str]:
    return [w for w in text.split() if w not in STOPWORDS]


@dataclass(frozen=True)
class Index:
    """Names grouped by their text (many pages share a side-effect name) and every word they use."""

    by_text: dict[str, list[Name]]
    vocabulary: list[str]


def _fuzzy(query: str, name: str) -> float:
    """difflib's ratio, skipped cheaply when the lengths alone rule out 0.8."""
    if 2 * min(len(query), len(name)) / (len(query) + len(name)) < 0.8:
        return 0.0
    matcher = difflib.SequenceMatcher(None, query, name)
    if matcher.real_quick_ratio() < 0.8 or matcher.quick_ratio() < 0.8:
        return 0.0
    return matcher.ratio()


def _score(query: str, q_words: list[str], close: dict[str, set[str]], name: str) -> float:
    """How well a normalised query matches one normalised name, 0 to 1."""
    if query == name:
        return 1.0
    if len(query) >= 3 and name.startswith(query):
        return 0.85
    n_words = name.split()
    if q_words and all(w in n_words for w in q_words):
        return 0.8 * len(q_words) / max(len(n_words), len(q_words)) + 0.1
    ratio = _fuzzy(query, name)
    if ratio >= 0.8:
        return 0.75 * ratio
    # word by word, forgiving misspelt words ("lenalidamide dexamethason")
    if q_words and all(close[w].intersection(n_words) for w in q_words):
        return 0.6 * len(q_words) / max(len(n_words), len(q_words))
    return 0.0


_CACHE: dict[int, tuple[KnowledgeBase, Index]] = {}


def index_of(kb: KnowledgeBase) -> Index:
    """The search index of kb, built once per knowledge base."""
    cached = _CACHE.get(id(kb))
    if cached is None or cached[0] is not kb:
        by_text: dict[str, list[Name]] = {}
        for name in _names(kb):
            by_text.setdefault(name.text, []).append(name)
        vocabulary = sorted({w for text in by_text for w in text.split()})
        cached = _CACHE[id(kb)] = (kb, Index(by_text, vocabulary))
    return cached[1]


def names_of(kb: KnowledgeBase) -> list[Name]:
    """Every searchable name in kb."""
    return [n for names in index_of(kb).by_text.values() for n in names]


def search_pages(kb: KnowledgeBase, query: str, limit: int = 20) -> list[Hit]:
    """The best pages for query, best first; one hit per page (and anchor)."""
    q = norm(query)
    if not q:
        return []
    index = index_of(kb)
    q_words = _words(q)
    close = {w: {w, *difflib.get_close_matches(w, index.vocabulary, n=100, cutoff=0.85)} for w in q_words}
    best: dict[tuple[str, str, str | None], Hit] = {}
    for text, names in index.by_text.items():
        base = _score(q, q_words, close, text)
        if base <= 0.2:
            continue
        for name in names:
            score = base * name.weight
            if score <= 0.2:
                continue
            key = (name.page.kind, name.page.slug, name.page.anchor)
            if key not in best or score > best[key].score:
                best[key] = Hit(page=name.page, why=name.why, score=round(score, 3))
    hits = sorted(best.values(), key=lambda h: (-h.score, h.page.title.lower(), h.page.anchor or ""))
    return hits[:limit]
