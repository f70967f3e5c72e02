"""Store ingested outside documents (labels, articles) and their passages, one transaction per document."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import Any

import sqlalchemy as sa

from ..errors import NotFound
from . import pg_bulk
from . import tables as t
from .engine import inserted_id, write_transaction
from .translate import database_errors


@dataclass(frozen=True)
class PassageRow:
    section: str | None
    title: str | None
    text: str


@dataclass(frozen=True)
class DocumentRow:
    """A document ready to store: `key` is the set id or PMID; (kind, key, version) is unique.

    `data` is what `documents.data` keeps. When it keeps only part of the document (an article: the text is in
    its passages), `content` is the whole parsed document, and the checksum covers that instead.

    `on_other_content` decides what happens when this version is stored with other content: given the stored
    `data`, it returns Outcome.updated (replace it), Outcome.unchanged (keep it) or Outcome.conflict (keep it and
    report). None replaces, as for a revised PubMed record.
    """

    kind: str
    key: str
    version: str
    title: str
    effective_date: dt.date | None
    data: dict[str, Any]
    passages: list[PassageRow] = field(default_factory=list)
    content: dict[str, Any] | None = None
    on_other_content: Callable[[dict[str, Any]], Outcome] | None = field(default=None, compare=False, repr=False)

    @cached_property
    def checksum(self) -> str:
        whole = self.data if self.content is None else self.content
        canonical = json.dumps(whole, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(canonical.encode()).hexdigest()


class Outcome(str, Enum):
    added = "added"          # a new document, or a new version beside the old ones
    updated = "updated"      # same version, different content (e.g. a revised PubMed record)
    unchanged = "unchanged"  # stored before, byte-for-byte the same data
    conflict = "conflict"    # stored before with other content that must not change: refused, the stored one kept


def _save_document(conn: sa.Connection, doc: DocumentRow) -> Outcome:
    """Insert or refresh one document and its passages on `conn` (the caller owns the transaction)."""
    checksum = doc.checksum
    d = t.documents.c
    existing = conn.execute(
        sa.select(d.id, d.checksum).where(d.kind == doc.kind, d.key == doc.key, d.version == doc.version)
    ).first()
    values = {"title": doc.title, "effective_date": doc.effective_date, "checksum": checksum, "data": doc.data,
              "ingested_at": dt.datetime.now(dt.UTC).replace(tzinfo=None)}
    if existing is not None and existing.checksum == checksum:
        return Outcome.unchanged
    if existing is not None and doc.on_other_content is not None:
        stored = conn.execute(sa.select(d.data).where(d.id == existing.id)).scalar_one()
        if (decided := doc.on_other_content(stored)) is not Outcome.updated:
            return decided
    if existing is not None:
        doc_id = existing.id
        conn.execute(t.documents.update().where(d.id == doc_id).values(**values))
        conn.execute(t.passages.delete().where(t.passages.c.document_id == doc_id))
    else:
        doc_id = inserted_id(conn.execute(
            t.documents.insert().values(kind=doc.kind, key=doc.key, version=doc.version, **values)
        ), "document")
    if doc.passages:
        conn.execute(t.passages.insert(), [
            {"document_id": doc_id, "position": i, "section": p.section, "title": p.title, "text": p.text}
            for i, p in enumerate(doc.passages)
        ])
    return Outcome.added if existing is None else Outcome.updated


def store_document(engine: sa.Engine, doc: DocumentRow) -> Outcome:
    """Save one document in its own transaction: it is stored whole or not at all.

    When another process stores the same document at the same moment (PostgreSQL lets both read "not there"),
    the loser's insert breaks the unique key; once more, it finds the winner's row and reports what it found.
    """
    with database_errors(f"store {doc.kind} {doc.key} version {doc.version} (nothing was changed)"):
        try:
            return _store_alone(engine, doc)
        except sa.exc.IntegrityError:
            return _store_alone(engine, doc)  # lost a race to another process: its row is there now


def _store_alone(engine: sa.Engine, doc: DocumentRow) -> Outcome:
    with write_transaction(engine) as conn:
        return _save_document(conn, doc)


def store_documents(engine: sa.Engine, docs: list[DocumentRow]) -> list[Outcome]:
    """Save a batch in one transaction with bulk statements (each document still whole; all or none).

    For large imports (PubMed baselines): a few statements per batch instead of four per document. On
    PostgreSQL the new documents are inserted first and only those already there are looked up (pg_bulk.py);
    elsewhere the batch's keys are looked up first (SQLite has one writer at a time and plans by index).
    """
    with database_errors(f"store a batch of {len(docs)} documents (nothing in it was changed)"):
        if len({_identity(doc) for doc in docs}) < len(docs):  # the same record twice: go one by one
            with write_transaction(engine) as conn:
                return [_save_document(conn, doc) for doc in docs]
        with write_transaction(engine) as conn:
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            postgresql = conn.dialect.name == "postgresql"
            if postgresql:
                ids = pg_bulk.insert_new(conn, docs, now)
                existing = _existing(conn, [doc for doc in docs if _identity(doc) not in ids])
            else:
                existing = _existing(conn, docs)
                ids = _insert_new(conn, [doc for doc in docs if _identity(doc) not in existing], now)
            outcomes: list[Outcome] = []
            for doc in docs:
                found = existing.get(_identity(doc))
                if _identity(doc) in ids:
                    outcomes.append(Outcome.added)
                elif found is not None and found[1] == doc.checksum:
                    outcomes.append(Outcome.unchanged)
                else:  # stored with other content (or gone since the insert met it): decide as for one document
                    outcomes.append(_save_document(conn, doc))
            stored = [(ids[_identity(doc)], doc) for doc in docs if _identity(doc) in ids]
            if postgresql:
                pg_bulk.insert_passages(conn, stored)
            else:
                _insert_passages(conn, stored)
            return outcomes


def _identity(doc: DocumentRow) -> tuple[str, str, str]:
    return doc.kind, doc.key, doc.version


def _existing(conn: sa.Connection, docs: list[DocumentRow]) -> dict[tuple[str, str, str], tuple[int, str]]:
    """(id, checksum) of the stored rows among `docs`, by (kind, key, version)."""
    d = t.documents.c
    existing: dict[tuple[str, str, str], tuple[int, str]] = {}
    for kind in {doc.kind for doc in docs}:
        keys = [doc.key for doc in docs if doc.kind == kind]
        for row in conn.execute(sa.select(d.id, d.key, d.version, d.checksum).where(d.kind == kind, d.key.in_(keys))):
            existing[(kind, row.key, row.version)] = (row.id, row.checksum)
    return existing


def _insert_new(conn: sa.Connection, docs: list[DocumentRow], now: dt.datetime) -> dict[tuple[str, str, str], int]:
    """Insert documents known to be new (their passages are the caller's); their ids."""
    if not docs:
        return {}
    d = t.documents.c
    ids = conn.execute(
        t.documents.insert().returning(d.id, sort_by_parameter_order=True),
        [{"kind": doc.kind, "key": doc.key, "version": doc.version, "title": doc.title,
          "effective_date": doc.effective_date, "checksum": doc.checksum, "data": doc.data,
          "ingested_at": now} for doc in docs],
    ).scalars().all()
    return {_identity(doc): doc_id for doc, doc_id in zip(docs, ids)}


def _insert_passages(conn: sa.Connection, stored: list[tuple[int, DocumentRow]]) -> None:
    passages = [{"document_id": doc_id, "position": i, "section": p.section, "title": p.title, "text": p.text}
                for doc_id, doc in stored for i, p in enumerate(doc.passages)]
    if passages:
        conn.execute(t.passages.insert(), passages)


def versions(engine: sa.Engine, kind: str, key: str) -> list[str]:
    """Stored versions of one document, oldest first (numeric versions compare as numbers)."""
    d = t.documents.c
    with database_errors(f"read the versions of {kind} {key}"), engine.connect() as conn:
        found = conn.execute(sa.select(d.version).where(d.kind == kind, d.key == key)).scalars().all()
    return sorted(found, key=_version_key)


def _version_key(version: str) -> tuple[int, str]:
    return (int(version), "") if version.isdigit() else (-1, version)


def latest_document(engine: sa.Engine, kind: str, key: str) -> dict[str, Any]:
    """The newest stored version's row (id, version, title, effective_date, data); NotFound if none."""
    d = t.documents.c
    with database_errors(f"read {kind} {key}"), engine.connect() as conn:
        rows = conn.execute(sa.select(d.id, d.version, d.title, d.effective_date, d.data)
                            .where(d.kind == kind, d.key == key)).mappings().all()
    if not rows:
        raise NotFound(kind, key)
    return dict(max(rows, key=lambda r: _version_key(r["version"])))


def document_passages(engine: sa.Engine, document_id: int) -> list[PassageRow]:
    """The passages of one stored document, in order."""
    p = t.passages.c
    with database_errors(f"read the passages of document {document_id}"), engine.connect() as conn:
        rows = conn.execute(sa.select(p.section, p.title, p.text).where(p.document_id == document_id)
                            .order_by(p.position)).all()
    return [PassageRow(section=r.section, title=r.title, text=r.text) for r in rows]


def latest_versions(engine: sa.Engine, kind: str) -> dict[str, str]:
    """Newest stored version for every key of one kind."""
    d = t.documents.c
    newest: dict[str, str] = {}
    with database_errors(f"read the stored {kind} versions"), engine.connect() as conn:
        for key, version in conn.execute(sa.select(d.key, d.version).where(d.kind == kind)):
            if key not in newest or _version_key(version) > _version_key(newest[key]):
                newest[key] = version
    return newest


def document_counts(engine: sa.Engine) -> dict[str, int]:
    """How many documents of each kind, and passages, are stored."""
    with database_errors("count the stored documents"), engine.connect() as conn:
        rows = conn.execute(sa.select(t.documents.c.kind, sa.func.count()).group_by(t.documents.c.kind)).all()
        passages = conn.execute(sa.select(sa.func.count()).select_from(t.passages)).scalar_one()
    return {**{k: int(n) for k, n in rows}, "passage": int(passages)}
