"""A lexical passage index: SQLite FTS5 with the porter stemmer and BM25, plus a document-level score.

Each passage belongs to a document (a label, a PubMed article, a knowledge-base page). A passage is ranked by
its own BM25 plus a share of its whole document's BM25, so a passage from a document that is about the
question as a whole beats an equally matching passage from an unrelated one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .synonyms import expansions
from .text import fts_any, terms

# Share of the document's score added to a passage's own (both are BM25, larger is better).
DOC_WEIGHT = 1.0
# Passages fetched per query before the document score is added; results beyond it are not re-ranked.
POOL = 100

_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS passage_fts USING fts5(text, tokenize='porter unicode61');
CREATE VIRTUAL TABLE IF NOT EXISTS document_fts USING fts5(text, tokenize='porter unicode61');
CREATE TABLE IF NOT EXISTS passage_doc (id INTEGER PRIMARY KEY, doc INTEGER NOT NULL);
"""


@dataclass(frozen=True)
class Hit:
    """A passage (by its position in the build order) and its score, larger is better."""

    position: int
    score: float


class LexicalIndex:
    """Build once from (document key, text) pairs; search many times."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    @classmethod
    def build(cls, passages: Iterable[tuple[str, str]], path: Path | None = None) -> "LexicalIndex":
        """Index passages given as (document key, text), in order; write to path when given."""
        conn = sqlite3.connect(str(path) if path else ":memory:", check_same_thread=False)
        conn.executescript(_SCHEMA)
        docs: dict[str, int] = {}
        doc_text: dict[int, list[str]] = {}
        rows, links = [], []
        for i, (key, text) in enumerate(passages):
            doc = docs.setdefault(key, len(docs))
            doc_text.setdefault(doc, []).append(text)
            rows.append((i, text))
            links.append((i, doc))
        with conn:
            conn.executemany("INSERT INTO passage_fts(rowid, text) VALUES (?, ?)", rows)
            conn.executemany("INSERT INTO passage_doc(id, doc) VALUES (?, ?)", links)
            conn.executemany("INSERT INTO document_fts(rowid, text) VALUES (?, ?)",
                             ((d, "\n".join(parts)) for d, parts in doc_text.items()))
        return cls(conn)

    @classmethod
    def open(cls, path: Path) -> "LexicalIndex":
        return cls(sqlite3.connect(str(path), check_same_thread=False))

    def close(self) -> None:
        self._conn.close()

    def search(self, query: str, k: int = 10, extra_terms: Sequence[str] = ()) -> list[Hit]:
        """The k best passages for the question's words, its synonyms and extra_terms; best first."""
        words = [*terms(query), *expansions(query), *extra_terms]
        return self.search_terms(list(dict.fromkeys(words)), k)

    def search_terms(self, words: list[str], k: int = 10) -> list[Hit]:
        if not words:
            return []
        match = fts_any(words)  # every term quoted, the whole query bound as a parameter
        passage = self._conn.execute(
            "SELECT rowid, -bm25(passage_fts) FROM passage_fts WHERE passage_fts MATCH ? "
            "ORDER BY bm25(passage_fts) LIMIT ?", (match, max(k, POOL))).fetchall()
        if not passage:
            return []
        ids = [row[0] for row in passage]
        marks = ",".join("?" * len(ids))
        doc_of = dict(self._conn.execute(f"SELECT id, doc FROM passage_doc WHERE id IN ({marks})", ids).fetchall())
        docs = sorted(set(doc_of.values()))
        dmarks = ",".join("?" * len(docs))
        doc_score = dict(self._conn.execute(
            f"SELECT rowid, -bm25(document_fts) FROM document_fts WHERE document_fts MATCH ? AND rowid IN ({dmarks})",
            (match, *docs)).fetchall())
        scored = [Hit(pid, score + DOC_WEIGHT * doc_score.get(doc_of.get(pid, -1), 0.0)) for pid, score in passage]
        scored.sort(key=lambda h: (-h.score, h.position))
        return scored[:k]


def bioasq_ranker(passages: list[tuple[str, str]]):  # noqa: ANN201
    """Ranker factory for the reference BioASQ scorer: `make(passages) -> search(query, k) -> [index]`."""
    index = LexicalIndex.build(passages)

    def search(query: str, k: int) -> list[int]:
        return [hit.position for hit in index.search(query, k)]

    return search
