"""Search the ingested passages (FDA label sections, PubMed abstracts) through an on-disk Tantivy index.

The index lives in ONCOGUIDE_HOME/search/passages/ and grows with each ingest: it keeps the store's passage ids,
so it catches up from the highest one it holds (after an ingest, or after one killed half way) instead of
being rebuilt. It reads only up to the settled id (store/passage_rows.py settled_passage_id): on PostgreSQL two
ingests can commit out of id order, and an index that read past an id still being committed would skip it.
(With a PostgreSQL store, answers search PostgreSQL itself, search/pg.py, which needs no catch-up.)
A running process checks the store every REFRESH_SECONDS and sees new passages without a restart. A damaged
index is rebuilt from the store, with a note saying so. Passages embedded by `oncoguide embed` (vectors.py)
are also searched by meaning (hybrid.py).
"""

from __future__ import annotations

import fcntl
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .hybrid import HybridIndex
from .index import IndexedDocument, LexicalIndex, damaged, remove

if TYPE_CHECKING:
    import sqlalchemy as sa

    from ..store.passage_rows import StoredPassage
    from ..store.pg_search import PassageRecord
    from .vectors import PassageVectors

log = logging.getLogger(__name__)
REFRESH_SECONDS = 10.0  # how often a long-running process looks for new passages in the store
COMMIT_EVERY = 200_000  # passages indexed between commits: a killed catch-up keeps what it committed


@dataclass(frozen=True)
class PassageSource:
    """The document a passage came from, ready to cite."""

    id: str            # `pmid:<pmid>` or `label:<set id>`
    kind: str          # `research` or `fda_label`
    citation: str
    link: str | None
    section: str | None = None


@dataclass(frozen=True)
class Passage:
    text: str
    source: PassageSource


def _article_citation(title: str, data: dict, pmid: str) -> str:
    authors = data.get("authors") or []
    who = f"{authors[0]} et al" if len(authors) > 1 else (authors[0] if authors else None)
    parts = [who, title, data.get("journal"), str(data["year"]) if data.get("year") else None, f"PMID {pmid}"]
    return ". ".join(p.rstrip(".") for p in parts if p) + "."


def _label_citation(title: str, data: dict, effective: str | None, set_id: str, version: str) -> str:
    products = data.get("products") or []
    product = products[0].get("name") if products else None
    parts = [product, title, f"Revised {effective}" if effective else None,
             f"DailyMed set ID {set_id}, version {version}"]
    return ". ".join(p.rstrip(".") for p in parts if p) + "."


def passage(row: StoredPassage | PassageRecord) -> Passage:
    """A stored passage (from SQLite or PostgreSQL search) with its citation and link."""
    if row.kind == "article":
        source = PassageSource(f"pmid:{row.key}", "research", _article_citation(row.title, row.data, row.key),
                               f"https://pubmed.ncbi.nlm.nih.gov/{row.key}/", row.section)
    else:
        eff = row.effective_date.isoformat() if row.effective_date else None
        source = PassageSource(f"label:{row.key}", "fda_label",
                               _label_citation(row.title, row.data, eff, row.key, row.version),
                               f"https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid={row.key}", row.section)
    return Passage(text=row.text, source=source)


@contextmanager
def _locked(index_dir: Path) -> Iterator[None]:
    """One repairer or writer at a time, across threads and processes (an advisory lock the OS drops when
    its holder dies, so a killed ingest never leaves it held)."""
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    with open(index_dir.with_name(index_dir.name + ".lock"), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _texts(engine: sa.Engine) -> Callable[[list[int]], list[str]]:
    from ..store.passage_rows import passage_texts

    def texts(ids: list[int]) -> list[str]:
        found = passage_texts(engine, ids)
        return [found.get(i, "") for i in ids]

    return texts


def _open_checked(engine: sa.Engine, index_dir: Path, note: Callable[[str], None]) -> LexicalIndex:
    """Open the index, or rebuild it from nothing when it is damaged or holds passages the store does not
    (another database). Call with the lock held."""
    from ..store.passage_rows import max_passage_id

    try:
        index = LexicalIndex(index_dir, _texts(engine))
        if index.max_position() <= max_passage_id(engine):
            return index
        note(f"The search index in {index_dir} holds passages this database does not have: rebuilding it.")
    except BaseException as exc:
        if not damaged(exc):
            raise
        note(f"The search index in {index_dir} was damaged ({exc}): rebuilding it from the database.")
    remove(index_dir)
    return LexicalIndex(index_dir, _texts(engine))


def catch_up(engine: sa.Engine, index: LexicalIndex, progress: Callable[[int], None] | None = None) -> int:
    """Index every stored passage the index lacks (whole documents, replacing older versions); returns how many
    passages were added. Call with the lock held."""
    from ..store.passage_rows import changed_documents, settled_passage_id

    after = index.max_position()
    upto = settled_passage_id(engine)  # never past a passage another ingest has yet to commit (PostgreSQL)
    changed = changed_documents(engine, after, upto) if upto > after else iter(())
    first = next(changed, None)
    if first is None:
        return 0  # up to date: no writer, no commit, no file touched
    added = pending = 0
    with index.writer() as writer:
        batch: list[IndexedDocument] = []
        for doc_id, key, passages in itertools.chain([first], changed):
            batch.append(IndexedDocument(key, doc_id, passages))
            pending += len(passages)
            if pending >= COMMIT_EVERY:
                added += writer.add(batch, replace=after > 0)
                writer.commit()
                if progress:
                    progress(pending)
                batch, pending = [], 0
        added += writer.add(batch, replace=after > 0)
    if progress and pending:
        progress(pending)
    index.refresh()
    return added


def update_index(engine: sa.Engine, index_dir: Path, progress: Callable[[int], None] | None = None,
                 note: Callable[[str], None] = print) -> int:
    """Bring the index up to date with the store (the end of every ingest); returns passages added."""
    with _locked(index_dir):
        return catch_up(engine, _open_checked(engine, index_dir, note), progress)


class StorePassages:
    """Passage search over the store through its on-disk index; sees new ingests within REFRESH_SECONDS."""

    def __init__(self, engine: sa.Engine, index_dir: Path):
        self._engine = engine
        self.index_dir = index_dir
        self.notes: list[str] = []  # what happened to the index that a user should hear about (also logged)
        if (legacy := index_dir.with_name("passages.sqlite")).is_file():
            legacy.unlink()  # the index file of earlier versions, rebuilt in full at every ingest
        with _locked(index_dir):
            lexical = _open_checked(engine, index_dir, self._note)
            catch_up(engine, lexical)
        self._vectors = open_vectors(index_dir)
        self._index = HybridIndex(lexical, self._vectors.index() if self._vectors else None)
        self._checked = time.monotonic()
        self._refreshing = threading.Lock()

    @property
    def searched_by_meaning(self) -> tuple[int, int]:
        """(passages searched by meaning, passages searched): vectors are made in id order (vectors.py), so the
        passages not embedded are those after the last embedded id; without the model, none is."""
        from ..store.passage_rows import passages_counted_after

        total = len(self._index.lexical)
        if not self._vectors:
            return 0, total
        from . import embed  # numpy: only once something is embedded

        if not embed.available():
            return 0, total
        return max(total - passages_counted_after(self._engine, self._vectors.last_id()), 0), total

    def refresh(self) -> None:
        """Index what was stored since, if another process has not already, and search it from now on."""
        from ..store.passage_rows import max_passage_id

        self._checked = time.monotonic()
        if not self._refreshing.acquire(blocking=False):
            return  # another thread of this process is at it
        try:
            if max_passage_id(self._engine) > self._index.lexical.max_position():
                with _locked(self.index_dir):
                    self._index.lexical.refresh()  # another process may have caught up meanwhile
                    catch_up(self._engine, self._index.lexical)
            self._index.lexical.refresh()
            self._vectors = self._vectors or open_vectors(self.index_dir)  # embedded since
            if self._vectors:
                self._index.vectors = self._vectors.refresh()
        finally:
            self._refreshing.release()

    def _note(self, text: str) -> None:
        self.notes.append(text)
        log.warning(text)  # stderr by default: the CLI user sees it; the server's log keeps it

    def _rebuild(self, exc: BaseException) -> None:
        self._note(f"The search index in {self.index_dir} was damaged ({exc}): rebuilding it from the database.")
        with _locked(self.index_dir):
            remove(self.index_dir)
            lexical = LexicalIndex(self.index_dir, _texts(self._engine))
            catch_up(self._engine, lexical)
        self._index.lexical = lexical

    def search(self, words: list[str], k: int, text: str | None = None) -> list[Passage]:
        """The k best passages for the words; with the question's text, its meaning counts too."""
        from ..store.passage_rows import stored_passages

        if time.monotonic() - self._checked > REFRESH_SECONDS:
            self.refresh()
        try:
            positions = self._index.search(text or "", k, words=words)
        except BaseException as exc:  # damage found only now, in a part of the index the opening did not read
            if not damaged(exc):
                raise
            self._rebuild(exc)
            positions = self._index.search(text or "", k, words=words)
        rows = stored_passages(self._engine, positions) if positions else {}
        # a passage the store no longer has (its document was revised since) is left out, never shown stale
        return [passage(rows[p]) for p in positions if p in rows]


def meaning_note(embedded: int, stored: int | None) -> str | None:
    """What an answer (and `oncoguide embed`) says when some stored passages have no vector yet: those are
    found only by the words they share with the question. Nothing when every one has a vector. `stored` None:
    there are passages, none with a vector, and they were not counted (PostgreSQL reads them all to count)."""
    if stored is None:
        return "None of the stored source passages are searched by meaning yet; they are searched only by their words."
    if stored <= 0 or embedded >= stored:
        return None
    if embedded <= 0:
        return (f"None of the {stored:,} stored source passages are searched by meaning yet; "
                "they are searched only by their words.")
    return (f"{embedded:,} of {stored:,} stored source passages are searched by meaning; "
            "the others only by their words.")


def vectors_dir(index_dir: Path) -> Path:
    return index_dir.with_name("vectors")


def open_vectors(index_dir: Path) -> PassageVectors | None:
    """The passages' vectors, or None when none has been embedded. Their folder exists only once `oncoguide
    embed` has run: until then numpy and the vector code are not even imported (#16, cold start)."""
    folder = vectors_dir(index_dir)
    if not folder.is_dir():
        return None
    from .vectors import PassageVectors

    return PassageVectors.open(folder)


def embed_passages(engine: sa.Engine, index_dir: Path, progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Embed every stored passage that has no vector yet: (passages with a vector, newly embedded)."""
    from .embed import encoder
    from .vectors import PassageVectors

    vectors = PassageVectors.create(vectors_dir(index_dir))
    before = len(vectors)
    vectors.fill(engine, encoder(), progress)
    return len(vectors), len(vectors) - before
