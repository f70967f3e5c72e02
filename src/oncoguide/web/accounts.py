"""Sign up, sign in, sign out (here or everywhere), change password, download my data, delete my account."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import ClassVar

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import AuthError, InputError, TooManyAttempts
from ..site.models import Page
from ..store import accounts
from ..store import tracker as store
from ..store.identity import MAX_PASSWORD, MIN_PASSWORD
from . import form_tokens
from .errors import status_of
from .security import (
    SESSION_COOKIE,
    check_csrf,
    clear_session_cookie,
    current_session,
    engine_of,
    form_csrf_token,
    remember_csrf,
    set_session_cookie,
)

router = APIRouter(include_in_schema=False)

# A path on this site: one slash, then printable ASCII without backslashes (browsers read "/\evil.org" as
# "//evil.org", another site).
_LOCAL_PATH = re.compile(r"/(?![/\\])[!-\[\]-~]{0,500}")


class AccountPage(Page):
    template: ClassVar[str] = "account.html"
    kind: str = "account"  # type: ignore[assignment]
    mode: str = "signin"
    email: str = ""
    error: str = ""
    notice: str = ""
    next: str = "/tracker"
    signed_in_as: str = ""
    min_password: int = MIN_PASSWORD
    max_password: int = MAX_PASSWORD


def _safe_next(target: str) -> str:
    """Only redirect within this site (no open redirects)."""
    return target if _LOCAL_PATH.fullmatch(target) else "/tracker"


def render(request: Request, page: Page, status: int = 200) -> HTMLResponse:
    """A private page: never cached, with the CSRF token its forms need."""
    return private_html(request, lambda csrf: request.app.state.site.html(request, page, csrf=csrf), status)


def private_html(request: Request, html: Callable[[str], str], status: int = 200) -> HTMLResponse:
    """A private page from `html(csrf)`: never cached by the browser or a proxy, with the CSRF token its forms need."""
    csrf = form_csrf_token(request)
    response = HTMLResponse(html(csrf), status_code=status, headers={"cache-control": "no-store"})
    remember_csrf(request, response, csrf)
    return response


def _form(request: Request, mode: str, next_: str = "/tracker", email: str = "", error: str = "",
          status: int = 200) -> HTMLResponse:
    """The sign-in or sign-up form, its token bound to this browser (web/form_tokens.py)."""
    title = {"signin": "Sign in", "signup": "Create an account"}[mode]
    shown = "".join(ch for ch in email[:254] if ch.isprintable())  # echoed back, so never control characters
    page = AccountPage(title=title, mode=mode, next=_safe_next(next_), email=shown, error=error)
    browser, token = form_tokens.issue(request)
    html = request.app.state.site.html(request, page, csrf=token)
    response = HTMLResponse(html, status_code=status, headers={"cache-control": "no-store"})
    remember_csrf(request, response, browser)
    return response


def _refused(request: Request, mode: str, next_: str, email: str, exc: Exception) -> HTMLResponse:
    """The form again with one clear reason: 429 wait, 401 wrong email or password, 400 bad input."""
    if isinstance(exc, TooManyAttempts):
        return _form(request, mode, next_, email, str(exc), status=429)
    if isinstance(exc, AuthError):  # a sign-up of a taken email reads exactly like a failed sign-in
        return _form(request, "signin", next_, email, str(exc), status=401)
    return _form(request, mode, next_, email, str(exc), status=400)


def _client(request: Request) -> str:
    """The client's address; behind a proxy, uvicorn's --proxy-headers puts the real one here."""
    return request.client.host if request.client else ""


@router.get("/signin")
def signin_form(request: Request, next: str = "/tracker") -> Response:  # noqa: A002
    if current_session(request):
        return RedirectResponse(_safe_next(next), status_code=303)
    return _form(request, "signin", next)


@router.get("/signup")
def signup_form(request: Request, next: str = "/tracker") -> Response:  # noqa: A002
    if current_session(request):
        return RedirectResponse(_safe_next(next), status_code=303)
    return _form(request, "signup", next)


def _signed_in(request: Request, user_id: int, next_: str) -> Response:
    token, _ = accounts.start_session(engine_of(request), user_id)
    response = RedirectResponse(_safe_next(next_), status_code=303)
    set_session_cookie(request, response, token)
    return response


@router.post("/signin")
def signin(request: Request, email: str = Form(""), password: str = Form(""), csrf: str = Form(""),
           next: str = Form("/tracker")) -> Response:  # noqa: A002
    form_tokens.check(request, csrf)
    try:
        uid = accounts.authenticate(engine_of(request), email, password, _client(request))
    except (AuthError, InputError) as exc:
        return _refused(request, "signin", next, email, exc)
    return _signed_in(request, uid, next)


@router.post("/signup")
def signup(request: Request, email: str = Form(""), password: str = Form(""), csrf: str = Form(""),
           next: str = Form("/tracker")) -> Response:  # noqa: A002
    form_tokens.check(request, csrf)
    try:
        uid = accounts.create_user(engine_of(request), email, password, _client(request))
    except (AuthError, InputError) as exc:
        return _refused(request, "signup", next, email, exc)
    return _signed_in(request, uid, next)


@router.post("/signout")
def signout(request: Request, csrf: str = Form("")) -> Response:
    check_csrf(request, csrf)
    accounts.end_session(engine_of(request), request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/", status_code=303)
    clear_session_cookie(response)
    return response


@router.get("/account")
def account(request: Request) -> Response:
    session = current_session(request)
    if not session:
        return RedirectResponse("/signin?next=/account", status_code=303)
    return render(request, AccountPage(title="Your account", mode="account", signed_in_as=session.email))


def _account_session(request: Request, csrf: str) -> accounts.Session:
    """The session behind an account form: a valid form token first, then a live session."""
    check_csrf(request, csrf)
    session = current_session(request)
    if not session:
        raise AuthError("Sign in first.")
    return session


@router.post("/account/password")
def change_password(request: Request, csrf: str = Form(""), current: str = Form(""), new: str = Form("")) -> Response:
    """A new password, given the current one; every other session ends, this one stays signed in."""
    session = _account_session(request, csrf)
    page = AccountPage(title="Your account", mode="account", signed_in_as=session.email)
    try:
        accounts.change_password(engine_of(request), session.user_id, current, new,
                                 keep=request.cookies.get(SESSION_COOKIE), client=_client(request))
    except (AuthError, InputError) as exc:
        return render(request, page.model_copy(update={"error": str(exc)}), status_of(exc))
    return render(request, page.model_copy(update={
        "notice": "Your password is changed. Every other device or browser signed in to your account is now signed out."}))


@router.post("/account/signout-everywhere")
def signout_everywhere(request: Request, csrf: str = Form("")) -> Response:
    """End every session of the account, this one too. Feed links and caregivers' access stay as they are."""
    session = _account_session(request, csrf)
    accounts.end_sessions(engine_of(request), session.user_id)
    response = RedirectResponse("/", status_code=303)
    clear_session_cookie(response)
    return response


@router.get("/account/data.json")
def my_data(request: Request) -> Response:
    session = current_session(request)
    if not session:
        raise AuthError("Sign in to download your data.")
    engine = engine_of(request)
    body = {"account": accounts.user_record(engine, session.user_id), **store.export_owner(engine, session.user_id)}
    return Response(json.dumps(body, indent=2), media_type="application/json",
                    headers={"content-disposition": 'attachment; filename="oncoguide-my-data.json"', "cache-control": "no-store"})


@router.post("/account/delete")
def delete_account(request: Request, csrf: str = Form(""), confirm: str = Form("")) -> Response:
    session = _account_session(request, csrf)
    if confirm.strip().lower() != "delete":
        return render(request, AccountPage(title="Your account", mode="account", signed_in_as=session.email,
                                           error='Type "delete" to confirm.'), 400)
    accounts.delete_user(engine_of(request), session.user_id, owned=store.USER_COLUMNS)
    response = RedirectResponse("/?deleted=1", status_code=303)
    clear_session_cookie(response)
    return response
