"""Answer a question with the configured content and database: the one entry point of CLI and web."""

from __future__ import annotations

from pathlib import Path

import tantivy

from ..content.cache import derived_path, load_keyed, prune_derived
from ..model import Answer
from ..search import index as _index
from ..search.passages import StorePassages
from ..settings import Settings
from ..store.url import no_passages, nothing_stored
from . import evidence as _evidence
from .compose import Composer
from .evidence import PassageSearch

# The code that decides which statements are indexed and how (besides the model's, in the knowledge base's key).
STATEMENT_INDEX_CODE = (Path(_evidence.__file__), Path(_index.__file__))
TANTIVY = getattr(tantivy, "__version__", "")  # "tantivy v0.27.0, index_format v7": what can read the folder


def store_passages(settings: Settings, once: bool = False) -> PassageSearch | None:
    """The passage search over the database, or None when nothing has been ingested yet. `once`: for one
    question only, so a database without passages is as good as none (a server keeps looking for new ones)."""
    url = settings.database_url
    if nothing_stored(url) or (once and no_passages(url)):
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


def composer(settings: Settings, once: bool = False) -> Composer:
    """Load the knowledge base and the passage index once; answer many questions with the result (`once`: one)."""
    kb, key = load_keyed(settings.content_dir, settings.cache_dir)
    return Composer(kb, store_passages(settings, once), index_dir=statement_index_dir(settings, key))


def statement_index_dir(settings: Settings, kb_key: str | None) -> Path | None:
    """Where the index of the knowledge base's statements is kept: named by the knowledge base's key and the code
    that picks and indexes its statements, so a changed page or a changed index is never read stale."""
    if kb_key is None:
        return None
    folder = derived_path(settings.content_dir, settings.cache_dir, "statements", f"{kb_key} {TANTIVY}",
                          *STATEMENT_INDEX_CODE)
    if not folder.is_dir():
        prune_derived(folder)  # about to be built: the index of the content or code before is of no more use
    return folder


def ask(settings: Settings, question: str) -> Answer:
    return composer(settings, once=True).answer(question)
