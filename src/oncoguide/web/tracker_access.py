"""Who may see a tracker page: the signed-in owner only. Anyone else, signed in or not, gets 404 (never data)."""

from __future__ import annotations

import datetime as dt

from fastapi import Request

from ..errors import InputError, NotFound
from ..model import KnowledgeBase, TreatmentPlan
from ..store import tracker as store
from .security import current_session, engine_of


def kb_of(request: Request) -> KnowledgeBase:
    return request.app.state.site.kb


def owner_of(request: Request, plan_id: str) -> int:
    """The signed-in person's id; without a session the plan is simply not found."""
    session = current_session(request)
    if session is None:
        raise NotFound("plan", plan_id)
    return session.user_id


def owned_plan(request: Request, plan_id: str) -> tuple[int, TreatmentPlan]:
    owner = owner_of(request, plan_id)
    return owner, store.get_plan(engine_of(request), owner, plan_id)


def parse_day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{value!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-03-09.") from None


def parse_time(value: str) -> dt.time | None:
    """A time of day from a form (empty means "not given")."""
    if not value.strip():
        return None
    try:
        return dt.time.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"{value!r} is not a time of day: write it as HH:MM, e.g. 08:30.") from None
