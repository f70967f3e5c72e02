"""Caregivers (issue #14): the owner of a plan invites another account to read it, and can take that back.

An invite is a secret link that works once, for INVITE_DAYS; the database keeps only its hash, so the link is
shown once, when it is made. Whoever accepts it while signed in may read every page and download of the plan
but change nothing (service.owned refuses them). The owner sees who can read the plan and can revoke any of it.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from ..errors import InputError, NotFound
from ..model import TreatmentPlan
from ..store import tracker as store
from .service import owned

INVITE_DAYS = 7
MOST_OPEN_INVITES = 10  # unused links per plan; each one is a way in, so they should not pile up
UNKNOWN = ("This invite link does not work. Check that you copied all of it. If the plan it was for has been "
           "deleted, the link stopped working too: ask for a new one.")


@dataclass(frozen=True)
class NewInvite:
    token: str
    expires_at: dt.datetime  # UTC


@dataclass(frozen=True)
class Invitation:
    """What the person who opens an invite link sees before accepting it."""

    plan: TreatmentPlan
    owner_email: str
    expires_at: dt.datetime  # UTC
    already_reader: bool


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_invite(engine: sa.Engine, owner: int, plan_id: str, now: dt.datetime | None = None) -> NewInvite:
    """Make a single-use invite link for the plan; only its owner can."""
    owned(engine, owner, plan_id)
    token = secrets.token_urlsafe(32)
    expires = (now or _now()) + dt.timedelta(days=INVITE_DAYS)
    store.add_invite(engine, owner, plan_id, token, expires, MOST_OPEN_INVITES)
    return NewInvite(token=token, expires_at=expires)


def withdraw_invite(engine: sa.Engine, owner: int, plan_id: str, invite_id: int) -> None:
    owned(engine, owner, plan_id)
    store.revoke_invite(engine, owner, plan_id, invite_id)


def revoke_reader(engine: sa.Engine, owner: int, plan_id: str, grant_id: int) -> None:
    owned(engine, owner, plan_id)
    store.remove_reader(engine, owner, plan_id, grant_id)


def sharing(engine: sa.Engine, owner: int, plan_id: str) -> dict[str, list[dict[str, Any]]]:
    """Who can read the plan, and the invites nobody has used yet: what the owner sees on the plan page."""
    return {"readers": store.readers(engine, owner, plan_id), "invites": store.open_invites(engine, owner, plan_id)}


def invitation(engine: sa.Engine, token: str, viewer: int, now: dt.datetime | None = None) -> Invitation:
    """The invite behind `token`, if `viewer` may still accept it; otherwise one clear reason why not."""
    found = store.invite(engine, token)
    if found is None:
        raise NotFound("invite link", "(this link)")
    plan = store.get_plan(engine, found["owner_id"], found["plan_id"])
    already = store.plan_access(engine, viewer, plan.id) is not None
    if found["owner_id"] == viewer:
        raise InputError("This is your own invite link. Send it to the person you want to let read your plan; "
                         "it still works for them.")
    if found["used_at"] is not None and not already:
        raise InputError(f"This invite link was already used on {found['used_at']:%d %B %Y}. Each link works "
                         f"once: ask {found['email'] or 'the owner'} for a new one.")
    if found["revoked_at"] is not None and not already:
        raise InputError(f"{found['email'] or 'The owner'} withdrew this invite. Ask them for a new link if you "
                         "still need one.")
    if found["expires_at"] <= (now or _now()) and not already:
        raise InputError(f"This invite link expired on {found['expires_at']:%d %B %Y}. Ask "
                         f"{found['email'] or 'the owner'} for a new one.")
    return Invitation(plan=plan, owner_email=found["email"], expires_at=found["expires_at"], already_reader=already)


def accept(engine: sa.Engine, token: str, viewer: int, now: dt.datetime | None = None) -> TreatmentPlan:
    """Let `viewer` read the invite's plan and use the invite up. A person who can already read it keeps
    their access and leaves the link unused (it may be meant for someone else)."""
    now = now or _now()
    seen = invitation(engine, token, viewer, now)
    if not seen.already_reader:
        found = store.invite(engine, token)
        if found is None or not store.use_invite(engine, found["id"], viewer, now):
            # Another tab, or another person, used or withdrew it between the look and the accept.
            invitation(engine, token, viewer, now)
            raise InputError("This invite link is no longer open. Ask the owner for a new one.")
    return seen.plan


def leave(engine: sa.Engine, viewer: int, plan_id: str) -> None:
    """A caregiver stops reading a plan shared with them; the owner is not asked (it is the reader's own access)."""
    access = store.plan_access(engine, viewer, plan_id)
    if access is None:
        raise NotFound("plan", plan_id)
    if access[0] == viewer:
        raise InputError("This is your own plan, so you cannot stop reading it. To remove it, delete it from its "
                         "Delete page.")
    store.drop_own_access(engine, viewer, plan_id)


def shared_with(engine: sa.Engine, viewer: int) -> list[tuple[TreatmentPlan, str]]:
    """The plans others shared with `viewer`, with each owner's email."""
    return store.shared_with(engine, viewer)
