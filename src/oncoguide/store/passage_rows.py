"""Read stored passages for the search index: what changed since a passage id, and passages by id."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import sqlalchemy as sa

from . import tables as t
from .translate import database_errors

BATCH = 5_000  # rows fetched at a time: a catch-up over millions of passages never holds them all


@dataclass(frozen=True)
class StoredPassage:
    """A passage with what its citation needs from its document (newest version of that document)."""

    id: int
    document_id: int
    kind: str        # `article` or `label`
    key: str         # PMID or SPL set id
    version: str
    title: str
    effective_date: Any
    data: dict[str, Any]
    section: str | None
    text: str


def settled_passage_id(engine: sa.Engine) -> int:
    """The highest passage id such that no passage with an id at or below it can still appear: what an index
    that catches up from its highest id may read up to without ever skipping a passage.

    SQLite has one writer at a time (write_transaction takes the lock first), so ids commit in order and
    this is the highest stored id. PostgreSQL gives ids from a sequence at insert, and two ingests can
    commit out of order: a lower id can appear after a higher one was read. A SHARE lock on passages waits
    for every transaction that has inserted passages to end, and holds new inserts back for the one SELECT:
    every id up to the highest read under it is committed (or rolled back for good), and later inserts get
    higher ids."""
    with database_errors("read the newest passage id"), engine.connect() as conn:
        if conn.dialect.name != "postgresql":
            return int(conn.execute(sa.select(sa.func.max(t.passages.c.id))).scalar() or 0)
        with conn.begin():
            conn.exec_driver_sql("LOCK TABLE passages IN SHARE MODE")
            return int(conn.execute(sa.select(sa.func.max(t.passages.c.id))).scalar() or 0)


def max_passage_id(engine: sa.Engine) -> int:
    """The highest passage id stored, 0 when none: ids only grow, so this says whether anything was added."""
    with database_errors("read the newest passage id"), engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.max(t.passages.c.id))).scalar() or 0)


def passage_count(engine: sa.Engine) -> int:
    """How many passages the newest document versions hold: what search covers."""
    return passages_counted_after(engine, 0)


def passages_counted_after(engine: sa.Engine, after: int) -> int:
    """How many passages of newest document versions have an id above `after` (a range of the primary key)."""
    p, d = t.passages.c, t.documents.c
    with database_errors("count passages"), engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(t.passages.join(t.documents, p.document_id == d.id))
                                .where(p.id > after, _is_newest())).scalar_one())


def _is_newest() -> sa.ColumnElement[bool]:
    """The document row is its key's newest version (the highest id, as ingest adds versions): a per-row
    lookup on the (kind, key, version) index, never a scan of every document."""
    d, other = t.documents.c, t.documents.alias("other")
    return ~sa.select(other.c.id).where(other.c.kind == d.kind, other.c.key == d.key, other.c.id > d.id).exists()


def changed_documents(engine: sa.Engine, after: int,
                      upto: int | None = None) -> Iterator[tuple[int, str, list[tuple[int, str]]]]:
    """(document id, `kind:key`, [(passage id, text)]) of the newest version of every document whose key has a
    passage with an id above `after` (and at most `upto`), all its passages in order.

    Documents come in the order of their key's highest new passage id, so an index that commits part of them
    and notes the highest id it holds can start again from there after a crash without skipping any. With
    `upto` (settled_passage_id), no passage above it is read: a version stored after that is left whole for
    the next catch-up, so the index's highest id never passes one still being committed.
    """
    d, p = t.documents.c, t.passages.c
    bound = p.id > after if upto is None else sa.and_(p.id > after, p.id <= upto)
    touched = (sa.select(d.kind, d.key, sa.func.max(p.id).label("top")).join(t.passages, p.document_id == d.id)
               .where(bound).group_by(d.kind, d.key).subquery())
    query = (sa.select(d.id, d.kind, d.key, p.id.label("pid"), p.text)
             .join(touched, sa.and_(d.kind == touched.c.kind, d.key == touched.c.key))
             .join(t.passages, p.document_id == d.id).where(_is_newest())
             .order_by(touched.c.top, p.position))
    if upto is not None:
        later = t.passages.alias("later")  # a newest version with a passage above upto waits for the next catch-up
        query = query.where(~sa.select(later.c.id).where(later.c.document_id == d.id, later.c.id > upto).exists())
    with database_errors("read the passages to index"), engine.connect() as conn:
        current: tuple[int, str, list[tuple[int, str]]] | None = None
        for row in conn.execution_options(yield_per=BATCH).execute(query):
            if current is None or current[0] != row.id:
                if current is not None:
                    yield current
                current = (row.id, f"{row.kind}:{row.key}", [])
            current[2].append((row.pid, row.text))
        if current is not None:
            yield current


@cache
def _texts_query() -> sa.Select:
    p = t.passages.c
    return sa.select(p.id, p.text).where(p.id.in_(sa.bindparam("ids", expanding=True)))


def passage_texts(engine: sa.Engine, ids: Sequence[int]) -> dict[int, str]:
    """Passage id -> text, for the ids that are stored."""
    with database_errors("read passages"), engine.connect() as conn:
        return {int(i): str(text) for i, text in conn.execute(_texts_query(), {"ids": list(ids)})}


@cache
def _passages_query() -> sa.Select:
    d, p = t.documents.c, t.passages.c
    return (sa.select(p.id, p.document_id, d.kind, d.key, d.version, d.title, d.effective_date, d.data,
                      p.title.label("section"), p.text)
            .join(t.documents, p.document_id == d.id)
            .where(p.id.in_(sa.bindparam("ids", expanding=True)), _is_newest()))


def stored_passages(engine: sa.Engine, ids: Sequence[int]) -> dict[int, StoredPassage]:
    """The passages by id that are stored and belong to the newest version of their document."""
    with database_errors("read passages"), engine.connect() as conn:
        rows = conn.execute(_passages_query(), {"ids": list(ids)}).all()
    return {r.id: StoredPassage(r.id, r.document_id, r.kind, r.key, r.version, r.title, r.effective_date,
                                r.data if isinstance(r.data, dict) else json.loads(r.data), r.section, r.text)
            for r in rows}


def passages_after(engine: sa.Engine, after: int = 0, limit: int = BATCH) -> list[tuple[int, str]]:
    """(id, text) of the passages of the newest document versions with an id above `after`, in id order."""
    d, p = t.documents.c, t.passages.c
    query = (sa.select(p.id, p.text).join(t.documents, p.document_id == d.id)
             .where(p.id > after, _is_newest()).order_by(p.id).limit(limit))
    with database_errors("read passages"), engine.connect() as conn:
        return [(int(i), str(text)) for i, text in conn.execute(query)]
