"""Misspelt words: what difflib.get_close_matches finds, over a word list fixed once, for a fraction of the work.

get_close_matches weighs every candidate in Python (its length, then the letters both words share, then the full
ratio). Here the words are grouped by length once, so a length that cannot reach the cutoff is skipped whole, and
each word's letters are kept as bits, one per (letter, n-th time) pair, so the letters two words share are one
AND and a bit count. Only the words that pass both go to difflib's own ratio: the same matches, in the same order.
"""

from __future__ import annotations

import difflib
import heapq
from collections.abc import Iterable


def _ratio(matches: int, length: int) -> float:
    """difflib's ratio formula (its real_quick_ratio, quick_ratio and ratio all use it)."""
    return 2.0 * matches / length if length else 1.0


def _pairs(word: str) -> list[tuple[str, int]]:
    """Each letter with its count so far: two words share min(count in one, count in other) pairs per letter, which
    is what difflib's quick_ratio counts."""
    seen: dict[str, int] = {}
    out = []
    for c in word:
        seen[c] = seen.get(c, 0) + 1
        out.append((c, seen[c]))
    return out


class CloseWords:
    """A fixed list of words, searched for the ones a word may be a misspelling of."""

    def __init__(self, words: Iterable[str]) -> None:
        self._bits: dict[tuple[str, int], int] = {}
        self._by_length: dict[int, list[tuple[str, int]]] = {}
        for w in words:
            self._by_length.setdefault(len(w), []).append((w, self._mask(w, grow=True)))

    def _mask(self, word: str, grow: bool = False) -> int:
        mask = 0
        for pair in _pairs(word):
            if grow:
                self._bits.setdefault(pair, len(self._bits))
            if (bit := self._bits.get(pair)) is not None:  # a pair no listed word has is shared with none
                mask |= 1 << bit
        return mask

    def matches(self, word: str, n: int | None = 3, cutoff: float = 0.6) -> list[str]:
        """difflib.get_close_matches(word, words, n, cutoff), best first; every match when n is None."""
        lb, mask = len(word), self._mask(word)
        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(word)
        scored = []
        for la, group in self._by_length.items():
            # the fewest shared letters that reach the cutoff; none when the lengths alone cannot (real_quick_ratio)
            need = next((m for m in range(min(la, lb) + 1) if _ratio(m, la + lb) >= cutoff), None)
            if need is None:
                continue
            for candidate in [c for c, letters in group if (letters & mask).bit_count() >= need]:  # quick_ratio
                matcher.set_seq1(candidate)
                if (ratio := matcher.ratio()) >= cutoff:
                    scored.append((ratio, candidate))
        best = heapq.nlargest(n, scored) if n is not None else sorted(scored, reverse=True)
        return [candidate for _, candidate in best]
