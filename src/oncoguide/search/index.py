"""The lexical passage index: SQLite FTS5 (porter stemmer) for tokens, BM25 scoring in numpy (bm25.py).

Each passage belongs to a document (a label, a PubMed article, a knowledge-base page); a passage's score adds
its document's score, so a passage from a document about the question as a whole ranks higher.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .bm25 import Postings, Stemmer
from .synonyms import expansions
from .text import terms

_SCHEMA = "CREATE VIRTUAL TABLE IF NOT EXISTS passage_fts USING fts5(text, tokenize='porter unicode61');"


@dataclass(frozen=True)
class Hit:
    """A passage (by its position in the build order) and its score, larger is better."""

    position: int
    score: float


class LexicalIndex:
    """Build once from (document key, text) pairs; search many times."""

    def __init__(self, conn: sqlite3.Connection, postings: Postings):
        self._conn = conn
        self._postings = postings
        self._stemmer = Stemmer()

    @classmethod
    def build(cls, passages: Iterable[tuple[str, str]], path: Path | None = None) -> LexicalIndex:
        """Index passages given as (document key, text), in order; write to path when given."""
        conn = sqlite3.connect(str(path) if path else ":memory:", check_same_thread=False)
        conn.executescript(_SCHEMA)
        docs: dict[str, int] = {}
        doc_of: list[int] = []

        def rows() -> Iterable[tuple[int, str]]:
            for i, (key, text) in enumerate(passages):
                doc_of.append(docs.setdefault(key, len(docs)))
                yield i, text

        with conn:
            conn.executemany("INSERT INTO passage_fts(rowid, text) VALUES (?, ?)", rows())
        postings = Postings.from_fts(conn, "passage_fts", np.asarray(doc_of, dtype=np.int32))
        if path:
            postings.save(conn)
        return cls(conn, postings)

    @classmethod
    def open(cls, path: Path) -> LexicalIndex:
        conn = sqlite3.connect(str(path), check_same_thread=False)
        return cls(conn, Postings.load(conn))

    def close(self) -> None:
        self._conn.close()

    def search(self, query: str, k: int = 10, extra_terms: Sequence[str] = ()) -> list[Hit]:
        """The k best passages for the question's words, its synonyms and extra_terms; best first."""
        words = [*terms(query), *expansions(query), *extra_terms]
        return self.search_terms(list(dict.fromkeys(words)), k)

    def search_terms(self, words: list[str], k: int = 10) -> list[Hit]:
        stems = self._stemmer.stems(words) if words else []
        ids = [self._postings.vocab[s] for s in stems if s in self._postings.vocab]
        return [Hit(p, s) for p, s in self._postings.top(ids, k)]


def bioasq_ranker(passages: list[tuple[str, str]]):  # noqa: ANN201
    """Ranker factory for the reference BioASQ scorer: `make(passages) -> search(query, k) -> [index]`.

    Lexical and semantic rankings fused when the embedding model is installed (vectors cached in
    ONCOGUIDE_HOME/search/vectors.sqlite: the first run embeds every passage, ~4-7 min), lexical alone otherwise.
    """
    from ..settings import Settings
    from .hybrid import HybridIndex
    from .vectors import VectorCache

    cache = VectorCache(Settings.from_env().home / "search" / "vectors.sqlite")
    index = HybridIndex.build(passages, cache, embed_missing=True)

    def search(query: str, k: int) -> list[int]:
        return index.search(query, k)

    return search
