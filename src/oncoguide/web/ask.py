"""/ask (HTML) and /api/ask (JSON): the same Answer object, two renderings. The lead adds `router` to ROUTERS."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, Field

from ..answer.compose import Composer
from ..answer.service import store_passages
from ..answer.understand import MAX_CHARS
from ..errors import InputError
from ..model import Answer, PageLink
from ..search.pages import Ref
from ..site.render import Links

router = APIRouter()
# Standalone for now; switching to `{% extends "base.html" %}` needs only the template (see ask.html).
_env = Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")), autoescape=select_autoescape())


def _page_url(link: PageLink) -> str:
    return Links().page(Ref(kind=link.kind, slug=link.slug, title=link.title))  # type: ignore[arg-type]


class AskRequest(BaseModel):
    q: str = Field(description="The question, in English, at most 1,000 characters.")


def _composer(request: Request) -> Composer:
    """One composer per app: the statement index is built at the first question."""
    state = request.app.state
    if getattr(state, "ask_composer", None) is None:
        state.ask_composer = Composer(state.site.kb, store_passages(state.settings))
    return state.ask_composer


def _unprocessable(message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message, "errors": [message], "status": 422}, status_code=422)


@router.post("/api/ask", response_model=Answer, responses={422: {"description": "The question cannot be taken."}})
def ask_api(body: AskRequest, request: Request) -> Answer | JSONResponse:
    """A cited answer as JSON; 422 with the reason for an empty, too long or non-English question."""
    try:
        return _composer(request).answer(body.q)
    except InputError as exc:
        return _unprocessable(str(exc))


@router.get("/ask", response_class=HTMLResponse)
def ask_page(request: Request, q: str | None = None) -> HTMLResponse:
    """The question form and, when q is given, its answer."""
    answer, error, status = None, None, 200
    if q is not None and q.strip():
        try:
            answer = _composer(request).answer(q)
        except InputError as exc:
            error, status = str(exc), 422
    html = _env.get_template("ask.html").render(q=q or "", answer=answer, error=error, max_chars=MAX_CHARS,
                                                     page_url=_page_url)
    return HTMLResponse(html, status_code=status)
