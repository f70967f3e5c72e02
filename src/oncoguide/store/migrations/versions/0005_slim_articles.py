"""PubMed articles: `documents.data` keeps only what the passages do not (no title, no abstract text).

Before, each article's data was its whole parsed record, repeating the title and abstract that its passages
hold (about half of a 4.7 KB citation). Now it keeps authors, journal, year, DOI, MeSH terms, publication
types and the NLM category of each abstract part, fields at their default (None, []) left out; the article
reads back whole from data + passages (sources/articles.py). Checksums stay: they cover the whole record.

The conversion is written out here, not imported, so that this migration keeps meaning what it meant.
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"

_documents = sa.table("documents", sa.column("id", sa.Integer), sa.column("kind", sa.String),
                      sa.column("key", sa.String), sa.column("version", sa.String), sa.column("title", sa.Text),
                      sa.column("data", sa.JSON))
_passages = sa.table("passages", sa.column("document_id", sa.Integer), sa.column("position", sa.Integer),
                     sa.column("title", sa.Text), sa.column("text", sa.Text))
_DEFAULTS: dict[str, Any] = {"authors": [], "journal": None, "year": None, "doi": None, "mesh_terms": [],
                             "publication_types": []}
_CHUNK = 2000


def _articles(conn: sa.Connection):  # noqa: ANN202
    """(id, key, version, title, data) of every article, read in chunks so a large store fits in memory."""
    d = _documents.c
    last = 0
    while True:
        rows = conn.execute(sa.select(d.id, d.key, d.version, d.title, d.data)
                            .where(d.kind == "article", d.id > last).order_by(d.id).limit(_CHUNK)).all()
        if not rows:
            return
        yield rows
        last = rows[-1].id


def _save(conn: sa.Connection, changed: list[dict]) -> None:
    if changed:
        conn.execute(_documents.update().where(_documents.c.id == sa.bindparam("doc_id"))
                     .values(data=sa.bindparam("new_data")), changed)


def upgrade() -> None:
    conn = op.get_bind()
    for rows in _articles(conn):
        changed = []
        for row in rows:
            old = row.data
            if "abstract" not in old:  # already slim
                continue
            new = {k: v for k, v in old.items() if k in _DEFAULTS and v != _DEFAULTS[k]}
            if any(part.get("category") for part in old["abstract"]):
                new["categories"] = [part.get("category") for part in old["abstract"]]
            changed.append({"doc_id": row.id, "new_data": new})
        _save(conn, changed)


def downgrade() -> None:
    conn = op.get_bind()
    p = _passages.c
    for rows in _articles(conn):
        texts: dict[int, list] = {}
        for passage in conn.execute(sa.select(p.document_id, p.title, p.text)
                                    .where(p.document_id.in_([r.id for r in rows]))
                                    .order_by(p.document_id, p.position)):
            texts.setdefault(passage.document_id, []).append(passage)
        changed = []
        for row in rows:
            slim = dict(row.data)
            if "abstract" in slim:
                continue
            parts = texts.get(row.id, [])[1:]  # the first passage is the title
            categories = slim.pop("categories", None) or [None] * len(parts)
            changed.append({"doc_id": row.id, "new_data": {
                "pmid": row.key, "version": int(row.version), "title": row.title,
                "abstract": [{"label": part.title, "category": c, "text": part.text}
                             for part, c in zip(parts, categories)],
                **{k: slim.get(k, default) for k, default in _DEFAULTS.items()},
            }})
        _save(conn, changed)
