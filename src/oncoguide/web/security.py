"""Session cookies and CSRF checks for the pages that hold a person's own data.

Cookies are HttpOnly and SameSite=Lax, and Secure when the request came over HTTPS. Every form that changes
something carries a CSRF token: the session's own token when signed in, otherwise a double-submit cookie.
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from fastapi import HTTPException, Request, Response

from ..store import accounts

SESSION_COOKIE = "og_session"
CSRF_COOKIE = "og_csrf"


def engine_of(request: Request) -> sa.Engine:
    return request.app.state.engine


def current_session(request: Request) -> accounts.Session | None:
    """The signed-in session of this request. A page read (GET, HEAD) asks the database once, however many steps
    of the page want it; a form post asks every time, as it may sign in or out on the way."""
    if request.method not in ("GET", "HEAD"):
        return accounts.session_for(engine_of(request), request.cookies.get(SESSION_COOKIE))
    if not hasattr(request.state, "session"):
        request.state.session = accounts.session_for(engine_of(request), request.cookies.get(SESSION_COOKIE))
    return request.state.session


def _secure(request: Request) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https"


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(SESSION_COOKIE, token, max_age=accounts.SESSION_DAYS * 86400, httponly=True,
                        samesite="lax", secure=_secure(request), path="/")


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")


def form_csrf_token(request: Request) -> str:
    """The token to embed in a form: the session's own, or the double-submit cookie's when signed out."""
    session = current_session(request)
    if session:
        return session.csrf
    return request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)


def remember_csrf(request: Request, response: Response, token: str) -> None:
    """When signed out, the form's token also goes in a cookie; a post must bring both."""
    if request.cookies.get(CSRF_COOKIE) != token and current_session(request) is None:
        response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="lax", secure=_secure(request), path="/")


def check_csrf(request: Request, submitted: str | None) -> None:
    """Refuse a form post whose token does not match (403), so other sites cannot post as the user."""
    session = current_session(request)
    expected = session.csrf if session else request.cookies.get(CSRF_COOKIE)
    if not expected or not submitted or not secrets.compare_digest(expected, submitted):
        raise HTTPException(status_code=403, detail="This form has expired or did not come from oncoguide. Reload the page and try again.")
