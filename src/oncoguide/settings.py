"""One settings object for every surface, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

CHECKOUT_CONTENT = Path(__file__).resolve().parents[2] / "content"


def _default_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "oncoguide"


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    content_dir: Path

    @classmethod
    def from_env(cls, content_dir: Path | None = None) -> "Settings":
        """ONCOGUIDE_HOME holds data; ONCOGUIDE_DATABASE_URL overrides the SQLite file; content comes from the checkout."""
        home = Path(os.environ.get("ONCOGUIDE_HOME") or _default_home()).expanduser()
        url = os.environ.get("ONCOGUIDE_DATABASE_URL") or f"sqlite:///{home / 'oncoguide.sqlite'}"
        content = content_dir or Path(os.environ.get("ONCOGUIDE_CONTENT") or CHECKOUT_CONTENT)
        return cls(home=home, database_url=url, content_dir=content)
