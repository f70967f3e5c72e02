"""The CTCAE table: save a version's terms in one transaction, look a term up by name."""

from __future__ import annotations

import difflib

import sqlalchemy as sa

from ..errors import NotFound, StoreError
from ..model.ctcae import CtcaeTerm
from .tables import metadata
from .translate import database_errors

GRADES = (1, 2, 3, 4, 5)

ctcae_terms = sa.Table(
    "ctcae_terms", metadata,
    sa.Column("version", sa.String(10), primary_key=True),
    sa.Column("term_key", sa.String(200), primary_key=True),  # lower-cased term, for lookups
    sa.Column("term", sa.Text, nullable=False),
    sa.Column("meddra_code", sa.Integer, nullable=True),
    sa.Column("soc", sa.Text, nullable=False),
    sa.Column("definition", sa.Text, nullable=True),
    *(sa.Column(f"grade_{g}", sa.Text, nullable=True) for g in GRADES),
    sa.Column("note", sa.Text, nullable=True),
    sa.Index("ix_ctcae_terms_meddra", "meddra_code"),
)


def save_ctcae(engine: sa.Engine, terms: list[CtcaeTerm]) -> int:
    """Replace the stored terms of the versions given, all or nothing; returns how many were stored."""
    rows = [{"version": t.version, "term_key": t.term.lower(), "term": t.term, "meddra_code": t.meddra_code,
             "soc": t.soc, "definition": t.definition, "note": t.note,
             **{f"grade_{g}": t.grades.get(g) for g in GRADES}} for t in terms]
    try:
        with engine.begin() as conn:
            for version in {t.version for t in terms}:
                conn.execute(ctcae_terms.delete().where(ctcae_terms.c.version == version))
            if rows:
                conn.execute(ctcae_terms.insert(), rows)
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"could not save CTCAE terms (nothing was changed): {exc}") from exc
    return len(rows)


def ctcae_term(engine: sa.Engine, name: str, version: str | None = None) -> CtcaeTerm:
    """A term by name, case-insensitive (newest version unless given); NotFound suggests close names."""
    c = ctcae_terms.c
    query = sa.select(ctcae_terms).where(c.term_key == name.strip().lower())
    if version:
        query = query.where(c.version == version)
    with database_errors(f"look up CTCAE term {name!r}"), engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
        if not rows:
            names = conn.execute(sa.select(c.term).distinct()).scalars().all()
            close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
            raise NotFound("CTCAE term", name, close)
    row = max(rows, key=lambda r: [int(p) for p in r["version"].split(".") if p.isdigit()])
    return CtcaeTerm(version=row["version"], term=row["term"], meddra_code=row["meddra_code"], soc=row["soc"],
                     definition=row["definition"], note=row["note"],
                     grades={g: row[f"grade_{g}"] for g in GRADES if row[f"grade_{g}"]})
