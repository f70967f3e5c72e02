"""The web tracker: each person's plans, month calendar, dose and visit log, symptom check and history.

Every plan route looks the plan up for the signed-in person (tracker_access.py): the owner may do anything, a
caregiver the owner invited may only read (403 on any change), anyone else gets 404, never data; without a
session, pages send the browser to sign in. Downloads and the calendar feed live in tracker_files.py,
invites and caregivers in tracker_sharing.py.
"""

from __future__ import annotations

from typing import Any, ClassVar

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from ..errors import InputError, NotFound, OncoguideError
from ..model import TreatmentPlan, time_zones
from ..model.triage import Symptom
from ..store import tracker as store
from ..store.plan_state import plan_state
from ..tracker import service
from ..tracker.missed import advise
from ..tracker.sharing import shared_with
from . import tracker_pages as pages
from .accounts import render
from .security import check_csrf, engine_of
from .tracker_access import (
    kb_of,
    owned_plan,
    owner_of,
    parse_day,
    parse_moment,
    parse_time,
    public_base,
    readable,
    signed_in,
)
from .tracker_cache import cached_page
from .tracker_files import feed, files
from .tracker_medicines import router as medicine_routes
from .tracker_report import router as report_routes
from .tracker_sharing import sharing

html = APIRouter(include_in_schema=False)  # every route here needs a session: see `router` at the end
api = APIRouter(prefix="/api/tracker", tags=["tracker"], dependencies=[Depends(signed_in)])
ZONES = sorted(time_zones())


class RegimenChoice(BaseModel):
    slug: str
    name: str


class TrackerHome(pages.TrackerPage):
    """/tracker (your plans, then pick a regimen) and /tracker/new?regimen= (that regimen's form)."""

    template: ClassVar[str] = "tracker_home.html"
    email: str
    plans: list[dict[str, Any]] = []
    shared: list[dict[str, Any]] = Field([], description="Plans others let this person read, with the owner's email.")
    regimens: list[RegimenChoice] = []
    chosen: RegimenChoice | None = None
    schedules: list[tuple[str, str]] = []
    oral: bool = False
    zones: list[str] = []
    form: dict[str, str] = {}
    error: str = ""


def _home(request: Request, chosen: str | None = None, error: str = "", status: int = 200,
          form: dict[str, str] | None = None) -> Response:
    session = signed_in(request)
    kb = kb_of(request)

    def listed(plan: TreatmentPlan, **more: str) -> dict[str, Any]:
        name = kb.regimens[plan.regimen].name if plan.regimen in kb.regimens else plan.regimen
        return {"id": plan.id, "regimen": name, "start": plan.start, **more}

    engine = engine_of(request)
    plans = [listed(p) for p in store.list_plans(engine, session.user_id)]
    shared = [listed(p, owner=email) for p, email in shared_with(engine, session.user_id)]
    choices = [RegimenChoice(slug=r.slug, name=r.name) for r in sorted(kb.regimens.values(), key=lambda r: r.name)]
    page = TrackerHome(title="Your treatment tracker", email=session.email, plans=plans, shared=shared,
                       regimens=choices, error=error, form=form or {})
    if chosen:
        if chosen not in kb.regimens:
            from ..content import find_regimen

            raise NotFound("regimen", chosen, [find_regimen(kb, chosen).slug])
        regimen = kb.regimens[chosen]
        page = page.model_copy(update={
            "title": f"Start a tracker: {regimen.name}", "chosen": RegimenChoice(slug=regimen.slug, name=regimen.name),
            "schedules": [(s.id, s.name) for s in regimen.schedules], "zones": ZONES,
            "oral": any(c.route.value == "oral" for s in regimen.schedules for p in s.phases for c in p.components)})
    return render(request, page, status)


@html.get("/tracker")
def tracker_home(request: Request) -> Response:
    return _home(request)


@html.get("/tracker/new")
def tracker_new(request: Request, regimen: str | None = Query(None, max_length=80)) -> Response:
    return _home(request, chosen=regimen or None)


@html.post("/tracker/new")
def tracker_create(request: Request, csrf: str = Form(""), regimen: str = Form(""), schedule: str = Form(""),
                   start: str = Form(""), dose_time: str = Form("09:00"), timezone: str = Form("UTC"),
                   months_ahead: int = Form(12, ge=1, le=60)) -> Response:
    check_csrf(request, csrf)
    session = signed_in(request)
    kb = kb_of(request)
    form = {"schedule": schedule, "start": start, "dose_time": dose_time, "timezone": timezone}
    if regimen not in kb.regimens:
        return _home(request, None, f"Choose a regimen from the list; {regimen!r} is not one.", 400)
    try:
        day = parse_day(start)
        chosen = kb.regimens[regimen]
        if schedule and schedule not in {s.id for s in chosen.schedules}:
            raise InputError(f"Schedule {schedule!r} is not one of {chosen.name}'s schedules "
                             f"({', '.join(s.name for s in chosen.schedules)}).")
        plan = service.new_plan(engine_of(request), kb, session.user_id, regimen=regimen, schedule=schedule or None,
                                start=day, dose_time=parse_time(dose_time), timezone=timezone, months=months_ahead)
    except OncoguideError as exc:  # shown beside the form; nothing was saved
        return _home(request, regimen, str(exc), 400, form)
    return RedirectResponse(f"/tracker/{plan.id}", status_code=303)


def _symptoms(request: Request) -> dict[str, str]:
    kb = kb_of(request)
    return {k: v.name for k, v in (kb.triage.symptoms.items() if kb.triage else ())}


def _plan_page(request: Request, plan_id: str, month: str | None, message: str = "", level: str = "",
               status: int = 200) -> Response:
    seen = readable(request, plan_id)
    engine, kb, base = engine_of(request), kb_of(request), public_base(request)

    def page() -> pages.PlanPage:
        return pages.plan_page(engine, kb, seen.owner, seen.plan, month, _symptoms(request), base, message, level,
                               seen.shared_by)

    if message:
        return render(request, page(), status)
    # Everything the page is built from (tracker_cache.py): a change to any of it is a new key, never a stale page.
    # Who is looking counts too: a caregiver's view has no forms (the owner's sharing is in plan_state).
    key = ("plan", id(kb), seen.owner, seen.shared_by, seen.plan.model_dump_json(),
           plan_state(engine, seen.owner, seen.plan.id), month, service.local_now(seen.plan).date(), base)
    return cached_page(request, key, page)


@html.get("/tracker/{plan_id}")
def plan_view(request: Request, plan_id: str, month: str | None = Query(None, max_length=7)) -> Response:
    return _plan_page(request, plan_id, month)


@html.get("/tracker/{plan_id}/day/{day}")
def day_view(request: Request, plan_id: str, day: str) -> Response:
    seen = readable(request, plan_id)
    owner, plan = seen.owner, seen.plan
    engine, kb, date = engine_of(request), kb_of(request), parse_day(day)
    now = service.local_now(plan).replace(second=0, microsecond=0)
    # Today's page offers the time now (to the minute); another day's depends only on what day today is.
    moment = now if date == now.date() else now.date()
    key = ("day", id(kb), owner, seen.shared_by, plan.model_dump_json(), plan_state(engine, owner, plan.id), date,
           moment)
    return cached_page(request, key, lambda: pages.day_page(engine, kb, owner, plan, date, now=now,
                                                            shared_by=seen.shared_by))


@html.post("/tracker/{plan_id}/log")
def plan_log(request: Request, plan_id: str, csrf: str = Form(""), day: str = Form(""), status: str = Form("taken"),
             uid: str = Form(""), at: str = Form(""), note: str = Form("", max_length=2000),
             back: str = Form("")) -> Response:
    owner = owner_of(request, plan_id)
    check_csrf(request, csrf)
    date = parse_day(day)
    try:
        service.log_dose(engine_of(request), kb_of(request), owner, plan_id, date, status, uid=uid or None,
                         at=parse_time(at), note=note)
    except InputError as exc:  # the day's page again, saying what was wrong; nothing was logged
        _, plan = owned_plan(request, plan_id)
        return render(request, pages.day_page(engine_of(request), kb_of(request), owner, plan, date, str(exc)), 400)
    return _back(plan_id, date, back)


@html.post("/tracker/{plan_id}/undo")
def plan_undo(request: Request, plan_id: str, csrf: str = Form(""), day: str = Form(""), uid: str = Form(""),
              back: str = Form("")) -> Response:
    owner = owner_of(request, plan_id)
    check_csrf(request, csrf)
    date = parse_day(day)
    service.undo(engine_of(request), owner, plan_id, date, uid=uid or None)
    return _back(plan_id, date, back)


def _back(plan_id: str, date: object, back: str) -> Response:
    if back == "day":
        return RedirectResponse(f"/tracker/{plan_id}/day/{date}", status_code=303)
    return RedirectResponse(f"/tracker/{plan_id}?month={str(date)[:7]}#day-{date}", status_code=303)


@html.get("/tracker/{plan_id}/history")
def history_view(request: Request, plan_id: str) -> Response:
    seen = readable(request, plan_id)
    return render(request, pages.history_page(engine_of(request), kb_of(request), seen.owner, seen.plan, seen.shared_by))


def _symptom_rules(request: Request, key: str) -> Symptom:
    kb = kb_of(request)
    if kb.triage is None or key not in kb.triage.symptoms:
        raise InputError(f"Choose a symptom from the list, not {key!r}.")
    return kb.triage.symptoms[key]


@html.get("/tracker/{plan_id}/symptom")
def symptom_questions(request: Request, plan_id: str, symptom: str = Query("", max_length=40)) -> Response:
    _, plan = owned_plan(request, plan_id)  # the form records a symptom check: the owner's alone (403 caregiver, 404 others)
    body = _symptom_rules(request, symptom)
    return render(request, pages.SymptomPage(title=f"Check a symptom: {body.name}", plan_id=plan_id, key=symptom, symptom=body,
                                             timezone=plan.timezone, now=f"{service.local_now(plan):%Y-%m-%dT%H:%M}"))


@html.post("/tracker/{plan_id}/symptom")
async def plan_symptom(request: Request, plan_id: str) -> Response:
    owner = owner_of(request, plan_id)
    form = await request.form()
    check_csrf(request, str(form.get("csrf", "")))
    symptom = str(form.get("symptom", ""))
    answers = {k: str(v) for k, v in form.items()
               if k not in ("csrf", "symptom", "started") and str(v) not in ("", "unsure")}
    try:
        started = parse_moment(str(form.get("started", "")))
        result = service.check_symptom(engine_of(request), kb_of(request), owner, plan_id, symptom, answers, started)
    except InputError as exc:
        return _plan_page(request, plan_id, None, str(exc), "error", 400)
    assumed = "".join(f" You did not answer: {q} We counted it as yes, to be safe." for q in result.assumed)
    return _plan_page(request, plan_id, None, f"{result.headline} {result.reason}{assumed}", result.level.value)


@html.post("/tracker/{plan_id}/missed")
def plan_missed(request: Request, plan_id: str, csrf: str = Form(""), drug: str = Form(""), now: str = Form("")) -> Response:
    """What the drug's missed-dose rule says: nothing is stored, so a caregiver may ask too."""
    plan = readable(request, plan_id).plan
    check_csrf(request, csrf)
    kb = kb_of(request)
    if drug not in dict(pages.oral_drugs(kb, plan)):
        raise InputError("Choose one of the drugs you take by mouth.")
    moment = service.local_now(plan).replace(second=0, microsecond=0)
    given = parse_time(now)
    if given is None:
        raise InputError("Give the time now as HH:MM.")
    advice = advise(kb.drugs[drug], plan.dose_time, moment.replace(hour=given.hour, minute=given.minute))
    return _plan_page(request, plan_id, None, " ".join(advice.lines()), "info")


@html.post("/tracker/{plan_id}/contacts")
def plan_contacts(request: Request, plan_id: str, csrf: str = Form(""), action: str = Form("add"),
                  name: str = Form("", max_length=200), daytime: str = Form("", max_length=60),
                  after_hours: str = Form("", max_length=60)) -> Response:
    owner = owner_of(request, plan_id)
    check_csrf(request, csrf)
    contact = {"name": name.strip(), "daytime": daytime.strip(), "after_hours": after_hours.strip()}
    try:
        service.set_care_team(engine_of(request), owner, plan_id, contact if action != "clear" else None)
    except InputError as exc:
        return _plan_page(request, plan_id, None, str(exc), "error", 400)
    return RedirectResponse(f"/tracker/{plan_id}#care-team", status_code=303)


@html.get("/tracker/{plan_id}/changes")
def changes_view(request: Request, plan_id: str) -> Response:
    seen = readable(request, plan_id)
    return render(request, pages.changes_page(kb_of(request), seen.plan, shared_by=seen.shared_by))


@html.post("/tracker/{plan_id}/changes")
def plan_change(request: Request, plan_id: str, csrf: str = Form(""), kind: str = Form(""),
                cycle: str = Form(""), days: str = Form(""), drug: str = Form(""), start: str = Form(""),
                end: str = Form(""), dose: str = Form("")) -> Response:
    """Record a delay, a hold, a new dose or a stop; the calendar, the feed and the exports follow it."""
    owner, plan = owned_plan(request, plan_id)
    check_csrf(request, csrf)
    fields: dict[str, dict[str, Any]] = {"delay": {"delay": {"cycle": cycle, "days": days}},
              "hold": {"hold": {"drug": drug, "start": start, "end": end}},
              "dose": {"dose_change": {"drug": drug, "start": start, "dose": dose}},
              "stop": {"stop": start}}
    try:
        if kind not in fields:
            raise InputError(f"Say what changed: a delay, a hold, a dose or a stop, not {kind!r}.")
        service.change_plan(engine_of(request), kb_of(request), owner, plan_id, **fields[kind])
    except InputError as exc:  # the page again, saying what was wrong; the plan is unchanged
        return render(request, pages.changes_page(kb_of(request), plan, str(exc)), 400)
    return RedirectResponse(f"/tracker/{plan_id}/changes", status_code=303)


@html.get("/tracker/{plan_id}/delete")
def plan_delete_confirm(request: Request, plan_id: str) -> Response:
    owner, plan = owned_plan(request, plan_id)
    return render(request, pages.delete_page(engine_of(request), kb_of(request), owner, plan))


@html.post("/tracker/{plan_id}/delete")
def plan_delete(request: Request, plan_id: str, csrf: str = Form(""), confirm: str = Form("")) -> Response:
    owner = owner_of(request, plan_id)
    check_csrf(request, csrf)
    if confirm != "yes":
        raise InputError("A plan is deleted only from its confirmation page: open it and press the Delete button.")
    store.delete_plan(engine_of(request), owner, plan_id)
    return RedirectResponse("/tracker", status_code=303)


@api.get("/plans", summary="Your plans (needs the session cookie)")
def api_plans(request: Request) -> list[TreatmentPlan]:
    return store.list_plans(engine_of(request), signed_in(request).user_id)


class SharedPlan(BaseModel):
    """A plan someone else owns and shared with you to read."""

    owner: str = Field(description="The owner's email.")
    plan: TreatmentPlan


@api.get("/shared", summary="Plans others shared with you to read (needs the session cookie)")
def api_shared(request: Request) -> list[SharedPlan]:
    return [SharedPlan(owner=email, plan=plan) for plan, email in shared_with(engine_of(request), signed_in(request).user_id)]


@api.get("/plans/{plan_id}/events",
         summary="Dated events of one of your plans (or one shared with you to read), with what was logged")
def api_events(request: Request, plan_id: str) -> list[dict[str, Any]]:
    seen = readable(request, plan_id)
    return [{**e.model_dump(mode="json"), "logged": entry.status if entry else None,
             "taken_at": entry.at.isoformat() if entry and entry.at else None, "note": entry.note if entry else None}
            for e, entry in service.calendar(engine_of(request), kb_of(request), seen.owner, plan_id)]


html.include_router(files)
html.include_router(medicine_routes)
html.include_router(report_routes)
html.include_router(sharing)
# What the app serves: the secret feed link is its own key (no session); every other page needs a session,
# checked before any lookup (tracker_access.signed_in).
router = APIRouter(include_in_schema=False)
router.include_router(feed)
router.include_router(html, dependencies=[Depends(signed_in)])
