"""One settings object for every surface, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import InputError

CHECKOUT_CONTENT = Path(__file__).resolve().parents[2] / "content"
TRUE = {"1", "true", "yes", "on"}


def _default_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "oncoguide"


def public_url(value: str) -> str:
    """`https://example.org/` -> `https://example.org`; anything but an http(s) origin is refused."""
    if not value.strip():
        return ""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise InputError(f"The public URL {value!r} should look like https://oncoguide.example.org.")
    return value.strip().rstrip("/")


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    content_dir: Path
    # Where readers reach the site, e.g. https://oncoguide.example.org. Share links are built from it, never from
    # the request's Host header (which anyone can set). Empty: share links are paths on the same site.
    public_url: str = ""
    # Serve the interactive API docs at /docs and /redoc. Off by default: they load scripts from a CDN on the
    # same origin as people's tracker data. /openapi.json is always served.
    api_docs: bool = False
    # Largest request body accepted (bytes); bigger bodies get 413 before the app reads them.
    max_body_bytes: int = 64 * 1024
    # Memory the live site may spend on rendered HTML of content pages (bytes).
    html_cache_bytes: int = 32 * 1024 * 1024
    # A read replica of the PostgreSQL database_url: passage search reads from it, writes go to database_url.
    # Empty: everything goes to database_url.
    database_read_url: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "public_url", public_url(self.public_url))

    @property
    def cache_dir(self) -> Path:
        """Files oncoguide can always rebuild from the content and the database (the checked knowledge base)."""
        return self.home / "cache"

    @classmethod
    def from_env(cls, content_dir: Path | None = None) -> Settings:
        """ONCOGUIDE_HOME holds data; ONCOGUIDE_DATABASE_URL overrides the SQLite file; content comes from the checkout.

        ONCOGUIDE_PUBLIC_URL and ONCOGUIDE_API_DOCS (1/true) set the web options of the same names;
        ONCOGUIDE_DATABASE_READ_URL a PostgreSQL read replica for searching.
        """
        home = Path(os.environ.get("ONCOGUIDE_HOME") or _default_home()).expanduser()
        url = os.environ.get("ONCOGUIDE_DATABASE_URL") or f"sqlite:///{home / 'oncoguide.sqlite'}"
        content = content_dir or Path(os.environ.get("ONCOGUIDE_CONTENT") or CHECKOUT_CONTENT)
        return cls(home=home, database_url=url, content_dir=content,
                   public_url=os.environ.get("ONCOGUIDE_PUBLIC_URL", ""),
                   api_docs=os.environ.get("ONCOGUIDE_API_DOCS", "").strip().lower() in TRUE,
                   database_read_url=os.environ.get("ONCOGUIDE_DATABASE_READ_URL", "").strip())
