"""What a database URL says about where the data lives, read without loading SQLAlchemy.

`oncoguide ask` on a machine where nothing was ingested must not pay for importing SQLAlchemy (and Alembic)
only to learn that the SQLite file is not there (benchmarks/ask_cold_start.py).
"""

from __future__ import annotations

from pathlib import Path

_SQLITE_FILE = "sqlite:///"


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for an in-memory database or another database."""
    if not url.startswith(_SQLITE_FILE) or url == f"{_SQLITE_FILE}:memory:":
        return None
    return Path(url.removeprefix(_SQLITE_FILE))


def nothing_stored(url: str) -> bool:
    """Whether the URL names a SQLite file that does not exist yet: a database nothing was ever stored in."""
    path = sqlite_file(url)
    return path is not None and not path.exists()
