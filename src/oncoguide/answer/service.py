"""Answer a question with the configured content and database: the one entry point of CLI and web."""

from __future__ import annotations

from pathlib import Path

from ..content import load_cached
from ..model import Answer
from ..search.passages import StorePassages
from ..settings import Settings
from ..store.url import nothing_stored
from .compose import Composer
from .evidence import PassageSearch


def store_passages(settings: Settings) -> PassageSearch | None:
    """The passage search over the database, or None when nothing has been ingested yet."""
    url = settings.database_url
    if nothing_stored(url):
        return None  # nothing ingested: skip loading SQLAlchemy, which keeps `oncoguide ask` quick to start
    from ..store.engine import open_existing  # translates database errors into StoreError (#15)

    if url.startswith("postgresql"):  # PostgreSQL searches itself (#16), on the read replica when there is one
        from ..search.pg import PgPassages

        engine = open_existing(settings.database_read_url or url, "passages")
        return PgPassages(engine) if engine is not None else None
    engine = open_existing(url, "passages")
    return StorePassages(engine, passages_index_dir(settings)) if engine is not None else None


def passages_index_dir(settings: Settings) -> Path:
    return settings.home / "search" / "passages"


def composer(settings: Settings) -> Composer:
    """Load the knowledge base and the passage index once; answer many questions with the result."""
    return Composer(load_cached(settings.content_dir, settings.cache_dir), store_passages(settings))


def ask(settings: Settings, question: str) -> Answer:
    return composer(settings).answer(question)
