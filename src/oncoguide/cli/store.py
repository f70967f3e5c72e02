"""Commands that fill and serve the database: index, serve."""

from __future__ import annotations

from typing import Annotated

import typer

from .app import ContentOpt, app, console, settings, user_errors


@app.command()
def index(content: ContentOpt = None) -> None:
    """Validate the content and load it into the database, all or nothing."""
    from ..content import load
    from ..store import open_engine, save_kb

    with user_errors():
        cfg = settings(content)
        kb = load(cfg.content_dir)  # validate everything before touching the database
        counts = save_kb(open_engine(cfg.database_url), kb)
    console.print("Indexed " + ", ".join(f"{n} {k}s" for k, n in counts.items()) + f" into {cfg.database_url}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    content: ContentOpt = None,
) -> None:
    """Start the web app."""
    import uvicorn

    from ..web import create_app

    with user_errors():
        web_app = create_app(settings(content))
    console.print(f"oncoguide on http://{host}:{port}/")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
