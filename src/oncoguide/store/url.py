"""What a database URL says about where the data lives, read without loading SQLAlchemy.

`oncoguide ask` on a machine where nothing was ingested must not pay for importing SQLAlchemy (and Alembic)
only to learn that the SQLite file is not there (benchmarks/ask_cold_start.py).
"""

from __future__ import annotations

import contextlib
import sqlite3
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


def no_passages(url: str) -> bool:
    """Whether the URL names a SQLite database that holds no passage: no file, no passages table (nothing but
    `oncoguide index` ran) or an empty one. Read with the standard library's sqlite3, as SQLAlchemy's import took
    about a fifth of a cold `oncoguide ask` only to find nothing. False when it cannot tell: the caller opens the
    database as usual and reports what is wrong with it. The table's name is store/tables.py's."""
    path = sqlite_file(url)
    if path is None:
        return False
    if not path.exists():
        return True
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'passages'").fetchone() is None:
                return True
            return db.execute("SELECT 1 FROM passages LIMIT 1").fetchone() is None
    except sqlite3.Error:
        return False
