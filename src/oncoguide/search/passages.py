"""Search the ingested passages (FDA label sections, PubMed abstracts) through a cached FTS5 index file.

The index lives beside the database in ONCOGUIDE_HOME and is rebuilt when the stored passages change, so a
new `oncoguide ask` process opens it instead of indexing every passage again. Passages embedded by
`oncoguide embed` (vectors.sqlite beside the index) are also searched by meaning (hybrid.py).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .hybrid import HybridIndex, vector_index
from .index import LexicalIndex
from .vectors import VectorCache, VectorIndex

if TYPE_CHECKING:  # SQLAlchemy and the store load only when there is a database to read (cold start of `ask`)
    import sqlalchemy as sa


@dataclass(frozen=True)
class PassageSource:
    """The document a passage came from, ready to cite."""

    id: str            # `pmid:<pmid>` or `label:<set id>`
    kind: str          # `research` or `fda_label`
    citation: str
    link: str | None
    section: str | None = None


@dataclass(frozen=True)
class Passage:
    text: str
    source: PassageSource


def _article_citation(title: str, data: dict, pmid: str) -> str:
    authors = data.get("authors") or []
    who = f"{authors[0]} et al" if len(authors) > 1 else (authors[0] if authors else None)
    parts = [who, title, data.get("journal"), str(data["year"]) if data.get("year") else None, f"PMID {pmid}"]
    return ". ".join(p.rstrip(".") for p in parts if p) + "."


def _label_citation(title: str, data: dict, effective: str | None, set_id: str, version: str) -> str:
    products = data.get("products") or []
    product = products[0].get("name") if products else None
    parts = [product, title, f"Revised {effective}" if effective else None,
             f"DailyMed set ID {set_id}, version {version}"]
    return ". ".join(p.rstrip(".") for p in parts if p) + "."


def _tables():  # noqa: ANN202
    """Light views of store.tables' documents and passages: importing the store package loads Alembic
    (~0.2 s), too slow for the start of `oncoguide ask`. Names must match store/tables.py."""
    import sqlalchemy as sa

    documents = sa.table("documents", *(sa.column(c) for c in ("id", "kind", "key", "version", "title", "ingested_at")),
                         sa.column("effective_date", sa.Date), sa.column("data", sa.JSON))  # typed: SQLite stores text
    passages = sa.table("passages", *(sa.column(c) for c in ("id", "document_id", "position", "title", "text")))
    return documents, passages


def _rows(engine: sa.Engine) -> list[tuple[str, str, str, str | None, str | None, str]]:
    """(source id, kind, citation, link, section, text) of each passage of the newest version of each document."""
    import sqlalchemy as sa

    documents, passages = _tables()
    d, p = documents.c, passages.c
    newest = sa.select(sa.func.max(d.id)).group_by(d.kind, d.key).scalar_subquery()
    query = (sa.select(d.id, d.kind, d.key, d.version, d.title, d.effective_date, d.data, p.title.label("ptitle"),
                       p.text)
             .join(passages, p.document_id == d.id).where(d.id.in_(newest)).order_by(d.id, p.position))
    out: list[tuple[str, str, str, str | None, str | None, str]] = []
    with engine.connect() as conn:
        for row in conn.execute(query):
            source = passage_source(row.kind, row.key, row.version, row.title, row.effective_date, row.data,
                                    row.ptitle)
            out.append((source.id, source.kind, source.citation, source.link, source.section, row.text))
    return out


def passage_source(kind: str, key: str, version: str, title: str, effective: dt.date | None,
                   data: dict | str, section: str | None) -> PassageSource:
    """The citable source of a passage of a stored document (an article or a label version)."""
    data = data if isinstance(data, dict) else json.loads(data)
    if kind == "article":
        return PassageSource(f"pmid:{key}", "research", _article_citation(title, data, key),
                             f"https://pubmed.ncbi.nlm.nih.gov/{key}/", section)
    eff = effective.isoformat() if effective else None
    return PassageSource(f"label:{key}", "fda_label", _label_citation(title, data, eff, key, version),
                         f"https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid={key}", section)


def _fingerprint(engine: sa.Engine) -> str:
    import sqlalchemy as sa

    documents, passages = _tables()
    with engine.connect() as conn:
        n, last = conn.execute(sa.select(sa.func.count(), sa.func.max(passages.c.id))).one()
        changed = conn.execute(sa.select(sa.func.max(documents.c.ingested_at))).scalar()
    return f"{n}:{last}:{changed}"


class StorePassages:
    """Passage search over the store, through an index file rebuilt only when the passages change."""

    def __init__(self, engine: sa.Engine, index_file: Path):
        lexical, self._conn = self._open(engine, index_file)
        self._lock = threading.Lock()  # web requests share one connection
        self._index = HybridIndex(lexical, self._open_vectors(vectors_file(index_file)))

    def _open_vectors(self, path: Path) -> VectorIndex | None:
        if not path.exists():  # nothing embedded yet: lexical search only, and no model to load
            return None
        texts = [row[0] for row in self._conn.execute("SELECT text FROM passage_meta ORDER BY id")]
        try:
            cache = VectorCache(path)
            try:
                return vector_index(texts, cache)
            finally:
                cache.close()
        except sqlite3.DatabaseError:  # a damaged file costs the search by meaning, never the answer
            return None

    @staticmethod
    def _open(engine: sa.Engine, path: Path) -> tuple[LexicalIndex, sqlite3.Connection]:
        stamp = _fingerprint(engine)
        if path.exists():
            conn = sqlite3.connect(str(path), check_same_thread=False)
            try:
                if conn.execute("SELECT value FROM index_meta WHERE key = 'fingerprint'").fetchone() == (stamp,):
                    return LexicalIndex.open(path), conn
            except sqlite3.Error:
                pass
            conn.close()
            path.unlink()
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = _rows(engine)
        tmp = path.with_suffix(".building")
        tmp.unlink(missing_ok=True)
        index = LexicalIndex.build(((r[0], r[5]) for r in rows), tmp)
        index.close()
        conn = sqlite3.connect(str(tmp))
        with conn:
            conn.execute("CREATE TABLE index_meta (key TEXT PRIMARY KEY, value TEXT)")
            conn.execute("CREATE TABLE passage_meta (id INTEGER PRIMARY KEY, source TEXT, kind TEXT, citation TEXT,"
                         " link TEXT, section TEXT, text TEXT)")
            conn.executemany("INSERT INTO passage_meta VALUES (?, ?, ?, ?, ?, ?, ?)",
                             ((i, *r) for i, r in enumerate(rows)))
            conn.execute("INSERT INTO index_meta VALUES ('fingerprint', ?)", (stamp,))
        conn.close()
        tmp.replace(path)
        return LexicalIndex.open(path), sqlite3.connect(str(path), check_same_thread=False)

    def search(self, words: list[str], k: int, text: str | None = None) -> list[Passage]:
        """The k best passages for the words; with the question's text, its meaning counts too."""
        out = []
        positions = self._index.search(text or "", k, words=words)
        with self._lock:
            for position in positions:
                row = self._conn.execute("SELECT source, kind, citation, link, section, text FROM passage_meta "
                                         "WHERE id = ?", (position,)).fetchone()
                out.append(Passage(text=row[5], source=PassageSource(*row[:5])))
        return out


def vectors_file(index_file: Path) -> Path:
    return index_file.with_name("vectors.sqlite")


def embed_passages(engine: sa.Engine, index_file: Path, progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Embed every stored passage that has no vector yet: (passages, newly embedded)."""
    from .embed import encoder

    texts = [r[5] for r in _rows(engine)]
    cache = VectorCache(vectors_file(index_file))
    try:
        return len(texts), cache.fill(texts, encoder(), progress)
    finally:
        cache.close()
