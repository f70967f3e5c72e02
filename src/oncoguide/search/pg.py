"""Passage search inside PostgreSQL (issue #16): the same interface as StorePassages, with no local index.

With a PostgreSQL store the passages, their word index (tsvector + GIN) and their vectors all live in the
database and every query runs there (store/pg_search.py), so web processes keep no state of their own and
read replicas (ONCOGUIDE_DATABASE_READ_URL) add search capacity.

By words: BM25 over a bounded candidate set (passages holding every word of the question, plus those holding
its rarest words), see store/pg_search.py.

By meaning: PostgreSQL here has no vector index (pgvector is not packaged for Debian 12), so it only stores
the vectors. The question's vector is compared, in this process, with the vectors of the DEPTH best passages
by words, and the two rankings are fused by reciprocal rank (vectors.py `fuse`; the embedded index, hybrid.py,
adds scaled scores instead, which was measured there only). Meaning therefore reorders what the words found; a
passage that shares no word (nor synonym) with the question is not found by meaning.

Nothing here catches up from a highest id: each query reads the committed rows, and `oncoguide embed` looks
for passages without a vector, so a passage whose ingest commits after one with higher ids is searched and
embedded like any other (tests/store/test_pg_catch_up.py).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from functools import partial

import numpy as np
import sqlalchemy as sa

from ..store import pg_search
from ..store.pg_search import TermStats
from . import embed
from .hybrid import DEPTH
from .passages import Passage, passage
from .vectors import fuse

# Candidate passages read per part of a query (all words; rarest words). On BioASQ (20,767 passages,
# benchmarks/pg_replica.py --bioasq) nDCG@10 was 0.784 at 300 and 0.776 at 1000 (embedded index 0.789, bm25s
# 0.736), recall@100 0.918 and 0.922; 300 is also the faster (p95 92 and 164 ms there, on a loaded machine).
BUDGET = 300
COUNT_CAP = 64      # matches counted (through the index, then the rows) for a lexeme pg_stats does not list
STATS_TTL = 300.0   # seconds a process keeps the term statistics before reading them again
EMBED_BATCH = 256   # passages embedded per transaction: an interrupted `oncoguide embed` keeps what it did


class PgPassages:
    """Passage search run by PostgreSQL; `engine` may point at a read replica."""

    def __init__(self, engine: sa.Engine, budget: int = BUDGET):
        self._engine = engine
        self._budget = budget
        self._stats: TermStats | None = None
        self._stats_at = 0.0
        self._lock = threading.Lock()
        self._meaning: tuple[float, tuple[int, int | None]] | None = None  # (when counted, searched_by_meaning)

    @property
    def searched_by_meaning(self) -> tuple[int, int | None]:
        """(passages with a vector, passages): counted at most every STATS_TTL seconds (a count reads them all:
        0.3 s at 1M passages, a third of a cold `oncoguide ask`). While no passage has a vector the answer only
        needs to say none has, so nothing is counted: (0, None), or (0, 0) when nothing is stored."""
        kept = self._meaning
        if kept is not None and time.monotonic() - kept[0] < STATS_TTL:
            return kept[1]

        def count(conn: sa.Connection) -> tuple[int, int | None]:
            if not (embed.available() and pg_search.any_vectors(conn, embed.MODEL_ID)):
                return 0, (None if pg_search.any_passages(conn) else 0)
            return pg_search.embedded_count(conn, embed.MODEL_ID), pg_search.passage_count(conn)

        counted = pg_search.read(self._engine, "count the passages", count)
        self._meaning = (time.monotonic(), counted)
        return counted

    def search(self, words: list[str], k: int, text: str | None = None) -> list[Passage]:
        """The k best passages for the words; with the question's text, its meaning counts too."""
        return pg_search.read(self._engine, "search the passages", lambda conn: self._search(conn, words, k, text))

    def _search(self, conn: sa.Connection, words: list[str], k: int, text: str | None) -> list[Passage]:
        lexemes = pg_search.lexemes(conn, words)
        if not lexemes or k <= 0:
            return []
        stats = self._term_stats(conn, lexemes)
        df = self._frequencies(conn, stats, lexemes)
        if not df:  # no passage holds any of the words
            return []
        meaning = bool(text and text.strip()) and stats.vectors and embed.available()
        depth = max(k, DEPTH) if meaning else k
        idf = {lx: _idf(stats.passages, n) for lx, n in df.items()}
        hits = pg_search.ranked(conn, idf, rare_lexemes(df, self._budget), stats.avg_length,
                                budget=self._budget, depth=depth * 2 + 10)  # room for passages of old versions
        found = {r.id: r for r in pg_search.records(conn, [i for i, _ in hits], depth)}
        order = [i for i, _ in hits if i in found]
        if meaning:
            order = fuse([order, _by_meaning(conn, order, str(text))], k)
        return [passage(found[i]) for i in order[:k]]

    def _term_stats(self, conn: sa.Connection, lexemes: list[str]) -> TermStats:
        with self._lock:
            kept = self._stats
            if kept is not None and time.monotonic() - self._stats_at < STATS_TTL:
                return kept
            stats = pg_search.term_stats(conn, lexemes)
            if stats.unlisted > 0:  # from pg_stats: good for every question; counted ones only for these words
                self._stats, self._stats_at = stats, time.monotonic()
            return stats


    def _frequencies(self, conn: sa.Connection, stats: TermStats, lexemes: list[str]) -> dict[str, float]:
        """Passages holding each lexeme that some passage holds: pg_stats' estimate for common lexemes; the
        others (rarer than every listed one, or absent) are counted, up to COUNT_CAP. Without the count a word
        found nowhere would look rarest and crowd the real rare words out of the candidates."""
        unlisted = [lx for lx in lexemes if lx not in stats.share]
        counted = pg_search.match_counts(conn, unlisted, COUNT_CAP) if stats.unlisted > 0 else {}
        df = {lx: stats.df(lx) for lx in lexemes if lx in stats.share}
        # Counted to the cap: exact for the rarest words; beyond it, half the least listed frequency, as the planner
        # itself assumes for a lexeme missing from pg_stats.
        df.update((lx, float(n) if n < COUNT_CAP else max(COUNT_CAP, stats.df(lx) / 2)) for lx, n in counted.items())
        return {lx: n for lx, n in df.items() if n > 0}


def rare_lexemes(df: dict[str, float], budget: int) -> list[str]:
    """The rarest lexemes whose matches add up to at most `budget` (always at least one)."""
    chosen: list[str] = []
    total = 0.0
    for lx in sorted(df, key=lambda lx: (df[lx], lx)):
        if chosen and total + df[lx] > budget:
            break
        chosen.append(lx)
        total += df[lx]
    return chosen


def _idf(passages: float, df: float) -> float:
    df = min(max(df, 1.0), passages)
    return math.log(1 + (passages - df + 0.5) / (df + 0.5))


def _by_meaning(conn: sa.Connection, ids: list[int], text: str) -> list[int]:
    """`ids` reordered by cosine to the question; passages without a vector are left out."""
    stored = pg_search.vectors(conn, ids, embed.MODEL_ID)
    have = [i for i in ids if i in stored]
    if not have:
        return []
    matrix = np.stack([np.frombuffer(stored[i], dtype=np.float16).astype(np.float32) for i in have])
    scores = matrix @ embed.encoder().encode([text])[0]
    return [have[j] for j in np.argsort(-scores, kind="stable") if scores[j] > 0]


def embed_pg_passages(engine: sa.Engine, progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Embed every passage that has no vector yet, into PostgreSQL: (passages, newly embedded)."""
    encoder = embed.encoder()
    added = 0
    while True:
        batch = pg_search.read(engine, "read the passages to embed",
                               lambda conn: pg_search.unembedded(conn, embed.MODEL_ID, EMBED_BATCH))
        if not batch:
            break
        vecs = encoder.encode([t for _, t in batch]).astype(np.float16)
        rows = [(i, v.tobytes()) for (i, _), v in zip(batch, vecs)]
        pg_search.write(engine, "store passage vectors", partial(pg_search.save_vectors, model=embed.MODEL_ID, rows=rows))
        added += len(rows)
        if progress:
            progress(len(rows))
    total = pg_search.read(engine, "count the passages", pg_search.passage_count)
    return total, added
