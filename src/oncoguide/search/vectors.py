"""The semantic side of passage search: stored passage vectors, nearest-neighbour search, rank fusion.

Vectors come from `embed.py` and are kept in a cache file keyed by a hash of the model and the text, so a
passage is embedded once however often the index is rebuilt (embedding is ~80 passages/s on 2 cores;
a query is ~10 ms). At these sizes a numpy matrix product beats a vector database (MACHINE-NOTES.md).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .embed import DIM, MODEL_ID, Encoder

RRF_K = 60  # reciprocal-rank fusion constant (Cormack et al. 2009), the usual default
BATCH = 256  # texts embedded per cache write: an interrupted run keeps what it finished


def text_key(text: str) -> str:
    return hashlib.sha1(f"{MODEL_ID}\0{text}".encode()).hexdigest()


class VectorCache:
    """Text → vector, in a SQLite file (float16: half the size, cosine error ~1e-4)."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), check_same_thread=False)
        self._conn.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB) WITHOUT ROWID")

    def close(self) -> None:
        self._conn.close()

    def get(self, texts: Sequence[str]) -> list[np.ndarray | None]:
        keys = [text_key(t) for t in texts]
        found: dict[str, bytes] = {}
        for lo in range(0, len(keys), 500):
            chunk = keys[lo:lo + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self._conn.execute(f"SELECT key, vec FROM vectors WHERE key IN ({marks})", chunk))
        return [np.frombuffer(found[k], dtype=np.float16).astype(np.float32) if k in found else None for k in keys]

    def put(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        with self._conn:
            self._conn.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                                   ((text_key(t), v.astype(np.float16).tobytes()) for t, v in zip(texts, vectors)))

    def fill(self, texts: Sequence[str], encoder: Encoder,
             progress: Callable[[int], None] | None = None) -> int:
        """Embed the texts the cache lacks, in batches; returns how many were embedded."""
        missing = list(dict.fromkeys(t for t, v in zip(texts, self.get(texts)) if v is None))
        for lo in range(0, len(missing), BATCH):
            chunk = missing[lo:lo + BATCH]
            self.put(chunk, encoder.encode(chunk))
            if progress:
                progress(len(chunk))
        return len(missing)

    def matrix(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(vectors, has_vector) for the texts in order; a text without a vector gets a zero row."""
        rows = self.get(texts)
        out = np.zeros((len(rows), DIM), dtype=np.float32)
        have = np.zeros(len(rows), dtype=bool)
        for i, v in enumerate(rows):
            if v is not None:
                out[i], have[i] = v, True
        return out, have


class VectorIndex:
    """Nearest passages to a query vector by cosine (rows are unit vectors), by brute force: at the sizes
    embedded here (an embedding costs ~10 ms of CPU, so 100k passages is hours of embedding) a matrix product
    over a memory map beats an ANN index's build and memory (MACHINE-NOTES.md: 7.8 ms p50 at 100k x 384)."""

    CHUNK = 65_536  # rows multiplied at a time: a float16 memory map is widened chunk by chunk, never whole

    def __init__(self, matrix: np.ndarray, ids: np.ndarray | None = None):
        self.matrix = matrix
        self.ids = ids  # row -> passage position; None: the row number is the position

    def __len__(self) -> int:
        return len(self.matrix)

    def search(self, query: np.ndarray, k: int) -> list[int]:
        """The k nearest passages, nearest first (only those with a positive cosine)."""
        return [position for position, _ in self.scored(query, k)]

    def scored(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        """(passage, cosine) of the k nearest passages, nearest first (only those with a positive cosine)."""
        n = len(self.matrix)
        k = min(k, n)
        if k <= 0:
            return []
        scores = np.empty(n, dtype=np.float32)
        q = query.astype(np.float32)
        for lo in range(0, n, self.CHUNK):
            scores[lo:lo + self.CHUNK] = np.asarray(self.matrix[lo:lo + self.CHUNK], dtype=np.float32) @ q
        top = np.argpartition(-scores, k - 1)[:k]
        rows = [int(i) for i in top[np.argsort(-scores[top], kind="stable")] if scores[i] > 0]
        return [(r if self.ids is None else int(self.ids[r]), float(scores[r])) for r in rows]


class PassageVectors:
    """Vectors of stored passages by passage id, appended in id order to two flat files in one folder
    (`vectors.f16`: float16 rows; `ids.i64`: their passage ids). A process maps them, it never loads them;
    an embedding run that was killed leaves a partial last row, which is ignored and then overwritten."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._vectors, self._ids = folder / "vectors.f16", folder / "ids.i64"

    @classmethod
    def open(cls, folder: Path) -> PassageVectors | None:
        """The vectors in folder, or None when nothing has been embedded yet."""
        found = cls(folder)
        return found if len(found) else None

    @classmethod
    def create(cls, folder: Path) -> PassageVectors:
        folder.mkdir(parents=True, exist_ok=True)
        return cls(folder)

    def __len__(self) -> int:
        if not self._ids.exists() or not self._vectors.exists():
            return 0
        return min(self._ids.stat().st_size // 8, self._vectors.stat().st_size // (DIM * 2))

    def index(self) -> VectorIndex | None:
        n = len(self)
        if not n:
            return None
        matrix = np.memmap(self._vectors, dtype=np.float16, mode="r", shape=(n, DIM))
        return VectorIndex(matrix, np.memmap(self._ids, dtype=np.int64, mode="r", shape=(n,)))

    def refresh(self) -> VectorIndex | None:
        return self.index()

    def last_id(self) -> int:
        n = len(self)
        return int(np.memmap(self._ids, dtype=np.int64, mode="r", shape=(n,))[-1]) if n else 0

    def fill(self, engine: Any, encoder: Encoder, progress: Callable[[int], None] | None = None) -> int:
        """Embed the stored passages after the last one embedded, BATCH at a time; returns how many."""
        from ..store.passage_rows import passages_after, settled_passage_id

        n = len(self)
        for path, size in ((self._vectors, n * DIM * 2), (self._ids, n * 8)):
            with open(path, "ab") as handle:
                handle.truncate(size)  # drop a partial row left by a killed run
        done, upto = 0, settled_passage_id(engine)  # in id order, so never past an id not yet committed
        while rows := [(i, text) for i, text in passages_after(engine, self.last_id(), BATCH) if i <= upto]:
            vectors = encoder.encode([text for _, text in rows]).astype(np.float16)
            with open(self._vectors, "ab") as handle:
                handle.write(vectors.tobytes())
            with open(self._ids, "ab") as handle:  # ids last: a row counts once both are written
                handle.write(np.asarray([i for i, _ in rows], dtype=np.int64).tobytes())
            done += len(rows)
            if progress:
                progress(len(rows))
        return done


def combine(rankings: Iterable[Sequence[tuple[int, float]]], k: int) -> list[int]:
    """CombSUM of min-max normalised scores (Fox & Shaw 1994; Lee 1997; the convex combination with equal
    weights of Bruch et al. 2023): each ranking's scores are scaled to [0, 1] over the items it returned, and an
    item's scaled scores are added (0 from a ranking that did not return it); best total first.

    Unlike rank fusion it keeps how far apart the scores are: a passage far ahead in one ranking stays ahead of
    one that was barely first in the other. BioASQ, same cached rankings (2,310 questions, nDCG@10): lexical
    0.790, MiniLM 0.773, reciprocal-rank fusion (k=60, `fuse`) 0.831, this 0.849; the two were the only ones
    compared, chosen before either was scored, with no weight tried (benchmarks/bioasq_retrieval.py)."""
    total: dict[int, float] = {}
    for ranking in rankings:
        if not ranking:
            continue
        high, low = max(s for _, s in ranking), min(s for _, s in ranking)
        for item, score in ranking:
            total[item] = total.get(item, 0.0) + ((score - low) / (high - low) if high > low else 1.0)
    return sorted(total, key=lambda i: (-total[i], i))[:k]


def fuse(rankings: Iterable[Sequence[int]], k: int) -> list[int]:
    """Reciprocal-rank fusion: each ranking adds 1 / (RRF_K + rank) to an item; best total first. (Searching
    inside PostgreSQL, search/pg.py, still fuses this way: `combine` was measured on the embedded index only.)"""
    total: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking):
            total[item] = total.get(item, 0.0) + 1.0 / (RRF_K + rank + 1)
    return sorted(total, key=lambda i: (-total[i], i))[:k]
