"""Persistence: SQLAlchemy 2 Core over SQLite by default, PostgreSQL by URL; Alembic migrations.

Every table is declared in tables.py, on the one MetaData the migrations are checked against; the modules
beside it hold every SQL statement. The names below load on first use, so that `store.url` (and `store.tables`)
can be imported without SQLAlchemy's and Alembic's start-up cost.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .engine import migrate, open_engine, open_existing
    from .kb import kb_counts, save_kb

_WHERE = {"migrate": "engine", "open_engine": "engine", "open_existing": "engine",
          "kb_counts": "kb", "save_kb": "kb"}

__all__ = ["kb_counts", "migrate", "open_engine", "open_existing", "save_kb"]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_WHERE[name]}", __name__), name)
