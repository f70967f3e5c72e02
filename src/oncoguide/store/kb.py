"""Save the knowledge base into the database in one transaction, and read it back."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from ..errors import StoreError
from ..model import KnowledgeBase, cited_items, item_text
from . import tables as t
from .translate import database_errors

KINDS = ("drug", "regimen", "cancer", "term")


def _objects(kb: KnowledgeBase) -> list[tuple[str, str, str, Any]]:
    return (
        [("drug", d.slug, d.generic_name, d) for d in kb.drugs.values()]
        + [("regimen", r.slug, r.name, r) for r in kb.regimens.values()]
        + [("cancer", c.slug, c.name, c) for c in kb.cancers.values()]
        + [("term", g.slug, g.term, g) for g in kb.glossary.values()]
    )


def save_kb(engine: sa.Engine, kb: KnowledgeBase) -> dict[str, int]:
    """Replace the stored knowledge base; on any failure the previous one stays as it was."""
    objects = _objects(kb)
    statement_rows = []
    for kind, slug, _name, obj in objects:
        for i, item in enumerate(cited_items(obj)):
            text = item_text(item)
            statement_rows.append({"kind": kind, "slug": slug, "field": str(i), "text": text,
                                   "sources": sorted({c.source for c in item.cite})})
    try:
        with engine.begin() as conn:
            for table in (t.statements, t.kb_objects, t.sources):
                conn.execute(table.delete())
            if kb.sources:
                conn.execute(t.sources.insert(), [
                    {"id": s.id, "kind": s.kind.value, "title": s.title, "data": s.model_dump(mode="json")}
                    for s in kb.sources.values()
                ])
            if objects:
                conn.execute(t.kb_objects.insert(), [
                    {"kind": kind, "slug": slug, "name": name, "data": obj.model_dump(mode="json")}
                    for kind, slug, name, obj in objects
                ])
            if statement_rows:
                conn.execute(t.statements.insert(), statement_rows)
            conn.execute(t.meta.delete().where(t.meta.c.key == "kb_loaded_at"))
            conn.execute(t.meta.insert().values(key="kb_loaded_at", value=dt.datetime.now(dt.UTC).isoformat()))
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"could not save the knowledge base (nothing was changed): {exc}") from exc
    return kb_counts(engine)


def kb_counts(engine: sa.Engine) -> dict[str, int]:
    """How many drugs, regimens, cancer types, terms, sources and statements are stored."""
    with database_errors("count the knowledge base"), engine.connect() as conn:
        counts = dict(conn.execute(sa.select(t.kb_objects.c.kind, sa.func.count()).group_by(t.kb_objects.c.kind)).all())
        counts["source"] = conn.execute(sa.select(sa.func.count()).select_from(t.sources)).scalar_one()
        counts["statement"] = conn.execute(sa.select(sa.func.count()).select_from(t.statements)).scalar_one()
    return {k: int(counts.get(k, 0)) for k in (*KINDS, "source", "statement")}


def stored_sources(engine: sa.Engine, kind: str) -> dict[str, dict[str, Any]]:
    """Source id -> data of every stored source of one kind (e.g. `fda_label`)."""
    with database_errors(f"read the stored {kind} sources"), engine.connect() as conn:
        rows = conn.execute(sa.select(t.sources.c.id, t.sources.c.data).where(t.sources.c.kind == kind)).all()
    return {row.id: row.data for row in rows}


def stored_statements(engine: sa.Engine) -> list[sa.Row]:
    """Every stored cited statement: kind, slug, field, text and the source ids it cites."""
    with database_errors("read the stored statements"), engine.connect() as conn:
        return list(conn.execute(sa.select(t.statements)).all())


def stored_objects(engine: sa.Engine, kind: str) -> list[tuple[str, dict[str, Any]]]:
    """(slug, data) of every stored drug, regimen, cancer type or term of one kind."""
    with database_errors(f"read the stored {kind} pages"), engine.connect() as conn:
        rows = conn.execute(sa.select(t.kb_objects.c.slug, t.kb_objects.c.data).where(t.kb_objects.c.kind == kind)).all()
    return [(row.slug, row.data) for row in rows]
