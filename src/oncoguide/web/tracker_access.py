"""Who may see a tracker page: its owner, and read-only the caregivers they invited; anyone else gets 404.

Without a session, every tracker route answers as the sign-in-required pages always have, before looking
anything up (so nothing says whether a plan exists): a page (GET) sends the browser to sign in and back; JSON
(/api/ or Accept: application/json) and form posts get 401. `signed_in` is a dependency of every private
tracker router (web/tracker.py `router`, `api`), so a new route cannot forget it.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from fastapi import HTTPException, Request

from ..errors import AuthError, InputError
from ..model import KnowledgeBase, TreatmentPlan
from ..store import accounts
from ..tracker import service
from .errors import wants_json
from .security import current_session, engine_of


def kb_of(request: Request) -> KnowledgeBase:
    return request.app.state.site.kb


def public_base(request: Request) -> str:
    """Absolute links (calendar feed, invites) come from configuration, never from the request's Host header (#15)."""
    return request.app.state.site.public_url or "http://127.0.0.1:8000"


def session_of(request: Request) -> accounts.Session | None:
    """The request's session, looked up once per request."""
    if not hasattr(request.state, "session"):
        request.state.session = current_session(request)
    return request.state.session


def signed_in(request: Request) -> accounts.Session:
    """The session, or the answer every sign-in-required page gives without one."""
    session = session_of(request)
    if session is not None:
        return session
    if request.method == "GET" and not wants_json(request):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise HTTPException(status_code=303, detail="Sign in to see this page.",
                            headers={"location": f"/signin?next={quote(target, safe='/')}"})
    raise AuthError("Sign in first: your session has ended. Then try again.")


def readable(request: Request, plan_id: str) -> service.Access:
    """The plan for reading: the owner's, or a caregiver's read-only view; 404 for anyone else."""
    return service.access(engine_of(request), signed_in(request).user_id, plan_id)


def owned_plan(request: Request, plan_id: str) -> tuple[int, TreatmentPlan]:
    """The plan for a change: only its owner; a caregiver gets 403 (ReadOnly), anyone else 404."""
    owner = signed_in(request).user_id
    return owner, service.owned(engine_of(request), owner, plan_id)


def owner_of(request: Request, plan_id: str) -> int:
    return owned_plan(request, plan_id)[0]


def parse_day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{value!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-03-09.") from None


def parse_moment(value: str) -> dt.datetime | None:
    """A date and time from a datetime-local field (2026-01-05T18:30); empty means "not given"."""
    if not value.strip():
        return None
    try:
        return dt.datetime.fromisoformat(value.strip()).replace(tzinfo=None, second=0, microsecond=0)
    except ValueError:
        raise InputError(f"Give when it started as a date and time, like 2026-01-05T18:30, not {value[:40]!r}.") from None


def parse_time(value: str) -> dt.time | None:
    """A time of day from a form (empty means "not given")."""
    if not value.strip():
        return None
    try:
        return dt.time.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"{value!r} is not a time of day: write it as HH:MM, e.g. 08:30.") from None
