"""The whole schema: the one MetaData with every table of the store on it, as Alembic compares it.

Each store module declares its tables on tables.metadata beside the statements that use them; a table is on
the MetaData only once its module is imported, so this module imports them all (tests/store/test_schema.py
fails when one is missing, or declares its tables on a MetaData of its own).
"""

from __future__ import annotations

from typing import Any

from . import accounts, ctcae, pg_search, throttle, tracker  # noqa: F401  (each declares its tables on the MetaData)
from .tables import metadata

__all__ = ["include_object", "metadata"]

# PostgreSQL's word index of the passages (migration 0010): a column PostgreSQL computes itself and its GIN index,
# on PostgreSQL only. SQLAlchemy never writes or reads them as columns, so they are not declared.
SERVER_MADE = {("column", "tsv"), ("index", "ix_passages_tsv")}


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """What Alembic compares: everything but the objects PostgreSQL makes for its own word search."""
    return not (reflected and compare_to is None and (type_, name) in SERVER_MADE)
