"""Every name a question can use for a page: drugs, regimens, cancer types and glossary words, indexed once per
knowledge base, so each question is a few dictionary look-ups."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ..content.lookup import cancer_names, drug_names, norm
from ..model import Drug, KnowledgeBase, cited_items, item_text
from ..search.close import CloseWords
from ..search.synonyms import cancer_alias_table, drug_alias_table, regimen_aliases, short_names, synonyms
from ..search.text import STOPWORDS, words

N_MAX = 4  # longest name, in words, looked for in a question
MEMO_SIZE = 10_000
# Last words a glossary name can go without: "tumor lysis" is tumor lysis syndrome, "veno-occlusive" the disease.
GENERIC_TAILS = frozenset("syndrome disease disorder test tests count".split())
# Last words of a glossary name that people use for one another: "maintenance treatment" is maintenance therapy.
SAID_ALIKE = {"therapy": "treatment", "treatment": "therapy"}


def ngrams(tokens: list[str], n_max: int = N_MAX) -> list[str]:
    return [" ".join(tokens[i:i + n]) for n in range(n_max, 0, -1) for i in range(len(tokens) - n + 1)]


def findable_names(drug: Drug) -> list[str]:
    """A drug's names, lower-case, long enough to look for in a statement as whole words (not "AC" or "5FU")."""
    return [n.lower() for n in drug_names(drug) if len(n) > 3]


@dataclass
class NameIndex:
    """Normalised name -> slug for one kind of page; `fuzzy` forgives one misspelt word of at least 6 letters."""

    fuzzy: bool = False
    index: dict[str, str] = field(default_factory=dict)
    keys: dict[str, list[str]] = field(default_factory=dict)  # slug -> its names in `index`, for per-question use
    single: list[str] = field(default_factory=list)
    memo: dict[str, str | None] = field(default_factory=dict)  # misspelt word -> slug, as met
    longest: int = 1  # words in the longest name, counted once here rather than at every question

    def add(self, slug: str, names: list[str]) -> None:
        for name in names:
            key = norm(name)
            if key and key not in self.index:
                self.index[key] = slug
                self.keys.setdefault(slug, []).append(key)
                self.longest = max(self.longest, key.count(" ") + 1)
                if " " not in key:
                    self.single.append(key)  # kept as keys come: rebuilding it at each add made building slow

    def find(self, tokens: list[str], fuzzy: bool | None = None) -> list[str]:
        """Slugs whose names occur in the tokens, in order of first mention.

        Longer names claim their words first: "non-small cell lung cancer" is not also "small cell lung cancer".
        """
        fuzzy = self.fuzzy if fuzzy is None else fuzzy
        found: dict[str, int] = {}
        used = [False] * len(tokens)
        firsts = self._firsts
        for n in range(min(self.longest, len(tokens)), 0, -1):
            for i in range(len(tokens) - n + 1):
                # no name of two words or more begins with this word: skip the join and the look-up
                if n > 1 and tokens[i] not in firsts and " " not in tokens[i]:
                    continue
                if any(used[i:i + n]):
                    continue
                gram = " ".join(tokens[i:i + n])
                slug = self.index.get(gram)
                if slug is None and fuzzy and n == 1 and len(gram) >= 6 and gram not in STOPWORDS:
                    slug = self._close(gram)
                if slug is not None:
                    used[i:i + n] = [True] * n
                    found.setdefault(slug, i)
                    found[slug] = min(found[slug], i)
        return sorted(found, key=lambda s: found[s])

    @cached_property
    def _firsts(self) -> frozenset[str]:
        """The first word of every name of two words or more."""
        return frozenset(k.split(" ")[0] for k in self.index if " " in k)

    def items_of(self, slugs: Iterable[str]) -> list[tuple[str, str]]:
        """(name, slug) of the slugs' names, in the index's order: a few look-ups, not a scan of every name."""
        return sorted(((k, s) for s in set(slugs) for k in self.keys.get(s, ())), key=lambda ks: self._order[ks[0]])

    @cached_property
    def _order(self) -> dict[str, int]:
        return {k: i for i, k in enumerate(self.index)}

    def _close(self, word: str) -> str | None:
        # same length give or take one letter: "lenalidamide" is lenalidomide, "prednisolone" is not prednisone
        if word not in self.memo:
            if len(self.memo) > MEMO_SIZE:
                self.memo.clear()
            close = [c for c in self._single_close.matches(word, n=1, cutoff=0.85) if abs(len(c) - len(word)) <= 1]
            self.memo[word] = self.index[close[0]] if close else None
        return self.memo[word]

    def nearest(self, name: str, n: int = 3, cutoff: float = 0.6) -> list[str]:
        """Slugs with names like name, for "we do not cover X cancer; the nearest pages are ..." (a cancer's name
        says its kind; a medicine's does not: same_kind.py)."""
        return list(dict.fromkeys(self.index[c] for c in self._every_close.matches(norm(name), n=n, cutoff=cutoff)))

    # the names as they stand at the first question (the index is complete by then)
    @cached_property
    def _single_close(self) -> CloseWords:
        return CloseWords(self.single)

    @cached_property
    def _every_close(self) -> CloseWords:
        return CloseWords(self.index)


# A short name's words as people say them: "Weekly cisplatin + RT" is "cisplatin every week with radiation",
# "Carboplatin alone" is "carboplatin by itself".
QUALIFIERS_SAID = {
    "rt": re.compile(r"\b(radiation|radiotherapy|chemoradiation|chemoradiotherapy|rt)\b"),
    "weekly": re.compile(r"\bweekly\b|\b(every|each|once a|once per|one time a) week\b"),
    "alone": re.compile(r"\balone\b|\bby itself\b|\bon its own\b|\bsingle agent\b|\bmonotherapy\b"),
}


@dataclass
class Names:
    drugs: NameIndex
    regimens: NameIndex
    cancers: NameIndex
    glossary: NameIndex
    drug_words: frozenset[str]
    glossary_words: frozenset[str]        # every word of every glossary name
    page_words: frozenset[str]            # every word of every drug, regimen and cancer name ("sacituzumab")
    regimen_drugs: dict[str, frozenset[str]]  # regimen slug -> its drugs
    namesakes: dict[str, list[str]]           # regimen slug -> the other regimens that share one of its names
    name_words: list[str] = field(default_factory=list)  # words of cancer and glossary names, for spelling
    # regimen slug -> (its drug, the other words of its short name): "Lenalidomide maintenance", "Weekly trastuzumab"
    qualified: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    spelling: dict[str, str] = field(default_factory=dict)  # question word -> the name word it means, as met
    cancer_words: frozenset[str] = frozenset()  # every word of every cancer name ("cancers" is their plural)
    # first word -> the glossary names of two words or more that begin with it ("tumor" -> "tumor lysis syndrome")
    glossary_by_first: dict[str, list[str]] = field(default_factory=dict)

    @cached_property
    def _name_words_close(self) -> CloseWords:
        return CloseWords(self.name_words)

    @cached_property
    def taken_words(self) -> frozenset[str]:
        """Words of page and glossary names and of drug names, united once rather than at every question."""
        return self.page_words | self.glossary_words | self.drug_words

    @cached_property
    def page_names(self) -> frozenset[str]:
        """Every drug, regimen and cancer name, normalised."""
        return frozenset(self.drugs.index.keys() | self.regimens.index.keys() | self.cancers.index.keys())

    def qualified_regimens(self, drugs: list[str], tokens: list[str]) -> list[str]:
        """Regimens named by their drug, by any of its names, and the other words of their short name, in any
        order: "maintenance Revlimid" is Lenalidomide maintenance, "Revlimid for MDS" Lenalidomide (MDS)."""
        said = set(tokens) | {word for word, pattern in QUALIFIERS_SAID.items() if pattern.search(" ".join(tokens))}
        return [slug for slug, (drug, words_) in self.qualified.items() if drug in drugs and words_ <= said]

    def spelled(self, tokens: list[str]) -> list[str]:
        """Tokens with name words put right for finding cancers, regimens and glossary terms: a possessive or
        plural ("hodgkin's", "hodgkins" -> hodgkin, "cancers" -> cancer), one misspelt word of at least 6 letters ("lukemia" ->
        leukemia, "prostrate" -> prostate), and "plus" between a regimen's parts ("7 plus 3" -> 7+3)."""
        out = []
        for i, t in enumerate(tokens):
            if t == "s" and i:  # "hodgkin's" is normalised to "hodgkin s"
                continue
            if t == "plus" and 0 < i < len(tokens) - 1:
                continue
            out.append(self._spell(t))
        return out

    def _spell(self, word: str) -> str:
        if word.endswith("s") and word[:-1] in self.cancer_words and word not in self.page_words:
            return word[:-1]  # "head and neck cancers", "B-cell lymphomas"
        if len(word) < 6 or word in STOPWORDS or not word.isalpha() or word in self.page_words \
                or word in self.glossary_words:
            return word
        if word not in self.spelling:
            if len(self.spelling) > MEMO_SIZE:
                self.spelling.clear()
            close = [c for c in self._name_words_close.matches(word, n=1, cutoff=0.85) if abs(len(c) - len(word)) <= 1]
            self.spelling[word] = close[0] if close else word
        return self.spelling[word]

    @classmethod
    def build(cls, kb: KnowledgeBase) -> Names:
        drugs, regimens, cancers, glossary = NameIndex(fuzzy=True), NameIndex(), NameIndex(), NameIndex()
        by_name: dict[str, list[str]] = {}  # a regimen name -> every regimen called so ("Carbo/Taxol")
        for d in kb.drugs.values():
            drugs.add(d.slug, drug_names(d))
        for alias, target in drug_alias_table().items():  # "pembro", "Ara-C" (search/aliases.yaml)
            if (slug := drugs.index.get(target)) is not None:
                drugs.add(slug, [alias])
        drug_words = frozenset(drugs.index)
        cancer_words = {norm(n) for c in kb.cancers.values() for n in cancer_names(c)}
        taken = drug_words | cancer_words
        plans = short_names(kb.regimens.values())
        for r in kb.regimens.values():
            # a regimen whose short name is just its drug ("Lenalidomide") is not named by naming the drug, nor by
            # a piece of a drug's name in its own ("MP" of 6-MP in "6-MP + MTX": "what is 6-MP?" asks about the drug)
            aliases = regimen_aliases(r, plans)
            pieces = {norm(p) for n in aliases if norm(n) in taken for p in re.split(r"[-/ ]", n)}
            own = [n for n in aliases if norm(n) not in taken and norm(n) not in pieces]
            own += [j for n in own if (j := _joined(n)) and j not in taken]
            regimens.add(r.slug, own)
            for n in own:
                by_name.setdefault(norm(n), []).append(r.slug)
        for c in kb.cancers.values():
            cancers.add(c.slug, cancer_names(c))
        for alias, target in cancer_alias_table().items():  # "small cell" (search/aliases.yaml)
            if (slug := cancers.index.get(target)) is not None:
                cancers.add(slug, [alias])
        # "breast tumor" is breast cancer; added after every real name, so no name is taken from another page
        for key, slug in [(k, s) for k, s in cancers.index.items() if k.endswith(" cancer")]:
            cancers.add(slug, [key.removesuffix("cancer") + "tumor", key.removesuffix("cancer") + "tumour"])
        for t in kb.glossary.values():
            glossary.add(t.slug, [n for n in (t.term, *t.aliases) if not _bare_without_sign(n)])
        # after every full name, so a shortened one never takes another's place: "LVEF" of "LVEF (left ventricular
        # ejection fraction)", "tumor lysis" of tumor lysis syndrome, "blast cell" of Blast cells
        variants = [(t.slug, v) for t in kb.glossary.values() for n in (t.term, *t.aliases) for v in _variants(n)]
        for slug, v in variants:
            if v not in taken and v not in glossary.index:
                glossary.add(slug, [v])
        qualified = {}
        drug_name_words = {w for k in drugs.index for w in k.split()}
        for r in kb.regimens.values():
            parts = norm(r.short_name or "").split()
            drug = next((drugs.index[p] for p in parts if p in drugs.index and drugs.index[p] in r.drugs), None)
            rest = frozenset(p for p in parts if p not in drug_name_words and p not in STOPWORDS)
            if drug is not None and rest:
                qualified[r.slug] = (drug, rest)
        return cls(drugs, regimens, cancers, glossary, drug_words,
                   frozenset(w for k in glossary.index for w in k.split()),
                   frozenset(w for index in (drugs, regimens, cancers) for k in index.index for w in k.split()),
                   {r.slug: frozenset(r.drugs) for r in kb.regimens.values()},
                   {s: sorted({o for ss in by_name.values() if s in ss for o in ss} - {s}) for s in kb.regimens},
                   sorted({w for index in (cancers, glossary) for k in index.index for w in k.split()
                           if len(w) >= 5 and w.isalpha()}), qualified=qualified,
                   cancer_words=frozenset(w for k in cancers.index for w in k.split() if len(w) >= 4),
                   glossary_by_first=_by_first(glossary.index))


def _by_first(index: dict[str, str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key in index:
        if " " in key:
            out.setdefault(key.split()[0], []).append(key)
    return out


def _variants(name: str) -> list[str]:
    """Other ways to write a glossary name, normalised: each half of "short (long)"; without a generic last word
    when three words or more ("tumor lysis"); with its last word in the other number ("blast cell"); with
    "treatment" for "therapy" and back ("post-remission treatment")."""
    out = []
    m = re.fullmatch(r"\s*(.+?)\s*\((.+)\)\s*", name)
    if m:
        out += [norm(m[1]), norm(m[2])]
    parts = norm(m[1] if m else name).split()
    if len(parts) >= 3 and parts[-1] in GENERIC_TAILS:
        out.append(" ".join(parts[:-1]))
    last = parts[-1] if parts else ""
    if len(parts) >= 2 and len(last) >= 4 and last.isalpha() and not last.endswith(("ss", "us", "is")):
        out.append(" ".join([*parts[:-1], last[:-1] if last.endswith("s") else last + "s"]))
    if len(parts) >= 2 and last in SAID_ALIKE:  # "post-remission treatment" is post-remission therapy
        out.append(" ".join([*parts[:-1], SAID_ALIKE[last]]))
    return out


def _joined(name: str) -> str | None:
    """A short name typed without its hyphens, slashes or spaces: "rchop" for R-CHOP, "carbotaxol" for Carbo/Taxol,
    "pomdex" for "pom dex" (spaces only between short words: "Lenalidomide maintenance" is no abbreviation)."""
    if not re.fullmatch(r"[A-Za-z0-9]+(?:[-/ ][A-Za-z0-9]+){1,2}", name) or \
            (" " in name and any(len(p) > 5 for p in re.split(r"[-/ ]", name))):
        return None
    joined = re.sub(r"[-/ ]", "", name).lower()
    return joined if len(joined) >= 4 and not joined.isdigit() else None


def _vocabulary(kb: KnowledgeBase) -> frozenset[str]:
    """The words of every statement, name and glossary entry: a question word outside them names something the
    knowledge base never mentions."""
    texts = [item_text(i) for page in (*kb.drugs.values(), *kb.regimens.values(), *kb.cancers.values())
             for i in cited_items(page)]
    texts += [f"{t.term} {t.definition} {' '.join(t.aliases)}" for t in kb.glossary.values()]
    texts += [n for d in kb.drugs.values() for n in drug_names(d)]
    texts += [n for r in kb.regimens.values() for n in regimen_aliases(r)]
    texts += [n for c in kb.cancers.values() for n in cancer_names(c)]
    return frozenset(w for t in texts for w in words(t))


_VOCABULARY: dict[int, tuple[KnowledgeBase, frozenset[str]]] = {}
_ONE_OFF: dict[int, tuple[KnowledgeBase, frozenset[str]]] = {}


def _known_words(kb: KnowledgeBase) -> frozenset[str]:
    cached = _VOCABULARY.get(id(kb))
    if cached is None or cached[0] is not kb:
        cached = _VOCABULARY[id(kb)] = (kb, _vocabulary(kb))
    return cached[1]


def _bare_without_sign(name: str) -> bool:
    """Whether a name is two letters and a plus ("ER+", "HR+", "Ph+"), which without its sign would name the emergency
    room ("the ER"), two hours ("2 hr") or a pH. Written with its sign in a question, it is read as "-positive"
    (`understand.WRITTEN_AS`), which the same entry names."""
    return re.fullmatch(r"[A-Za-z]{2}\+", name) is not None


def known_word(kb: KnowledgeBase, word: str) -> bool:
    """Whether the knowledge base uses the word (or its singular); its words are gathered at the first asking."""
    vocabulary = _known_words(kb)
    return word in vocabulary or word.rstrip("s") in vocabulary or f"{word}s" in vocabulary


def _less_one(word: str) -> list[str]:
    return [word[:i] + word[i + 1:] for i in range(len(word))]


def misspelt_known(kb: KnowledgeBase, word: str) -> bool:
    """Whether a word is a known word (of 4 letters or more) with one letter left out, added, changed, or two
    swapped: "nausia", "diarreah", "fatige". Known words (the knowledge base's, its side effects' medical terms and
    the synonym table's) less one letter are gathered once per knowledge base (about 30,000), so a word costs a
    dozen look-ups, not a scan of the vocabulary."""
    cached = _ONE_OFF.get(id(kb))
    if cached is None or cached[0] is not kb:
        # with the medical terms of side effects ("fatigue") and both sides of the synonym table
        said = [t for page in (*kb.drugs.values(), *kb.regimens.values()) for i in cited_items(page)
                if isinstance(t := getattr(i, "term", None), str)]
        said += [p for k, v in synonyms().items() for p in (k, *v)]
        known = [w for w in _known_words(kb) | {w for t in said for w in words(t)} if len(w) >= 4 and w.isalpha()]
        cached = _ONE_OFF[id(kb)] = (kb, frozenset([*known, *(v for w in known for v in _less_one(w))]))
    one_off = cached[1]
    return word in one_off or any(v in one_off for v in _less_one(word))


_CACHE: dict[int, tuple[KnowledgeBase, Names]] = {}


def names(kb: KnowledgeBase) -> Names:
    """The name index of kb, built at its first question."""
    cached = _CACHE.get(id(kb))
    if cached is None or cached[0] is not kb:
        cached = _CACHE[id(kb)] = (kb, Names.build(kb))
    return cached[1]
