"""`oncoguide ask "question"`: a cited answer from the knowledge base and the ingested sources."""

from __future__ import annotations

from typing import Annotated

import typer

from .app import ContentOpt, app, settings, user_errors


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
