"""The one error funnel: every exception becomes a status code and either the JSON shape or an HTML page.

JSON (paths under /api/ or `Accept: application/json`): {"ok": false, "error": str, "errors": [str], "status": int}.
A request that fails validation is 422, and the OpenAPI document describes that same shape (`ErrorBody`).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from ..errors import (
    AuthError,
    ContentError,
    FetchError,
    InputError,
    NotFound,
    OncoguideError,
    ReadOnly,
    SourceParseError,
    StoreError,
    TooManyAttempts,
)

log = logging.getLogger(__name__)

# Most specific first: status_of walks the exception's MRO, so a subclass wins over its base.
STATUS: dict[type[OncoguideError], int] = {
    NotFound: 404,
    TooManyAttempts: 429,
    ReadOnly: 403,
    AuthError: 401,
    InputError: 400,
    SourceParseError: 422,
    FetchError: 502,
    StoreError: 503,
    ContentError: 500,
}


def status_of(exc: Exception) -> int:
    if isinstance(exc, HTTPException):
        return exc.status_code
    if isinstance(exc, RequestValidationError):
        return 422
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]  # type: ignore[index]
    return 500


def messages(exc: Exception) -> tuple[str, list[str]]:
    """The headline and every individual problem, in plain text."""
    if isinstance(exc, ContentError):
        return "The content has problems.", [str(p) for p in exc.problems]
    if isinstance(exc, RequestValidationError):
        errors = [f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors()]
        return "The request is not valid.", errors
    if isinstance(exc, HTTPException):
        text = "Not found." if exc.status_code == 404 else str(exc.detail)
        return text, [text]
    if isinstance(exc, OncoguideError):
        return str(exc), [str(exc)]
    return "Something went wrong on our side.", ["Something went wrong on our side."]


def wants_json(request: Request) -> bool:
    if request.url.path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


class ErrorBody(BaseModel):
    """What every JSON error looks like."""

    ok: bool = Field(False, description="Always false.")
    error: str = Field(description="One sentence saying what went wrong.")
    errors: list[str] = Field(description="Every problem found, e.g. one per invalid field.")
    status: int = Field(description="The HTTP status code, repeated.")


def error_body(exc: Exception) -> dict:
    error, errors = messages(exc)
    return ErrorBody(error=error, errors=errors, status=status_of(exc)).model_dump()


def error_response(request: Request, exc: Exception) -> Response:
    """The response for any error: the JSON shape, the 404 page with suggestions, or the error page."""
    status = status_of(exc)
    if status >= 500:
        log.exception("error serving %s", request.url.path, exc_info=exc)
    # 405 carries Allow, 401 may carry WWW-Authenticate: keep what the exception asked for.
    headers = getattr(exc, "headers", None) if isinstance(exc, HTTPException) else None
    if wants_json(request):
        return JSONResponse(error_body(exc), status_code=status, headers=headers)
    site = request.app.state.site
    if status == 404:
        wanted = exc.name if isinstance(exc, NotFound) else request.url.path.rstrip("/").rsplit("/", 1)[-1]
        page = site.not_found(messages(exc)[0] if isinstance(exc, NotFound) else
                              f"There is no page at {request.url.path}.", wanted)
    else:
        page = site.error(status, messages(exc)[0])
    return HTMLResponse(site.html(request, page), status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    """Route every error through `error_response`."""

    async def handle(request: Request, exc: Exception) -> Response:
        return error_response(request, exc)

    for cls in (OncoguideError, HTTPException, RequestValidationError, Exception):
        app.add_exception_handler(cls, handle)
