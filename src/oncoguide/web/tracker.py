"""The web tracker: each person's plans, month calendar, one-tap dose log, symptom check and downloads.

Every route looks plans up by the signed-in owner, so another person's plan id gives 404, never data.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, ClassVar

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from ..errors import AuthError, InputError, OncoguideError
from ..model import Event, EventKind, TreatmentPlan
from ..site.models import Page
from ..store import accounts
from ..store import tracker as store
from ..tracker import plan_events, removed_events, service
from ..tracker.fhir import to_fhir
from ..tracker.ics import to_ics
from ..tracker.log import adherence
from ..tracker.missed import advise
from ..tracker.printable import calendar_html, calendar_pdf, month_grid
from ..model.triage import Symptom
from .accounts import render
from .security import check_csrf, current_session, engine_of

html = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/tracker", tags=["tracker"])


class RegimenChoice(BaseModel):
    slug: str
    name: str
    schedules: list[tuple[str, str]]


class TrackerHome(Page):
    template: ClassVar[str] = "tracker_home.html"
    kind: str = "tracker"  # type: ignore[assignment]
    email: str
    plans: list[dict[str, Any]] = []
    regimens: list[RegimenChoice] = []
    chosen: str | None = None
    error: str = ""


class DayCell(BaseModel):
    date: dt.date | None
    kind: str = ""
    events: list[tuple[Event, str | None]] = []


class PlanPage(Page):
    template: ClassVar[str] = "tracker_plan.html"
    kind: str = "tracker"  # type: ignore[assignment]
    plan: TreatmentPlan
    regimen_name: str
    month: str
    prev_month: str | None
    next_month: str | None
    weeks: list[list[DayCell]]
    today: dt.date
    adherence: list[dict[str, Any]] = []
    symptoms: dict[str, str] = {}
    message: str = ""
    message_level: str = ""
    oral_drugs: list[tuple[str, str]] = []


def _session(request: Request) -> accounts.Session:
    session = current_session(request)
    if session is None:
        raise AuthError("Sign in to see your tracker.")
    return session


def _kb(request: Request):  # noqa: ANN202
    return request.app.state.site.kb


def _login_redirect(request: Request) -> Response | None:
    if current_session(request) is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/signin?next={target}", status_code=303)
    return None


def _home(request: Request, chosen: str | None = None, error: str = "", status: int = 200) -> Response:
    session = _session(request)
    kb = _kb(request)
    plans = [{"id": p.id, "regimen": kb.regimens[p.regimen].name if p.regimen in kb.regimens else p.regimen,
              "start": p.start} for p in store.list_plans(engine_of(request), session.user_id)]
    choices = [RegimenChoice(slug=r.slug, name=r.name, schedules=[(s.id, s.name) for s in r.schedules])
               for r in sorted(kb.regimens.values(), key=lambda r: r.name)]
    page = TrackerHome(title="Your treatment tracker", email=session.email, plans=plans, regimens=choices,
                       chosen=chosen, error=error)
    return render(request, page, status)


@html.get("/tracker")
def tracker_home(request: Request) -> Response:
    return _login_redirect(request) or _home(request)


@html.get("/tracker/new")
def tracker_new(request: Request, regimen: str | None = None) -> Response:
    return _login_redirect(request) or _home(request, chosen=regimen)


@html.post("/tracker/new")
def tracker_create(request: Request, csrf: str = Form(""), regimen: str = Form(""), schedule: str = Form(""),
                   start: str = Form(""), dose_time: str = Form("09:00"), timezone: str = Form("UTC"),
                   months_ahead: int = Form(12)) -> Response:
    check_csrf(request, csrf)
    session = _session(request)
    kb = _kb(request)
    try:
        day = dt.date.fromisoformat(start)
    except ValueError:
        return _home(request, regimen, f"The start date {start!r} is not a real date.", 400)
    chosen = kb.regimens.get(regimen)
    variant = schedule if chosen and schedule in {s.id for s in chosen.schedules} else None
    try:
        plan = service.new_plan(engine_of(request), kb, session.user_id, regimen=regimen, schedule=variant,
                                start=day, dose_time=dose_time, timezone=timezone, months=months_ahead)
    except OncoguideError as exc:  # shown beside the form; nothing was saved
        return _home(request, regimen, str(exc), 400)
    return RedirectResponse(f"/tracker/{plan.id}", status_code=303)


def _month_bounds(value: str | None, plan: TreatmentPlan, today: dt.date) -> dt.date:
    if value:
        try:
            return dt.date.fromisoformat(value + "-01")
        except ValueError:
            raise InputError(f"Month {value!r} should look like 2026-03.") from None
    anchor = today if plan.start <= today else plan.start
    return anchor.replace(day=1)


def _plan_page(request: Request, plan_id: str, month: str | None, message: str = "", level: str = "",
               status: int = 200) -> Response:
    session = _session(request)
    kb, engine = _kb(request), engine_of(request)
    pairs = service.calendar(engine, kb, session.user_id, plan_id)
    plan = store.get_plan(engine, session.user_id, plan_id)
    today = dt.date.today()
    first = _month_bounds(month, plan, today)
    status_of = {e.uid: s for e, s in pairs}
    label = f"{first:%B %Y}"
    weeks = [[DayCell(date=d.date, kind=d.css, events=[(e, status_of.get(e.uid)) for e in d.events
                                                       if e.kind != EventKind.rest]) for d in week]
             for week in month_grid(first.year, first.month, [e for e, _ in pairs])]
    dates = [e.date for e, _ in pairs] or [plan.start]
    prev_m = (first - dt.timedelta(days=1)).replace(day=1)
    next_m = (first + dt.timedelta(days=32)).replace(day=1)
    regimen = kb.regimens[plan.regimen]
    oral = sorted({(c.drug, kb.drugs[c.drug].generic_name) for s in regimen.schedules for p in s.phases
                   for c in p.components if c.route.value == "oral" and c.drug in kb.drugs})
    page = PlanPage(
        title=f"Tracker: {regimen.name}", plan=plan, regimen_name=regimen.name, month=label,
        prev_month=f"{prev_m:%Y-%m}" if prev_m >= min(dates).replace(day=1) else None,
        next_month=f"{next_m:%Y-%m}" if next_m <= max(dates) else None,
        weeks=weeks, today=today,
        adherence=[{"cycle": a.cycle, "due": a.due, "taken": a.taken, "missed": a.missed, "skipped": a.skipped,
                    "share": a.share} for a in adherence([e for e, _ in pairs], store.dose_log(engine, session.user_id, plan_id), today)],
        symptoms={k: v.name for k, v in (kb.triage.symptoms.items() if kb.triage else ())},
        message=message, message_level=level, oral_drugs=oral,
    )
    return render(request, page, status)


@html.get("/tracker/{plan_id}")
def plan_view(request: Request, plan_id: str, month: str | None = Query(None, max_length=7)) -> Response:
    return _login_redirect(request) or _plan_page(request, plan_id, month)


@html.post("/tracker/{plan_id}/log")
def plan_log(request: Request, plan_id: str, csrf: str = Form(""), day: str = Form(""), status: str = Form("taken"),
             month: str = Form("")) -> Response:
    check_csrf(request, csrf)
    session = _session(request)
    try:
        date = dt.date.fromisoformat(day)
    except ValueError:
        raise InputError(f"{day!r} is not a date.") from None
    service.log_dose(engine_of(request), _kb(request), session.user_id, plan_id, date, status)
    return RedirectResponse(f"/tracker/{plan_id}?month={month or f'{date:%Y-%m}'}#day-{date.isoformat()}", status_code=303)


class SymptomPage(Page):
    """The follow-up questions of one symptom, asked as yes / no / not sure (unanswered counts as the worse case)."""

    template: ClassVar[str] = "tracker_symptom.html"
    kind: str = "tracker"  # type: ignore[assignment]
    plan_id: str
    key: str
    symptom: Symptom


def _symptom_rules(request: Request, key: str) -> Symptom:
    kb = _kb(request)
    if kb.triage is None or key not in kb.triage.symptoms:
        raise InputError(f"Choose a symptom from the list, not {key!r}.")
    return kb.triage.symptoms[key]


@html.get("/tracker/{plan_id}/symptom")
def symptom_questions(request: Request, plan_id: str, symptom: str = Query("", max_length=40)) -> Response:
    if redirect := _login_redirect(request):
        return redirect
    store.get_plan(engine_of(request), _session(request).user_id, plan_id)  # 404 for another person's plan
    body = _symptom_rules(request, symptom)
    return render(request, SymptomPage(title=f"Check a symptom: {body.name}", plan_id=plan_id, key=symptom, symptom=body))


@html.post("/tracker/{plan_id}/symptom")
async def plan_symptom(request: Request, plan_id: str) -> Response:
    form = await request.form()
    check_csrf(request, str(form.get("csrf", "")))
    session = _session(request)
    symptom = str(form.get("symptom", ""))
    answers = {k: str(v) for k, v in form.items() if k not in ("csrf", "symptom") and str(v) not in ("", "unsure")}
    try:
        result = service.check_symptom(engine_of(request), _kb(request), session.user_id, plan_id, symptom, answers)
    except InputError as exc:
        return _plan_page(request, plan_id, None, str(exc), "error", 400)
    assumed = "".join(f" You did not answer: {q} We counted it as yes, to be safe." for q in result.assumed)
    return _plan_page(request, plan_id, None, f"{result.headline} {result.reason}{assumed}", result.level.value)


@html.post("/tracker/{plan_id}/missed")
def plan_missed(request: Request, plan_id: str, csrf: str = Form(""), drug: str = Form(""), now: str = Form("")) -> Response:
    check_csrf(request, csrf)
    session = _session(request)
    plan = store.get_plan(engine_of(request), session.user_id, plan_id)
    kb = _kb(request)
    if drug not in kb.drugs:
        raise InputError("Choose one of the drugs you take by mouth.")
    try:
        moment = dt.datetime.combine(dt.date.today(), dt.time.fromisoformat(now))
    except ValueError:
        raise InputError("Give the time now as HH:MM.") from None
    advice = advise(kb.drugs[drug], plan.dose_time, moment)
    return _plan_page(request, plan_id, None, " ".join(advice.lines()), "info")


@html.post("/tracker/{plan_id}/delete")
def plan_delete(request: Request, plan_id: str, csrf: str = Form("")) -> Response:
    check_csrf(request, csrf)
    store.delete_plan(engine_of(request), _session(request).user_id, plan_id)
    return RedirectResponse("/tracker", status_code=303)


def _owned(request: Request, plan_id: str) -> tuple[TreatmentPlan, list[Event]]:
    plan = store.get_plan(engine_of(request), _session(request).user_id, plan_id)
    return plan, plan_events(_kb(request), plan)


@html.get("/tracker/{plan_id}/calendar.ics")
def plan_ics(request: Request, plan_id: str) -> Response:
    plan, events = _owned(request, plan_id)
    kb = _kb(request)
    body = to_ics(plan, events, kb.regimens[plan.regimen].name, removed=removed_events(kb, plan, events))
    return Response(body, media_type="text/calendar", headers={
        "content-disposition": f'attachment; filename="treatment-{plan.id}.ics"', "cache-control": "no-store"})


@html.get("/tracker/{plan_id}/fhir.json")
def plan_fhir(request: Request, plan_id: str) -> Response:
    plan, events = _owned(request, plan_id)
    return Response(json.dumps(to_fhir(_kb(request), plan, events), indent=2), media_type="application/fhir+json",
                    headers={"content-disposition": f'attachment; filename="treatment-{plan.id}.fhir.json"',
                             "cache-control": "no-store"})


@html.get("/tracker/{plan_id}/print")
def plan_print(request: Request, plan_id: str) -> Response:
    plan, events = _owned(request, plan_id)
    return Response(calendar_html(_kb(request).regimens[plan.regimen].name, events), media_type="text/html",
                    headers={"cache-control": "no-store"})


@html.get("/tracker/{plan_id}/calendar.pdf")
def plan_pdf(request: Request, plan_id: str) -> Response:
    plan, events = _owned(request, plan_id)
    return Response(calendar_pdf(_kb(request).regimens[plan.regimen].name, events), media_type="application/pdf",
                    headers={"content-disposition": f'attachment; filename="treatment-{plan.id}.pdf"', "cache-control": "no-store"})


@api.get("/plans", summary="Your plans (needs the session cookie)")
def api_plans(request: Request) -> list[TreatmentPlan]:
    return store.list_plans(engine_of(request), _session(request).user_id)


@api.get("/plans/{plan_id}/events", summary="Dated events of one of your plans, with what you logged")
def api_events(request: Request, plan_id: str) -> list[dict[str, Any]]:
    session = _session(request)
    return [{**e.model_dump(mode="json"), "logged": s}
            for e, s in service.calendar(engine_of(request), _kb(request), session.user_id, plan_id)]
