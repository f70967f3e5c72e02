"""Hybrid passage search: the lexical ranking (BM25, index.py) and the semantic one (vectors.py), fused.

On BioASQ the two find different relevant articles (nDCG@10: lexical 0.790, MiniLM 0.773; benchmarks/
bioasq_retrieval.py), so each ranking's top DEPTH passages are merged by their scores, each ranking's scaled to
[0, 1] and added (vectors.py `combine`: 0.849; reciprocal-rank fusion of the same rankings gave 0.831).
Without the embedding model, or for passages not yet embedded, search is lexical alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .index import LexicalIndex

if TYPE_CHECKING:  # vectors.py and embed.py load numpy: only a search by meaning needs them (#16, cold start)
    from .vectors import VectorCache, VectorIndex

DEPTH = 200  # passages taken from each ranking before fusion


class HybridIndex:
    """One set of passages, searchable by words and (when vectors are given) by meaning."""

    def __init__(self, lexical: LexicalIndex, vectors: VectorIndex | None = None):
        self.lexical = lexical
        self.vectors = vectors

    @classmethod
    def build(cls, passages: Sequence[tuple[str, str]], cache: VectorCache | None, *,
              embed_missing: bool = False) -> HybridIndex:
        """Index (document key, text) pairs; vectors come from the cache (embedding the missing ones if asked)."""
        return cls(LexicalIndex.build(passages), vector_index([t for _, t in passages], cache, embed_missing))

    def search(self, query: str, k: int, words: list[str] | None = None) -> list[int]:
        """Passage positions, best first. `words` replaces the query's own words on the lexical side; an empty
        query (only words) is searched lexically."""
        vectors = self.vectors if query.strip() else None
        depth = max(k, DEPTH) if vectors is not None else k
        hits = self.lexical.search_terms(words, depth) if words is not None else self.lexical.search(query, depth)
        if vectors is None:  # no vectors (model or cache missing) or no query text: the lexical ranking alone
            return [h.position for h in hits]
        from . import embed
        from .vectors import combine

        meaning = vectors.scored(embed.encoder().encode([query])[0], depth)
        return combine([[(h.position, h.score) for h in hits], meaning], k)


def vector_index(texts: list[str], cache: VectorCache | None, embed_missing: bool = False) -> VectorIndex | None:
    """The texts' vectors as an index, or None when the model is missing or no text has a vector."""
    from . import embed
    from .vectors import VectorIndex

    if cache is None or not embed.available():
        return None
    if embed_missing:
        cache.fill(texts, embed.encoder())
    matrix, have = cache.matrix(texts)
    return VectorIndex(matrix) if have.any() else None
