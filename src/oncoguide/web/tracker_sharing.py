"""Caregivers on the web: the owner makes and withdraws invite links and revokes access; the invited person opens
the link, signed in, and accepts it (a button, never the GET itself: link previewers open links too).

A problem with an invite (unknown, used, withdrawn, expired, the owner's own, the plan deleted) shows the invite
page again with one sentence saying why, under a 4xx status; nothing stored changes.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, ClassVar

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import RedirectResponse, Response

from ..errors import NotFound, OncoguideError
from ..model import TreatmentPlan
from ..tracker import sharing as service
from . import tracker_pages as pages
from .accounts import render
from .errors import status_of
from .security import check_csrf, engine_of
from .tracker_access import kb_of, owned_plan, owner_of, public_base, signed_in

sharing = APIRouter(include_in_schema=False)
RowId = Annotated[int, Path(ge=1, le=2**31 - 1)]  # a row number: anything else is a 422, never a database overflow


class InviteMadePage(pages.PlanScoped):
    """The new invite link, shown this once (only its hash is stored)."""

    template: ClassVar[str] = "tracker_invite_made.html"
    link: str
    expires_at: dt.datetime


class InvitePage(pages.TrackerPage):
    """What the invited person sees: whose plan, what they may do with it, and the button to accept."""

    template: ClassVar[str] = "tracker_invite.html"
    token: str = ""
    owner_email: str = ""
    regimen_name: str = ""
    plan: TreatmentPlan | None = None
    expires_at: dt.datetime | None = None
    already_reader: bool = False
    error: str = ""


def _regimen_name(request: Request, plan: TreatmentPlan) -> str:
    regimen = kb_of(request).regimens.get(plan.regimen)
    return regimen.name if regimen else plan.regimen


@sharing.post("/tracker/{plan_id}/invites")
def invite_new(request: Request, plan_id: str, csrf: str = Form("")) -> Response:
    owner, plan = owned_plan(request, plan_id)
    check_csrf(request, csrf)
    made = service.new_invite(engine_of(request), owner, plan_id)
    page = InviteMadePage(title="Invite someone to read your plan", plan=plan, regimen_name=_regimen_name(request, plan),
                          link=f"{public_base(request)}/tracker/invite/{made.token}", expires_at=made.expires_at)
    return render(request, page)


@sharing.post("/tracker/{plan_id}/invites/{invite_id}/withdraw")
def invite_withdraw(request: Request, plan_id: str, invite_id: RowId, csrf: str = Form("")) -> Response:
    owner = owner_of(request, plan_id)
    check_csrf(request, csrf)
    service.withdraw_invite(engine_of(request), owner, plan_id, invite_id)
    return RedirectResponse(f"/tracker/{plan_id}#sharing", status_code=303)


@sharing.post("/tracker/{plan_id}/caregivers/{grant_id}/revoke")
def caregiver_revoke(request: Request, plan_id: str, grant_id: RowId, csrf: str = Form("")) -> Response:
    owner = owner_of(request, plan_id)
    check_csrf(request, csrf)
    service.revoke_reader(engine_of(request), owner, plan_id, grant_id)
    return RedirectResponse(f"/tracker/{plan_id}#sharing", status_code=303)


@sharing.post("/tracker/{plan_id}/leave")
def caregiver_leave(request: Request, plan_id: str, csrf: str = Form("")) -> Response:
    """A caregiver stops reading the plan (the owner revokes from their own page instead)."""
    viewer = signed_in(request).user_id
    check_csrf(request, csrf)
    service.leave(engine_of(request), viewer, plan_id)
    return RedirectResponse("/tracker", status_code=303)


def _refused(request: Request, exc: OncoguideError) -> Response:
    message = service.UNKNOWN if isinstance(exc, NotFound) else str(exc)
    return render(request, InvitePage(title="This invite link does not work", error=message), status_of(exc))


@sharing.get("/tracker/invite/{token}")
def invite_open(request: Request, token: str) -> Response:
    viewer = signed_in(request).user_id
    try:
        seen = service.invitation(engine_of(request), token, viewer)
    except OncoguideError as exc:
        return _refused(request, exc)
    page = InvitePage(title=f"{seen.owner_email or 'Someone'} invites you to read their treatment plan",
                      token=token, owner_email=seen.owner_email, plan=seen.plan,
                      regimen_name=_regimen_name(request, seen.plan), expires_at=seen.expires_at,
                      already_reader=seen.already_reader)
    return render(request, page)


@sharing.post("/tracker/invite/{token}")
def invite_accept(request: Request, token: str, csrf: str = Form("")) -> Response:
    viewer = signed_in(request).user_id
    check_csrf(request, csrf)
    try:
        plan = service.accept(engine_of(request), token, viewer)
    except OncoguideError as exc:
        return _refused(request, exc)
    return RedirectResponse(f"/tracker/{plan.id}", status_code=303)
