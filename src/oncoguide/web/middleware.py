"""HTTP hardening around the app (#15): security and cache headers, a body size cap, HEAD, gzip.

Plain ASGI middleware (no BaseHTTPMiddleware), so responses stream through untouched except for headers.
Outermost first, as `install` adds them: HeadAsGet -> Headers -> BodyLimit -> Compress -> the app.
"""

from __future__ import annotations

from fastapi import FastAPI
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..settings import Settings
from .errors import error_response

# Pages and JSON that hold a person's own data, or set their session: never stored by a browser or proxy.
PRIVATE = ("/tracker", "/api/tracker", "/account", "/signin", "/signup", "/signout")
DOCS = ("/docs", "/redoc")

# No inline script anywhere (templates load scripts from /static only). Inline styles stay allowed because the
# tracker's printable calendar carries its own <style>; script is what an injected page could use to act as the reader.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
# Only for /docs and /redoc when the operator turns them on (Settings.api_docs): FastAPI's pages load
# Swagger UI / ReDoc from jsDelivr and start them with an inline script.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
            "font-src 'self' https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com; "
            "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
# Static assets keep their names between releases (no fingerprint in the URL), so a short max-age: a changed
# style.css reaches readers within the hour, and in between the browser revalidates cheaply with ETag.
STATIC_CACHE = "public, max-age=3600"
HSTS = "max-age=31536000; includeSubDomains"


def _under(path: str, prefixes: tuple[str, ...]) -> bool:
    return any(path == p or path.startswith(p + "/") for p in prefixes)


def is_private(path: str) -> bool:
    return _under(path, PRIVATE)


class HeadAsGet:
    """Answer HEAD like GET, headers and all, without the body (FastAPI routes only list GET)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


class Headers:
    """Security headers on every response, errors included; no-store on private routes; a max-age on static assets."""

    def __init__(self, app: ASGIApp, settings: Settings):
        self.app = app
        self.https_origin = settings.public_url.startswith("https://")
        self.docs = settings.api_docs

    def _add(self, scope: Scope, headers: MutableHeaders) -> None:
        path = scope["path"]
        headers.setdefault("content-security-policy", DOCS_CSP if self.docs and _under(path, DOCS) else CSP)
        headers.setdefault("x-content-type-options", "nosniff")
        headers.setdefault("x-frame-options", "DENY")
        headers.setdefault("referrer-policy", "no-referrer")
        headers.setdefault("cross-origin-opener-policy", "same-origin")
        headers.setdefault("permissions-policy", "camera=(), microphone=(), geolocation=()")
        if scope.get("scheme") == "https" or self.https_origin:
            headers.setdefault("strict-transport-security", HSTS)
        if is_private(path) or "set-cookie" in headers:
            headers["cache-control"] = "no-store"
        elif path.startswith("/static/"):
            headers.setdefault("cache-control", STATIC_CACHE)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                self._add(scope, MutableHeaders(scope=message))
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            # A bug: answer it here, so even the 500 page carries the headers (Starlette's own last-resort
            # handler sits outside every middleware). error_response logs the traceback.
            if started:
                raise
            await error_response(Request(scope), exc)(scope, receive, send_with_headers)


class BodyLimit:
    """Refuse a request body over `max_bytes` with 413, whether it declares its length or streams it."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        # Read the body here (at most max_bytes + one chunk), then hand it to the app as one message.
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client went away; let the app see that
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
            if not message.get("more_body", False):
                break
        body, sent = b"".join(chunks), False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        kb = self.max_bytes // 1024
        exc = HTTPException(413, f"The request is too large: send at most {kb} KB.")
        await error_response(Request(scope), exc)(scope, receive, send)


class Compress:
    """Gzip text responses over 1 KB, except private pages: they hold a CSRF token next to text the reader
    sent, which is what the BREACH attack needs to read the token through compressed sizes.

    Level 1: these bodies are compressed on every request (cached pages come gzipped already, see
    site.Rendered); level 1 shrinks a 15.5 KB drug JSON to 4 KB at no measurable cost in req/s, level 6 cost ~half.
    """

    def __init__(self, app: ASGIApp):
        self.plain = app
        self.gzip = GZipMiddleware(app, minimum_size=1024, compresslevel=1)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        private = scope["type"] == "http" and is_private(scope["path"])
        await (self.plain if private else self.gzip)(scope, receive, send)


def install(app: FastAPI, settings: Settings) -> None:
    """Wrap the app; Starlette runs the last added outermost."""
    app.add_middleware(Compress)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(Headers, settings=settings)
    app.add_middleware(HeadAsGet)
