"""Commands that write the site to files: build (static HTML) and export jekyll (Markdown)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import ContentOpt, app, console, settings, user_errors

export_app = typer.Typer(help="Export the pages in other formats.", no_args_is_help=True)
app.add_typer(export_app, name="export")

OutOpt = Annotated[Path, typer.Option("--out", help="Folder to write; it is replaced.")]


@app.command()
def build(
    out: OutOpt = Path("_site"),
    content: ContentOpt = None,
    base_url: Annotated[str, typer.Option(help="Address the site will be served from, for share links.")] = "",
) -> None:
    """Write every page as plain HTML with relative links and an offline search."""
    from ..site.build import build as build_site

    with user_errors():
        report = build_site(settings(content).content_dir, out, base_url)
    console.print(f"Wrote {report.pages} pages ({report.files} files, {report.bytes / 1024:.0f} KB) to {out}")


@export_app.command("jekyll")
def jekyll(out: OutOpt = Path("_jekyll"), content: ContentOpt = None) -> None:
    """Write Markdown pages with Jekyll front matter, citations and references."""
    from ..site.jekyll import export_jekyll

    with user_errors():
        report = export_jekyll(settings(content).content_dir, out)
    console.print(f"Wrote {report.pages} Markdown pages to {out}")
