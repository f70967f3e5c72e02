"""Commands for outside sources: ingest, fetch, labels check."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import app, console, err_console, settings, user_errors

ingest_app = typer.Typer(help="Load FDA labels, PubMed records or CTCAE terms into the database.", no_args_is_help=True)
app.add_typer(ingest_app, name="ingest")

Paths = Annotated[list[Path], typer.Argument(help="Files to ingest.", exists=False)]


def _ingest(fmt: str, paths: list[Path]) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..sources.ingest import ingest
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
                            on_file=lambda _p: progress.advance(task))
    console.print(f"Ingested {report.added} new, {report.updated} updated, {report.unchanged} unchanged, "
                  f"{len(report.failed)} failed.")
    if report.without_abstract:
        console.print(f"{report.without_abstract} article(s) have no abstract: stored with their title only.")
    for path, reason in report.failed:
        err_console.print(f"failed: {reason}" if path in reason else f"failed: {path}: {reason}",
                          style="red", markup=False, highlight=False)
    if report.failed:
        raise typer.Exit(1)


@ingest_app.command("spl")
def ingest_spl(paths: Paths) -> None:
    """FDA labels as SPL XML (DailyMed downloads)."""
    _ingest("spl", paths)


@ingest_app.command("openfda")
def ingest_openfda(paths: Paths) -> None:
    """FDA labels as openFDA drug/label JSON."""
    _ingest("openfda", paths)


@ingest_app.command("pubmed")
def ingest_pubmed(paths: Paths) -> None:
    """PubMed XML: efetch results or baseline files, gzip or not."""
    _ingest("pubmed", paths)
