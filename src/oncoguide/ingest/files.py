"""Ingest label and article files: sources/ parses them, store/ turns them into rows and saves each whole.

This is the one place where parsing meets storing; neither sources/ nor store/ knows the other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import sqlalchemy as sa

from ..errors import OncoguideError, StoreError
from ..sources.limits import DEFAULT_LIMITS, Limits
from ..sources.openfda import read_openfda
from ..sources.problems import OnError
from ..sources.pubmed import read_pubmed
from ..sources.spl import parse_spl
from ..store.articles import article_document
from ..store.documents import DocumentRow, Outcome, store_document, store_documents
from ..store.labels import label_document

Format = Literal["spl", "openfda", "pubmed"]
FORMATS: tuple[Format, ...] = ("spl", "openfda", "pubmed")


@dataclass
class IngestReport:
    """What one ingest run did; failures keep their reason."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    without_abstract: int = 0

    def count(self, outcome: Outcome) -> None:
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)

    @property
    def ok(self) -> bool:
        return not self.failed


def documents_in(fmt: Format, path: Path, limits: Limits = DEFAULT_LIMITS,
                 on_error: OnError | None = None) -> Iterator[DocumentRow]:
    """Documents of one file, in order; bad records go to `on_error` (or raise), a damaged file raises
    SourceParseError after its good documents."""
    if fmt == "spl":
        yield label_document(parse_spl(path, limits=limits))
    elif fmt == "openfda":
        yield from (label_document(label) for label in read_openfda(path, limits=limits, on_error=on_error))
    elif fmt == "pubmed":
        yield from (article_document(article) for article in read_pubmed(path, limits=limits, on_error=on_error))
    else:
        raise ValueError(f"unknown format {fmt!r}")


def ingest(
    engine: sa.Engine,
    fmt: Format,
    paths: Iterable[Path],
    on_document: Callable[[DocumentRow, Outcome], None] | None = None,
    on_file: Callable[[Path], None] | None = None,
    batch_size: int = 1,
    limits: Limits = DEFAULT_LIMITS,
) -> IngestReport:
    """Ingest every file; a bad file or record is reported (located) and skipped, the rest still goes in.

    With batch_size 1 each document is saved in its own transaction; larger batches (for PubMed
    baselines) commit that many documents together, each still whole. Either way an interrupted run
    keeps what it committed and running again only adds what is missing (resumable and idempotent).
    """
    report = IngestReport()
    for path in map(Path, paths):
        def failed(exc: OncoguideError, where: str = str(path)) -> None:
            report.failed.append((where, str(exc)))

        try:
            store_all(engine, documents_in(fmt, path, limits, on_error=failed), report, on_document, batch_size,
                      where=str(path))
        except OncoguideError as exc:  # SourceParseError for the file, or a StoreError for one document
            failed(exc)
        if on_file:
            on_file(path)
    return report


def store_all(
    engine: sa.Engine,
    docs: Iterable[DocumentRow],
    report: IngestReport,
    on_document: Callable[[DocumentRow, Outcome], None] | None = None,
    batch_size: int = 1,
    where: str = "<documents>",
) -> None:
    """Store documents in transactions of batch_size, counting outcomes into `report`; `where` names the file.

    When the document stream breaks (a truncated file), the documents read before the break are still stored.
    """
    pending: list[DocumentRow] = []
    try:
        for doc in docs:
            pending.append(doc)
            if len(pending) >= batch_size:
                _flush(engine, pending, report, on_document, where)
                pending = []
    finally:
        if pending:
            _flush(engine, pending, report, on_document, where)


def _flush(engine: sa.Engine, docs: list[DocumentRow], report: IngestReport,
           on_document: Callable[[DocumentRow, Outcome], None] | None, where: str) -> None:
    if len(docs) == 1:
        outcomes = [store_document(engine, docs[0])]
    else:
        try:
            outcomes = store_documents(engine, docs)
        except StoreError:
            # Find the one document the database refuses: store the batch one by one.
            outcomes = []
            for doc in docs:
                outcomes.append(store_document(engine, doc))
    for doc, outcome in zip(docs, outcomes):
        if outcome is Outcome.conflict:
            report.failed.append((where, f"{where}: {doc.kind} {doc.key} version {doc.version} is already stored with "
                                         "other content; kept the stored one (a version never changes: is this "
                                         "file damaged or edited?)"))
        else:
            report.count(outcome)
        if doc.kind == "article" and len(doc.passages) == 1:
            report.without_abstract += 1
        if on_document:
            on_document(doc, outcome)
