"""Ingest label and article files into the store: parse, turn into documents and passages, save each alone."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import sqlalchemy as sa

from ..errors import OncoguideError, StoreError
from ..model.label import UNCLASSIFIED, Label, Section
from ..store.documents import DocumentRow, Outcome, PassageRow, store_document, store_documents
from .articles import article_document
from .openfda import read_openfda
from .pubmed import read_pubmed
from .spl import parse_spl

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


def label_document(label: Label) -> DocumentRow:
    """One document per label version; one passage per section or subsection that has text."""
    passages = []
    for top in label.sections:
        for section, _depth in top.walk():
            text = section.own_text
            if not text:
                continue
            # Subsections are mostly coded "unclassified"; the top section's code says what they are about.
            code = section.code if section.code not in (None, UNCLASSIFIED) else top.code
            passages.append(PassageRow(section=code, title=section.heading, text=text))
    return DocumentRow(kind="label", key=label.set_id, version=str(label.version), title=label.title,
                       effective_date=label.effective_date, data=label.model_dump(mode="json"), passages=passages)


def documents_in(fmt: Format, path: Path) -> Iterator[DocumentRow]:
    """Documents of one file, in order; a damaged file raises SourceParseError after its good documents."""
    if fmt == "spl":
        yield label_document(parse_spl(path))
    elif fmt == "openfda":
        yield from (label_document(label) for label in read_openfda(path))
    elif fmt == "pubmed":
        yield from (article_document(article) for article in read_pubmed(path))
    else:
        raise ValueError(f"unknown format {fmt!r}")


def ingest(
    engine: sa.Engine,
    fmt: Format,
    paths: Iterable[Path],
    on_document: Callable[[DocumentRow, Outcome], None] | None = None,
    on_file: Callable[[Path], None] | None = None,
    batch_size: int = 1,
) -> IngestReport:
    """Ingest every file; a bad file (or record) is reported and skipped, the rest still goes in.

    With batch_size 1 each document is saved in its own transaction; larger batches (for PubMed
    baselines) commit that many documents together, each still whole. Either way an interrupted run
    keeps what it committed and running again only adds what is missing (resumable and idempotent).
    """
    report = IngestReport()
    for path in paths:
        try:
            store_all(engine, documents_in(fmt, Path(path)), report, on_document, batch_size)
        except OncoguideError as exc:  # SourceParseError, or a StoreError for one document
            report.failed.append((str(path), str(exc)))
        if on_file:
            on_file(Path(path))
    return report


def store_all(
    engine: sa.Engine,
    docs: Iterable[DocumentRow],
    report: IngestReport,
    on_document: Callable[[DocumentRow, Outcome], None] | None = None,
    batch_size: int = 1,
) -> None:
    """Store documents in transactions of batch_size, counting outcomes into `report`.

    When the document stream breaks (a truncated file), the documents read before the break are still stored.
    """
    pending: list[DocumentRow] = []
    try:
        for doc in docs:
            pending.append(doc)
            if len(pending) >= batch_size:
                _flush(engine, pending, report, on_document)
                pending = []
    finally:
        if pending:
            _flush(engine, pending, report, on_document)


def _flush(engine: sa.Engine, docs: list[DocumentRow], report: IngestReport,
           on_document: Callable[[DocumentRow, Outcome], None] | None) -> None:
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
        report.count(outcome)
        if doc.kind == "article" and len(doc.passages) == 1:
            report.without_abstract += 1
        if on_document:
            on_document(doc, outcome)
