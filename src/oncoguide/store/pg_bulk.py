"""A batch of new documents and their passages written on PostgreSQL in two statements (issue #16).

The documents go in as one JSON text in one INSERT, the passages in one COPY: before, the server started an
executor for each of a batch's 1,650 passages, and the client converted statements of 4,000 parameters. The word
index is still written with each passage (migration 0010), in the same transaction, so a killed ingest leaves
no passage without its words.

`insert_new` lets the unique key decide what is new (ON CONFLICT DO NOTHING) instead of looking the batch's 500
keys up first. That lookup was planned from statistics that lag behind a table growing by 500 documents a batch:
the plan a connection kept read every stored document for each batch (36 s of a 92 s ingest of 100,000
citations). The unique index answers ON CONFLICT directly, whatever the statistics say; another ingest storing
the same document at the same moment is waited for, then its row counts as already there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from .engine import compact_json

if TYPE_CHECKING:
    from .documents import DocumentRow

Identity = tuple[str, str, str]  # (kind, key, version): unique

_INSERT_NEW = sa.text(
    "INSERT INTO documents (kind, key, version, title, effective_date, checksum, data, ingested_at) "
    "SELECT b.kind, b.key, b.version, b.title, b.effective_date, b.checksum, b.data, :now "
    "FROM json_to_recordset(CAST(:batch AS json)) AS b(kind varchar, key varchar, version varchar, title text, "
    "effective_date date, checksum varchar, data json) "
    "ON CONFLICT (kind, key, version) DO NOTHING "
    "RETURNING id, kind, key, version")

_COPY_PASSAGES = "COPY passages (document_id, position, section, title, text) FROM STDIN"


def insert_new(conn: sa.Connection, docs: Sequence[DocumentRow], now: dt.datetime) -> dict[Identity, int]:
    """Insert the documents not stored yet (their passages are the caller's); the ids of those inserted."""
    # The batch goes as one JSON text: the JSON encoder is C, while a text array of JSON texts had every quote
    # escaped in Python. `data` is kept as the encoder wrote it, compact, as the JSON column writes it.
    batch = compact_json([{"kind": d.kind, "key": d.key, "version": d.version, "title": d.title,
                           "effective_date": d.effective_date.isoformat() if d.effective_date else None,
                           "checksum": d.checksum, "data": d.data} for d in docs])
    rows = conn.execute(_INSERT_NEW, {"batch": batch, "now": now})
    return {(r.kind, r.key, r.version): int(r.id) for r in rows}


def insert_passages(conn: sa.Connection, stored: Sequence[tuple[int, DocumentRow]]) -> None:
    """COPY the passages of documents just inserted (document id, document), in order: ids grow with it.

    COPY runs in the transaction `conn` is in. Its errors are the driver's own: they leave here as SQLAlchemy's
    DBAPIError (what store/ turns into StoreError), and a connection they broke is dropped from the pool.
    """
    import psycopg  # only a PostgreSQL store gets here

    raw: Any = conn.connection.driver_connection
    try:
        with raw.cursor() as cursor, cursor.copy(_COPY_PASSAGES) as copy:
            for doc_id, doc in stored:
                for position, p in enumerate(doc.passages):
                    copy.write_row((doc_id, position, p.section, p.title, p.text))
    except psycopg.Error as exc:
        if raw.broken:
            conn.invalidate(exc)
        raise sa.exc.DBAPIError.instance(_COPY_PASSAGES, None, exc, psycopg.Error,
                                         connection_invalidated=bool(raw.broken)) from exc
