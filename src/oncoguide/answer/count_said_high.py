"""A white count said to be high ("my white count is up on FOLFOX") is not answered with lines on a low count.

The synonym table reads "white count" as a low count unless the question says it is high (`raised_counts`); the
named pages still hold many lines on low white cells ("Oxaliplatin can lower your white blood cells", the
neutropenia row with its fever advice), found by the words "white" and "count" alone. Shown for a high count, they
would answer the opposite of what was asked. The meaning of the word (glossary: what raises the count) and the
blood-test schedule stay.
"""

from __future__ import annotations

import re

from ..search.synonyms import raised_counts
from .evidence import Evidence
from .understand import Question

# a line about a low white or blood count: its medical names, or "low"/"lower"/"fewer" white cells or counts
_LOW_COUNT = re.compile(r"\b(neutropeni|leukopeni|myelosuppress|(bone )?marrow suppress|"
                        r"(low|lower|lowers|lowered|lowering|fewer|drop in)( your| the)?( white( blood)?| blood)"
                        r" (cells?|counts?))", re.I)


def count_said_high(q: Question) -> bool:
    """Whether the question says a white count is high."""
    return bool(raised_counts(q.text))


def without_low_count(q: Question, items: list[Evidence]) -> list[Evidence]:
    """The lines, less those on a low count when the question says the white count is high (a word's meaning stays:
    the glossary says what raises the count)."""
    if not count_said_high(q):
        return items
    return [e for e in items if e.where.startswith("glossary ") or not _LOW_COUNT.search(e.text)]


def reply_kept(q: Question, reply: Evidence | None) -> Evidence | None:
    """The reply, or None when it is a line on a low count and the question says the white count is high."""
    return next(iter(without_low_count(q, [reply])), None) if reply is not None else None
