"""/ask (HTML) and /api/ask (JSON): the same Answer object, two renderings. The lead adds `router` to ROUTERS."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse
from markupsafe import Markup
from pydantic import BaseModel, Field

from ..answer.compose import Composer
from ..answer.service import store_passages
from ..answer.understand import MAX_CHARS
from ..errors import InputError
from ..model import Answer, Cited, PageLink
from ..search.pages import Ref
from ..site.render import Links, environment

router = APIRouter()
TEMPLATES = Path(__file__).with_name("templates")
LIVE = Links()


class AskRequest(BaseModel):
    q: str = Field(description="The question, in English, at most 1,000 characters.")


class AskPage(BaseModel):
    """What ask.html receives (it extends the site's base.html, which reads title and description)."""

    title: str = Field(description="Browser title: the question, or `Ask a question`.")
    description: str = "Ask a question about a cancer drug or treatment; every answer cites its sources."
    q: str = Field("", description="The question as typed, shown back in the form.")
    max_chars: int = MAX_CHARS
    answer: Answer | None = None
    error: str | None = Field(None, description="Why the question could not be taken.")
    links: list[str] = Field([], description="Address of each `answer.see_also` page, in order.")


_BUILD = threading.Lock()
# Answers are pure CPU under one GIL, so threads add no speed, only turns: 32 questions in flight each got a slice in
# turn and a slow one waited behind all the others' slices. They run one at a time, in order of arrival, in a thread
# of their own; pages and the tracker keep the shared pool (web/app.py). benchmarks/ask_speed.py, 32 connections,
# same minute: answers in the shared pool of 4, 189 req/s, p95 418 ms; one at a time, 247 req/s, p95 243 ms.
ASK_THREADS = 1


def _turns(request: Request) -> anyio.CapacityLimiter:
    """The app's own limiter for answers, made in its event loop (a limiter belongs to the loop that made it)."""
    state = request.app.state
    if getattr(state, "ask_turns", None) is None:
        state.ask_turns = anyio.CapacityLimiter(ASK_THREADS)
    return state.ask_turns


def _composer(request: Request) -> Composer:
    """One composer per app: built once, by the first question; the others wait for it.

    Without the lock, simultaneous first questions each built the passage index and removed each other's files
    (HTTP 500, #15).
    """
    state = request.app.state
    if getattr(state, "ask_composer", None) is None:
        with _BUILD:
            if getattr(state, "ask_composer", None) is None:
                composer = Composer(state.site.kb, store_passages(state.settings))
                composer.prepare()  # every statement read now, not by a later question, so it is frozen too
                # The answer engine lives as long as the app, like the knowledge base frozen at start-up (app.py):
                # left in the collector, every full collection walked it (130-160 ms with all requests waiting).
                gc.freeze()
                state.ask_composer = composer
    return state.ask_composer


def _cites(item: Cited) -> Markup:
    """An item's reference marks: `[1]` for each number, linking to the reference below."""
    return Markup("".join(f'<sup><a href="#ref-{n}" aria-label="reference {n}">[{n}]</a></sup>' for n in item.refs))


def _page_url(link: PageLink) -> str:
    return LIVE.page(Ref(kind=link.kind, slug=link.slug, title=link.title))  # type: ignore[arg-type]


@router.post("/api/ask", response_model=Answer, responses={422: {"description": "The question cannot be taken."}})
async def ask_api(body: AskRequest, request: Request) -> Answer | JSONResponse:
    """A cited answer as JSON; 422 with the reason for an empty, too long or non-English question."""
    return await anyio.to_thread.run_sync(_api_answer, body, request, limiter=_turns(request))


def _api_answer(body: AskRequest, request: Request) -> Answer | JSONResponse:
    try:
        return _composer(request).answer(body.q)
    except InputError as exc:
        message = str(exc)
        return JSONResponse({"ok": False, "error": message, "errors": [message], "status": 422}, status_code=422)


@router.get("/ask", response_class=HTMLResponse)
async def ask_page(request: Request, q: str | None = None) -> HTMLResponse:
    """The question form and, when q is given, its answer."""
    return await anyio.to_thread.run_sync(_page, request, q, limiter=_turns(request))


def _page(request: Request, q: str | None) -> HTMLResponse:
    page, status = AskPage(title="Ask a question", q=q or ""), 200
    if q is not None and q.strip():
        try:
            answer = _composer(request).answer(q)
            page = page.model_copy(update={"title": answer.question, "answer": answer,
                                           "links": [_page_url(p) for p in answer.see_also]})
        except InputError as exc:
            page, status = page.model_copy(update={"error": str(exc)}), 422
    html = environment((str(TEMPLATES),)).get_template("ask.html").render(page=page, url=LIVE, cites=_cites)
    return HTMLResponse(html, status_code=status)
