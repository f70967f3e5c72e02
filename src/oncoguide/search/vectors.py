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
    """Nearest passages to a query vector by cosine (rows are unit vectors)."""

    def __init__(self, matrix: np.ndarray):
        self.matrix = np.ascontiguousarray(matrix, dtype=np.float32)

    def search(self, query: np.ndarray, k: int) -> list[int]:
        scores = self.matrix @ query
        k = min(k, len(scores))
        if k <= 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        return [int(i) for i in top[np.argsort(-scores[top], kind="stable")] if scores[i] > 0]


def fuse(rankings: Iterable[Sequence[int]], k: int) -> list[int]:
    """Reciprocal-rank fusion: each ranking adds 1 / (RRF_K + rank) to an item; best total first."""
    total: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking):
            total[item] = total.get(item, 0.0) + 1.0 / (RRF_K + rank + 1)
    return sorted(total, key=lambda i: (-total[i], i))[:k]
