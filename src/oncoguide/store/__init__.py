"""Persistence: SQLAlchemy 2 Core over SQLite by default, PostgreSQL by URL; Alembic migrations."""

from .engine import migrate, open_engine, open_existing
from .kb import kb_counts, save_kb

__all__ = ["kb_counts", "migrate", "open_engine", "open_existing", "save_kb"]
