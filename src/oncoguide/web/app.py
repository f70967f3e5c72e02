"""The web app. Until the pages land, the home page lists what the knowledge base holds."""

from __future__ import annotations

from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from ..content import load
from ..settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    kb = load(settings.content_dir)
    app = FastAPI(title="oncoguide", description="Cited cancer-treatment information.")

    @app.get("/", response_class=HTMLResponse)
    def home() -> str:
        def listing(title: str, names: list[str]) -> str:
            items = "".join(f"<li>{escape(n)}</li>" for n in sorted(names))
            return f"<h2>{title}</h2><ul>{items}</ul>"

        body = (
            listing("Cancer types", [c.name for c in kb.cancers.values()])
            + listing("Regimens", [r.name for r in kb.regimens.values()])
            + listing("Drugs", [d.title for d in kb.drugs.values()])
        )
        return f'<!doctype html><html lang="en"><meta charset="utf-8"><title>oncoguide</title><h1>oncoguide</h1>{body}</html>'

    @app.get("/api/kb")
    def kb_summary() -> dict[str, list[str]]:
        return {"drugs": sorted(kb.drugs), "regimens": sorted(kb.regimens), "cancers": sorted(kb.cancers)}

    return app
