"""CSRF tokens for the signed-out forms (sign in, sign up), bound to the browser that loaded them.

Issue #15, item 8 (login CSRF: another site signs the victim into the attacker's account, where they then
record their own health details). Before, any cookie equal to the form value passed, so whoever could plant a
cookie (a sibling subdomain, a plain-HTTP hop) could pick both. Now the cookie holds a random per-browser
value and the form's token is `time.HMAC(server secret, value, time)`: only this server makes tokens, each
for one browser value, and they expire. Browsers that say the post came from another site (Sec-Fetch-Site,
sent by every current browser) are refused outright, which also covers an attacker who plants a cookie
together with a token the server issued to *them*; the token alone cannot stop that.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

from fastapi import HTTPException, Request

from ..store import accounts
from .security import CSRF_COOKIE, engine_of

MAX_AGE = 6 * 3600  # seconds a sign-in form stays valid
_REFUSED = "This form has expired or did not come from oncoguide. Reload the page and try again."


def _sign(request: Request, browser: str, issued: int) -> str:
    key = accounts.form_secret(engine_of(request))
    mac = hmac.new(key, f"signed-out-form\0{browser}\0{issued}".encode(), hashlib.sha256).hexdigest()
    return f"{issued}.{mac}"


def issue(request: Request) -> tuple[str, str]:
    """(this browser's random value, for the cookie; the token for its form)."""
    browser = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)
    return browser, _sign(request, browser, int(time.time()))


def check(request: Request, token: str) -> None:
    """403 unless the token was made by this server, for this browser, in the last MAX_AGE seconds."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        raise HTTPException(status_code=403, detail=_REFUSED)
    browser = request.cookies.get(CSRF_COOKIE)
    issued, _, _mac = token.partition(".")
    if not browser or not issued.isdigit() or len(issued) > 12 or not -60 <= time.time() - int(issued) <= MAX_AGE:
        raise HTTPException(status_code=403, detail=_REFUSED)
    if not hmac.compare_digest(_sign(request, browser, int(issued)).encode(), token.encode(errors="replace")):
        raise HTTPException(status_code=403, detail=_REFUSED)
