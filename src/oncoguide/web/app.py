"""The web app: patient pages as HTML and JSON, one error funnel, room for more routers (/ask, /tracker)."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import APIRouter, FastAPI
from fastapi.staticfiles import StaticFiles

from ..content import load
from ..settings import Settings
from ..site.render import STATIC
from ..store import open_engine
from . import accounts, ask, errors, labels, middleware, openapi, pages, tracker
from .site import Site

# The routers every app serves. A feature with pages of its own (answers: /ask, tracker: /tracker) adds its
# router here, or passes it to create_app(routers=...) in tests.
ROUTERS: tuple[APIRouter, ...] = (pages.html, pages.api, ask.router, accounts.router, tracker.router, tracker.api,
                                  labels.html, labels.api)
TEMPLATES = str(Path(__file__).parent / "templates")


def create_app(settings: Settings | None = None, routers: Iterable[APIRouter] = (),
               template_dirs: tuple[str, ...] = ()) -> FastAPI:
    """Load the knowledge base once and serve it.

    Other features add their own routers (`routers=`) and template folders whose templates may
    `{% extends "base.html" %}`; their handlers reach the shared state as `request.app.state.site`
    (knowledge base, Jinja environment, `site.html(request, page)`).
    """
    settings = settings or Settings.from_env()
    docs = settings.api_docs  # off by default: see Settings.api_docs
    app = FastAPI(lifespan=_serving, title="oncoguide",
                  description="Cited, plain-language cancer treatment information.",
                  version="0.1.0", docs_url="/docs" if docs else None, redoc_url="/redoc" if docs else None)
    app.state.settings = settings
    app.state.site = Site(load(settings.content_dir), (*template_dirs, TEMPLATES), public_url=settings.public_url,
                          cache_bytes=settings.html_cache_bytes)
    app.state.engine = open_engine(settings.database_url)  # accounts and trackers
    errors.install(app)
    openapi.install(app)
    middleware.install(app, settings)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in (*ROUTERS, *routers):
        app.include_router(router)
    return app


# Sync routes (pages, the tracker) run in threads that share one GIL. With Starlette's default of 40, 32 requests in
# flight each get a slice of the CPU in turn, so a request that needs 50 ms waits behind all the others' slices:
# benchmarks/ask_speed.py, 32 connections, same minute: 40 threads 231-266 req/s, p95 394-886 ms; 4 threads 290-299
# req/s, p95 225-235 ms. No route waits on the network, so a few threads keep the cores busy. Answers go further and
# take turns one at a time (web/ask.py).
WORKER_THREADS = 4


@asynccontextmanager
async def _serving(_app: FastAPI) -> AsyncIterator[None]:
    anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
    # The knowledge base is ~500,000 objects that live as long as the server. Python's full garbage collection
    # walked them all (~290 ms of CPU on the shared 2 cores, every request in flight waiting), though none is ever
    # garbage; frozen, a full collection walks only what serving made since. Unfrozen again when the app stops.
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
