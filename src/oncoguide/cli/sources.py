"""Commands for outside sources: ingest, fetch, labels check."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..sources.limits import DEFAULT_LIMITS, Limits, MiB
from .app import app, console, err_console, settings, user_errors

ingest_app = typer.Typer(help="Load FDA labels, PubMed records or CTCAE terms into the database.", no_args_is_help=True)
app.add_typer(ingest_app, name="ingest")

Paths = Annotated[list[Path], typer.Argument(help="Files to ingest.")]
MaxMb = Annotated[int, typer.Option("--max-mb", min=1, help="Refuse a file that expands (gzip) past this many MiB.")]
MaxRecordMb = Annotated[int, typer.Option("--max-record-mb", min=1, help="Refuse a record (a whole SPL label, "
                                          "one openFDA record or citation) past this many MiB.")]
DEFAULT_MB, DEFAULT_RECORD_MB = DEFAULT_LIMITS.max_bytes // MiB, DEFAULT_LIMITS.max_record_bytes // MiB


def _ingest(fmt: str, paths: list[Path], batch_size: int = 1, limits: Limits = DEFAULT_LIMITS) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..ingest import ingest
    from ..store import open_engine

    with user_errors():
        engine = open_engine(settings().database_url)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err_console, transient=True) as progress:
            task = progress.add_task(f"Ingesting {fmt}", total=len(paths))
            docs = 0

            def on_document(_doc, _outcome) -> None:  # noqa: ANN001
                nonlocal docs
                docs += 1
                if docs % 50 == 0:
                    progress.update(task, description=f"Ingesting {fmt}: {docs} documents")

            report = ingest(engine, fmt, paths, on_document=on_document,  # type: ignore[arg-type]
                            on_file=lambda _p: progress.advance(task), batch_size=batch_size, limits=limits)
            progress.update(task, description="Adding the new passages to the search index")
            _index_new_passages(engine)
    console.print(f"Ingested {report.added} new, {report.updated} updated, {report.unchanged} unchanged, "
                  f"{len(report.failed)} failed.")
    if report.added or report.updated:
        console.print("Run `oncoguide embed` so questions also find these passages by meaning.")
    if report.without_abstract:
        console.print(f"{report.without_abstract} article(s) have no abstract: stored with their title only.")
    for path, reason in report.failed:
        err_console.print(f"failed: {reason}" if path in reason else f"failed: {path}: {reason}",
                          style="red", markup=False, highlight=False)
    if report.failed:
        raise typer.Exit(1)


def _index_new_passages(engine) -> None:  # noqa: ANN001
    """Every ingest ends with the search index up to date, so questions find the new passages at once."""
    from ..answer.service import passages_index_dir
    from ..search.passages import update_index

    update_index(engine, passages_index_dir(settings()), note=lambda text: err_console.print(text, style="yellow"))


def _limits(max_mb: int, max_record_mb: int) -> Limits:
    return Limits(max_bytes=max_mb * MiB, max_record_bytes=max_record_mb * MiB)


@ingest_app.command("spl")
def ingest_spl(paths: Paths, max_mb: MaxMb = DEFAULT_MB, max_record_mb: MaxRecordMb = DEFAULT_RECORD_MB) -> None:
    """FDA labels as SPL XML (DailyMed downloads), gzip or not."""
    _ingest("spl", paths, limits=_limits(max_mb, max_record_mb))


@ingest_app.command("openfda")
def ingest_openfda(paths: Paths, max_mb: MaxMb = DEFAULT_MB, max_record_mb: MaxRecordMb = DEFAULT_RECORD_MB) -> None:
    """FDA labels as openFDA drug/label JSON, gzip or not."""
    _ingest("openfda", paths, limits=_limits(max_mb, max_record_mb))


@ingest_app.command("pubmed")
def ingest_pubmed(
    paths: Paths,
    batch: Annotated[int, typer.Option(min=1, help="Citations per transaction (1 = each alone).")] = 500,
    max_mb: MaxMb = DEFAULT_MB,
    max_record_mb: MaxRecordMb = DEFAULT_RECORD_MB,
) -> None:
    """PubMed XML: efetch results or baseline files, gzip or not."""
    _ingest("pubmed", paths, batch, _limits(max_mb, max_record_mb))


@ingest_app.command("ctcae")
def ingest_ctcae(path: Annotated[Path, typer.Argument(help="CTCAE workbook (.xlsx) or its clean-copy sheet as .csv.")],
                 version: Annotated[str | None, typer.Option(help="CTCAE version (default: from the file name).")] = None) -> None:
    """NCI CTCAE terms and grades; replaces the stored terms of that version in one transaction."""
    from ..sources.ctcae import read_ctcae
    from ..store import open_engine
    from ..store.ctcae import save_ctcae

    with user_errors():
        terms = read_ctcae(path, version)
        count = save_ctcae(open_engine(settings().database_url), terms)
    console.print(f"Stored {count} CTCAE v{terms[0].version} terms.")


fetch_app = typer.Typer(help="Download labels and citations (cached under ONCOGUIDE_HOME).", no_args_is_help=True)
app.add_typer(fetch_app, name="fetch")

IngestOpt = Annotated[bool, typer.Option("--ingest", help="Ingest what was downloaded.")]


def _fetched(result, ingest: bool) -> None:  # noqa: ANN001
    for path in result.files:
        console.print(str(path), markup=False, highlight=False)
    console.print(f"Downloaded {result.records} record(s) in {len(result.files)} file(s).")
    if ingest:
        _ingest(result.format, result.files, 500 if result.format == "pubmed" else 1)


@fetch_app.command("openfda")
def fetch_openfda(drug: Annotated[str, typer.Option(help="Generic or brand name.")],
                  max: Annotated[int, typer.Option(help="Most labels to fetch.")] = 1000,
                  ingest: IngestOpt = False) -> None:
    """Labels from openFDA (OPENFDA_API_KEY used when set)."""
    from ..sources.fetch import fetch_openfda as fetch
    from ..sources.fetch import open_client

    with user_errors(), open_client("openfda", settings().home) as client:
        result = fetch(client, drug, settings().home / "downloads", limit=max)
    _fetched(result, ingest)


@fetch_app.command("dailymed")
def fetch_dailymed(setid: Annotated[str, typer.Option(help="DailyMed SPL set id.")], ingest: IngestOpt = False) -> None:
    """The current SPL XML of one label from DailyMed."""
    from ..sources.fetch import fetch_dailymed as fetch
    from ..sources.fetch import open_client

    with user_errors(), open_client("dailymed", settings().home) as client:
        result = fetch(client, setid, settings().home / "downloads")
    _fetched(result, ingest)


@fetch_app.command("pubmed")
def fetch_pubmed(query: Annotated[str, typer.Option(help="PubMed query, as typed on pubmed.gov.")],
                 max: Annotated[int, typer.Option(help="Most citations to fetch.")] = 500,
                 ingest: IngestOpt = False) -> None:
    """Citations from PubMed via NCBI E-utilities (NCBI_API_KEY raises the rate from 3 to 10 per second)."""
    from ..sources.fetch import fetch_pubmed as fetch
    from ..sources.fetch import open_client

    with user_errors(), open_client("pubmed", settings().home) as client:
        result = fetch(client, query, settings().home / "downloads", max_records=max)
    _fetched(result, ingest)


labels_app = typer.Typer(help="Check ingested FDA labels against the curated content.", no_args_is_help=True)
app.add_typer(labels_app, name="labels")


@labels_app.command("check")
def labels_check() -> None:
    """List statements citing an older label version and regimen doses the newest label no longer gives.

    Exits 1 when anything needs review, so it can gate a release.
    """
    from ..ingest.watch import check_labels
    from ..store import open_engine

    with user_errors():
        report = check_labels(open_engine(settings().database_url))
    _print_watch(report)
    if not report.clean:
        raise typer.Exit(1)


def _print_watch(report) -> None:  # noqa: ANN001
    from rich.table import Table

    for note in report.notes:
        console.print(note, style="yellow", markup=False, highlight=False)
    if report.stale:
        table = Table(title="Statements citing an older label version", show_lines=False)
        for col in ("page", "source", "cited", "newest", "statement"):
            table.add_column(col)
        for s in report.stale:
            table.add_row(f"{s.kind}/{s.slug}", s.source, f"v{s.cited_version}", f"v{s.latest_version}", s.text)
        console.print(table)
    if report.missing_doses:
        table = Table(title="Regimen doses not found in the label's Dosage and Administration section (34068-7)")
        for col in ("regimen", "schedule", "drug", "dose", "label"):
            table.add_column(col)
        for m in report.missing_doses:
            table.add_row(m.regimen, m.schedule, m.drug, m.dose, f"{m.set_id} v{m.version}")
        console.print(table)
    if report.clean:
        console.print("No label changes need review.")
    else:
        console.print(f"{len(report.stale)} statement(s) and {len(report.missing_doses)} dose(s) need review.")
