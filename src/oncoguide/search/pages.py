"""Find pages by name, brand, misspelling or plain words ("low platelets"), over the KnowledgeBase only.

Pure and in memory. The index (names by word, sorted names for prefixes, cancer descriptions) is built once per
knowledge base; a query scores only the names that share a word with it, and its hits are kept (LRU), since
the index never changes under a running knowledge base.
"""

from __future__ import annotations

import bisect
import difflib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..content.lookup import cancer_names, norm
from ..model import KnowledgeBase
from .close import CloseWords
from .synonyms import regimen_aliases, short_names

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
DESCRIPTION_SCORE = 0.55  # every word of the query in what a cancer page says it is ("blood cancer" -> AML)
CACHE_SIZE = 4096


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
    plans = short_names(kb.regimens.values())
    for r in kb.regimens.values():
        page = Ref(kind="regimen", slug=r.slug, title=r.name)
        add(page, [*regimen_aliases(r, plans)[1:], r.slug], "regimen {name}")
        for e in r.side_effects:
            add(Ref(kind="regimen", slug=r.slug, title=r.name, anchor="side-effects"), [e.plain, e.term],
                f"side effect: {e.plain} ({e.term})", 0.5)
    for c in kb.cancers.values():
        add(Ref(kind="cancer", slug=c.slug, title=c.name), [*cancer_names(c)[1:], c.slug], "cancer type {name}")
    for t in kb.glossary.values():
        add(Ref(kind="glossary", title=t.term, anchor=t.slug), [t.term, *t.aliases], "glossary: {name}", 0.9)
    return out


def _descriptions(kb: KnowledgeBase) -> list[tuple[Ref, tuple[frozenset[str], ...], str]]:
    """What each cancer page says it is, one set of word stems per sentence: found when one sentence holds every
    query word ("a cancer of the blood"), not when the words are sentences apart ("cleans the blood" … "cancer")."""
    out = []
    for c in kb.cancers.values():
        sentences = [x for s in c.about_disease() for x in s.text.split(". ")]
        out.append((Ref(kind="cancer", slug=c.slug, title=c.name),
                    tuple(frozenset(map(stem, norm(x).split())) for x in sentences),
                    f"cancer type: {c.what_is_it[0].text.split('. ')[0].rstrip('.')}"))
    return out


def stem(word: str) -> str:
    """Plural to singular, roughly: `cancers` -> `cancer`, `lymphomas` -> `lymphoma` (never shorter than 4)."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _words(text: str) -> list[str]:
    return [w for w in text.split() if w not in STOPWORDS]


@dataclass(frozen=True)
class Index:
    """Names grouped by their text, which names hold each word, and the sorted texts for prefix look-ups."""

    by_text: dict[str, list[Name]]
    vocabulary: list[str]
    by_word: dict[str, frozenset[str]]     # word stem -> texts holding it
    sorted_texts: list[str]
    descriptions: list[tuple[Ref, tuple[frozenset[str], ...], str]]
    close: CloseWords                        # the vocabulary, for misspellings
    close_memo: dict[str, frozenset[str]] = field(default_factory=dict)  # word -> its close stems, as met


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
    if len(query) >= 3 and name.startswith(query) and (" " not in query or name[len(query)] == " "):
        return 0.85  # "lenal" finds lenalidomide; "blood cancer" does not find "blood cancers later on"
    n_words = name.split()
    n_stems = {stem(w) for w in n_words}
    if q_words and all(stem(w) in n_stems for w in q_words):
        return 0.8 * len(q_words) / max(len(n_words), len(q_words)) + 0.1
    # misspelt words: every query word must be close to a word of the name ("breast" is not "brain")
    if not (q_words and all(close[w].intersection(n_stems) for w in q_words)):
        return 0.0
    ratio = _fuzzy(query, name)
    if ratio >= 0.8:
        return 0.75 * ratio
    return 0.6 * len(q_words) / max(len(n_words), len(q_words))


_CACHE: dict[int, tuple[KnowledgeBase, Index]] = {}


def index_of(kb: KnowledgeBase) -> Index:
    """The search index of kb, built once per knowledge base."""
    cached = _CACHE.get(id(kb))
    if cached is None or cached[0] is not kb:
        by_text: dict[str, list[Name]] = {}
        for name in _names(kb):
            by_text.setdefault(name.text, []).append(name)
        by_word: dict[str, set[str]] = {}
        for text in by_text:
            for w in text.split():
                by_word.setdefault(stem(w), set()).add(text)
        vocabulary = sorted({w for text in by_text for w in text.split()})
        index = Index(by_text, vocabulary, {w: frozenset(t) for w, t in by_word.items()}, sorted(by_text),
                      _descriptions(kb), CloseWords(vocabulary))
        cached = _CACHE[id(kb)] = (kb, index)
        _hits.cache_clear()
    return cached[1]


def names_of(kb: KnowledgeBase) -> list[Name]:
    """Every searchable name in kb."""
    return [n for names in index_of(kb).by_text.values() for n in names]


def search_pages(kb: KnowledgeBase, query: str, limit: int = 20) -> list[Hit]:
    """The best pages for query, best first; one hit per page (and anchor)."""
    q = norm(query)
    if not q:
        return []
    index_of(kb)  # build (or find) the index before the cached search reads it
    return list(_hits(kb, q)[:limit])


@lru_cache(maxsize=CACHE_SIZE)
def _hits(kb: KnowledgeBase, q: str) -> tuple[Hit, ...]:
    """Every hit for one normalised query (the index is fixed per knowledge base, so results can be kept)."""
    index = index_of(kb)
    q_words = _words(q)
    close = {w: _close(index, w) for w in q_words}
    texts: set[str] = set()
    for variants in close.values():
        for v in variants:
            texts |= index.by_word.get(v, frozenset())
    start = bisect.bisect_left(index.sorted_texts, q)  # names that start with the query
    for text in index.sorted_texts[start:]:
        if not text.startswith(q):
            break
        texts.add(text)
    best: dict[tuple[str, str, str | None], Hit] = {}

    def offer(page: Ref, why: str, score: float) -> None:
        key = (page.kind, page.slug, page.anchor)
        if score > 0.2 and (key not in best or score > best[key].score):
            best[key] = Hit(page=page, why=why, score=round(score, 3))

    for text in texts:
        base = _score(q, q_words, close, text)
        if base > 0.2:
            for name in index.by_text[text]:
                offer(name.page, name.why, base * name.weight)
    stems = {stem(w) for w in q_words}
    if stems:
        for page, sentences, why in index.descriptions:
            if any(stems <= words for words in sentences):
                offer(page, why, DESCRIPTION_SCORE)
    return tuple(sorted(best.values(), key=lambda h: (-h.score, h.page.title.lower(), h.page.anchor or "")))


def _close(index: Index, word: str) -> set[str]:
    """Stems of the word and of the known words it may be a misspelling of (difflib ratio >= 0.85), kept per word."""
    found = index.close_memo.get(word)
    if found is None:
        if len(index.close_memo) > CACHE_SIZE:
            index.close_memo.clear()
        found = index.close_memo[word] = frozenset({stem(word), *map(stem, index.close.matches(word, None, 0.85))})
    return set(found)
