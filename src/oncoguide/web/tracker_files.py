"""Tracker downloads (calendar, FHIR, printable, care-team report) and the secret calendar feed.

Downloads need the owner's session, or a caregiver's the owner invited (404 for anyone else). The feed at
/tracker/feed/{token}.ics (router `feed`) needs no cookie, so calendar apps can subscribe; the token is long
and random, can be replaced or turned off, and the feed shows the plan's schedule only: no email, no log, no
notes, no symptoms. Only the owner sees the link: a caregiver's copy would outlive their access.
"""

from __future__ import annotations

import hashlib
import json

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from ..errors import InputError
from ..store import tracker as store
from ..tracker import plan_events
from ..tracker.fhir import to_fhir
from ..tracker.ics import plan_calendar
from ..tracker.printable import calendar_html, calendar_pdf
from ..tracker.report import care_team_notes, to_csv
from .security import check_csrf, engine_of
from .tracker_access import kb_of, owner_of, readable

files = APIRouter(include_in_schema=False)
feed = APIRouter(include_in_schema=False)  # no session: the secret link is the key
PRIVATE = {"cache-control": "no-store"}


def _attachment(name: str) -> dict[str, str]:
    return {"content-disposition": f'attachment; filename="{name}"', **PRIVATE}


@feed.api_route("/tracker/feed/{token}.ics", methods=["GET", "HEAD"])  # some calendar apps check with HEAD
def feed_view(request: Request, token: str) -> Response:
    plan = store.plan_for_feed(engine_of(request), token)
    body = plan_calendar(kb_of(request), plan)
    # Calendar apps poll: an unchanged plan answers 304 with no body.
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {**PRIVATE, "etag": etag, "x-robots-tag": "noindex", "referrer-policy": "no-referrer"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="text/calendar", headers=headers)


@files.post("/tracker/{plan_id}/feed")
def feed_change(request: Request, plan_id: str, csrf: str = Form(""), action: str = Form("new")) -> Response:
    """Make (or replace) the plan's feed link, or turn it off: the owner's alone."""
    owner = owner_of(request, plan_id)
    check_csrf(request, csrf)
    if action == "new":
        store.new_feed_token(engine_of(request), owner, plan_id)
    elif action == "off":
        store.revoke_feed(engine_of(request), owner, plan_id)
    else:
        raise InputError(f"Feed action must be new or off, not {action!r}.")
    return RedirectResponse(f"/tracker/{plan_id}#subscribe", status_code=303)


@files.get("/tracker/{plan_id}/calendar.ics")
def plan_ics(request: Request, plan_id: str) -> Response:
    plan = readable(request, plan_id).plan
    return Response(plan_calendar(kb_of(request), plan), media_type="text/calendar",
                    headers=_attachment(f"treatment-{plan.id}.ics"))


@files.get("/tracker/{plan_id}/fhir.json")
def plan_fhir(request: Request, plan_id: str) -> Response:
    seen = readable(request, plan_id)
    plan, owner = seen.plan, seen.owner
    engine, kb = engine_of(request), kb_of(request)
    bundle = to_fhir(kb, plan, plan_events(kb, plan), log=store.dose_log(engine, owner, plan_id),
                     symptoms=store.symptom_log(engine, owner, plan_id))
    return Response(json.dumps(bundle, indent=2), media_type="application/fhir+json",
                    headers=_attachment(f"treatment-{plan.id}.fhir.json"))


@files.get("/tracker/{plan_id}/report.csv")
def plan_report(request: Request, plan_id: str) -> Response:
    seen = readable(request, plan_id)
    plan, owner = seen.plan, seen.owner
    engine, kb = engine_of(request), kb_of(request)
    body = to_csv(kb, plan, store.dose_log(engine, owner, plan_id), store.symptom_log(engine, owner, plan_id))
    return Response(body, media_type="text/csv; charset=utf-8", headers=_attachment(f"treatment-{plan.id}-report.csv"))


@files.get("/tracker/{plan_id}/print")
def plan_print(request: Request, plan_id: str) -> Response:
    plan = readable(request, plan_id).plan
    kb = kb_of(request)
    return Response(calendar_html(kb.regimens[plan.regimen].name, plan_events(kb, plan), care_team_notes(plan)),
                    media_type="text/html", headers=PRIVATE)


@files.get("/tracker/{plan_id}/calendar.pdf")
def plan_pdf(request: Request, plan_id: str) -> Response:
    plan = readable(request, plan_id).plan
    kb = kb_of(request)
    return Response(calendar_pdf(kb.regimens[plan.regimen].name, plan_events(kb, plan), care_team_notes(plan)),
                    media_type="application/pdf", headers=_attachment(f"treatment-{plan.id}.pdf"))

