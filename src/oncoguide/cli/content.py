"""Commands over the curated content: validate, schema, stats, show."""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Annotated

import typer

from .app import ContentOpt, app, console, err_console, load_kb, new_table, settings, user_errors


@app.command()
def validate(
    content: ContentOpt = None,
    readability: Annotated[bool, typer.Option(help="Also check the reading grade of every page.")] = False,
) -> None:
    """Check every content file against the model and the cross-references."""
    from ..content import load
    from ..content import readability as rd

    with user_errors():
        kb = load(settings(content).content_dir)
        console.print(
            f"OK: {len(kb.drugs)} drugs, {len(kb.regimens)} regimens, {len(kb.cancers)} cancer types, "
            f"{len(kb.glossary)} glossary terms, {len(kb.sources)} sources."
        )
        if readability:
            pages = rd.grade_pages(kb)
            table = new_table("page", "grade", "words", title="Flesch-Kincaid grade of patient text")
            for p in pages:
                style = "red" if p.grade > rd.MAX_PAGE else None
                table.add_row(f"{p.kind}/{p.slug}", f"{p.grade:.1f}", str(p.words), style=style)
            console.print(table)
            if pages:
                console.print(f"median grade {statistics.median(p.grade for p in pages):.1f} "
                              f"(bar: median ≤ {rd.MAX_MEDIAN:g}, every page ≤ {rd.MAX_PAGE:g})")
            failures = rd.verdict(pages)
            for failure in failures:
                err_console.print(failure, style="red")
            if failures:
                raise typer.Exit(1)


@app.command()
def schema(out: Annotated[Path, typer.Option("--out", help="Folder for the *.schema.json files.")] = Path("schema")) -> None:
    """Write the JSON Schema of each content file type."""
    from ..content import content_schemas

    out.mkdir(parents=True, exist_ok=True)
    for name, body in content_schemas().items():
        (out / name).write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        console.print(f"wrote {out / name}")


@app.command()
def stats(content: ContentOpt = None) -> None:
    """Print coverage counts of the knowledge base."""
    from ..content.stats import coverage

    with user_errors():
        figures = coverage(load_kb(content))
    table = new_table("measure", "value", title="Knowledge base coverage")
    for key, value in figures.items():
        table.add_row(key, str(value))
    console.print(table)


@app.command()
def show(
    kind: Annotated[str, typer.Argument(help="drug, regimen or cancer")],
    name: Annotated[str, typer.Argument(help="Slug, generic or brand name; misspellings are forgiven.")],
    content: ContentOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the model as JSON.")] = False,
) -> None:
    """Print one drug, regimen or cancer type."""
    from ..content import find_cancer, find_drug, find_regimen
    from ..content.lookup import Finder
    from ..errors import InputError
    from .render import render

    finders: dict[str, Finder] = {"drug": find_drug, "regimen": find_regimen, "cancer": find_cancer}
    with user_errors():
        if kind not in finders:
            raise InputError(f"Unknown kind {kind!r}: use one of {', '.join(finders)}.")
        kb = load_kb(content)
        obj = finders[kind](kb, name)
        if as_json:
            typer.echo(obj.model_dump_json(indent=2))
        else:
            render(console, kb, obj)
