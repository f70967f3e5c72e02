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
    public_url: Annotated[str | None, typer.Option(
        help="Address readers use, e.g. https://oncoguide.example.org; share links use it "
             "[default: $ONCOGUIDE_PUBLIC_URL, else http://HOST:PORT].")] = None,
    api_docs: Annotated[bool | None, typer.Option(
        "--api-docs/--no-api-docs", help="Serve /docs and /redoc (they load scripts from a CDN) "
                                         "[default: $ONCOGUIDE_API_DOCS, else off].")] = None,
) -> None:
    """Start the web app."""
    from dataclasses import replace

    import uvicorn

    from ..web import create_app

    with user_errors():
        cfg = settings(content)
        # Nothing configured: the address served on, unless that is every interface (then links stay paths).
        default = "" if host in ("0.0.0.0", "::") else f"http://{host}:{port}"
        cfg = replace(cfg, public_url=public_url if public_url is not None else cfg.public_url or default,
                      api_docs=cfg.api_docs if api_docs is None else api_docs)
        web_app = create_app(cfg)
    console.print(f"oncoguide on http://{host}:{port}/")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
