"""What the CLI and the web app do with a person's plans: one function per action, over the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from pydantic import ValidationError

from ..errors import InputError, NotFound, ReadOnly
from ..model import Event, KnowledgeBase, LogStatus, TreatmentPlan
from ..model.triage import Result, TriageError, triage
from ..store import tracker as store
from . import log as dose_log
from .schedule import plan_events, resolve


def _validated(data: dict[str, Any]) -> TreatmentPlan:
    try:
        return TreatmentPlan.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'plan'}: {e['msg'].removeprefix('Value error, ')}"
                             for e in exc.errors())
        raise InputError(f"The plan is not valid: {problems}") from exc


@dataclass(frozen=True)
class Access:
    """A plan as one signed-in person may see it: their own, or someone's they were invited to read."""

    plan: TreatmentPlan
    owner: int  # whose data it is: every read of the log and diary filters by this id
    owner_email: str
    viewer: int

    @property
    def read_only(self) -> bool:
        return self.viewer != self.owner

    @property
    def shared_by(self) -> str:
        """Whose plan a caregiver is reading (never empty for them); empty for the owner."""
        return (self.owner_email or "another account") if self.read_only else ""


def access(engine: sa.Engine, viewer: int, plan_id: str) -> Access:
    """The plan if `viewer` owns it or may read it (a caregiver); for anyone else it does not exist (NotFound)."""
    found = store.plan_access(engine, viewer, plan_id)
    if found is None:
        raise NotFound("plan", plan_id)
    owner, email = found
    return Access(plan=store.get_plan(engine, owner, plan_id), owner=owner, owner_email=email, viewer=viewer)


def owned(engine: sa.Engine, viewer: int, plan_id: str) -> TreatmentPlan:
    """The plan, for a change only its owner may make; a caregiver is refused (ReadOnly), anyone else NotFound."""
    seen = access(engine, viewer, plan_id)
    if seen.read_only:
        raise ReadOnly(f"This plan belongs to {seen.owner_email or 'someone else'}. They shared it with you to read, "
                       "so you cannot change anything in it.")
    return seen.plan


MAX_AHEAD = dt.timedelta(days=366)
NOTE_LENGTH = 500


def local_now(plan: TreatmentPlan) -> dt.datetime:
    """The wall-clock time now where the person lives (naive, in the plan's time zone)."""
    return dt.datetime.now(ZoneInfo(plan.timezone)).replace(tzinfo=None)


def new_plan(engine: sa.Engine, kb: KnowledgeBase, owner: int, **fields: Any) -> TreatmentPlan:
    """Check the plan against its regimen, then save it; nothing is written if anything is wrong."""
    plan = _validated({"id": store.new_plan_id(), **{k: v for k, v in fields.items() if v is not None}})
    if plan.start > local_now(plan).date() + MAX_AHEAD:
        raise InputError(f"The start date {plan.start} is more than a year from today. Check the year.")
    resolve(kb, plan)
    plan_events(kb, plan)
    store.save_plan(engine, owner, plan)
    return plan


def change_plan(engine: sa.Engine, kb: KnowledgeBase, owner: int, plan_id: str, **change: Any) -> TreatmentPlan:
    """Apply a care-team change: `delay`, `hold` or `dose_change` (appended) or `stop` (a date)."""
    plan = store.get_plan(engine, owner, plan_id)
    data = plan.model_dump(mode="json")
    for key, field in (("delay", "delays"), ("hold", "holds"), ("dose_change", "dose_changes")):
        if change.get(key):
            data[field] = [*data[field], change[key]]
    if change.get("stop"):
        data["stop"] = change["stop"]
    data["revision"] = plan.revision + 1
    updated = _validated(data)
    resolve(kb, updated)
    store.save_plan(engine, owner, updated)
    return updated


def set_care_team(engine: sa.Engine, owner: int, plan_id: str, add: dict[str, Any] | None = None) -> TreatmentPlan:
    """Add one contact to the plan's care team, or (with nothing to add) clear the list."""
    plan = store.get_plan(engine, owner, plan_id)
    data = plan.model_dump(mode="json")
    data["care_team"] = [*data["care_team"], {k: v for k, v in add.items() if v}] if add else []
    updated = _validated(data)
    store.save_plan(engine, owner, updated)
    return updated


def calendar(engine: sa.Engine, kb: KnowledgeBase, owner: int, plan_id: str) -> list[tuple[Event, dose_log.Logged | None]]:
    """Every event of the plan with its standing log entry (or None)."""
    plan = store.get_plan(engine, owner, plan_id)
    return dose_log.with_log(plan_events(kb, plan), store.dose_log(engine, owner, plan_id))


def day_events(kb: KnowledgeBase, plan: TreatmentPlan, day: dt.date, now: dt.datetime | None = None) -> list[Event]:
    """Events of one day of the plan that can be logged; a day outside the plan or in the future is refused."""
    events = plan_events(kb, plan)
    today = (now or local_now(plan)).date()
    if day > today:
        raise InputError(f"{day:%d %B %Y} is in the future: you can log a day once it has come.")
    if not events or not events[0].date <= day <= events[-1].date:
        first, last = (events[0].date, events[-1].date) if events else (plan.start, plan.start)
        raise InputError(f"{day:%d %B %Y} is not a day of this plan (it runs from {first:%d %B %Y} to {last:%d %B %Y}).")
    return [e for e in events if e.date == day and dose_log.statuses_for(e.kind)]


def log_dose(engine: sa.Engine, kb: KnowledgeBase, owner: int, plan_id: str, day: dt.date, status: str,
             drug: str | None = None, uid: str | None = None, at: dt.time | None = None, note: str | None = None,
             now: dt.datetime | None = None) -> list[Event]:
    """Log one event of `day` (by `uid`), or every event of that day the status fits (one drug's, with `drug`).

    Taken or vomited records a time: the one given, else now (today) or the scheduled time (an earlier day).
    Earlier entries stay in the log; the new one stands until it is edited or undone.
    """
    plan = store.get_plan(engine, owner, plan_id)
    value = dose_log.check_status(status)
    now = now or local_now(plan)
    note = (note or "").strip() or None
    if note and len(note) > NOTE_LENGTH:
        raise InputError(f"A note can be {NOTE_LENGTH} characters at most; this one has {len(note)}.")
    candidates = [e for e in day_events(kb, plan, day, now) if (uid is None or e.uid == uid) and (drug is None or e.drug == drug)]
    if uid is not None and not candidates:
        raise InputError(f"There is no event {uid!r} on {day:%d %B %Y} in this plan.")
    if uid is not None:
        dose_log.check_status(status, candidates[0].kind)
    events = [e for e in candidates if value in dose_log.statuses_for(e.kind)]
    if not events:
        what = "dose by mouth" if value in dose_log.DOSE else "clinic visit or test"
        raise InputError(f"There is no {what} to log as {value.value} on {day:%d %B %Y}"
                         f"{f' for {drug}' if drug else ''}.")
    if uid is None and day == now.date():
        # "Taken" for today logs the doses already due, not this evening's dose of a twice-a-day drug.
        due = [e for e in events if e.time is None or e.time <= now.time()]
        if not due:
            raise InputError(f"Your next dose today is at {min(e.time for e in events if e.time):%H:%M}; "
                             "log it once it has happened.")
        events = due
    entries = [(event.model_dump(mode="json"), _moment(event, value, day, at, now)) for event in events]
    store.log_entries(engine, owner, plan_id, entries, value.value, note)  # all or nothing
    return events


def _moment(event: Event, status: LogStatus, day: dt.date, at: dt.time | None, now: dt.datetime) -> dt.datetime | None:
    if status not in dose_log.TIMED:
        return None
    moment = dt.datetime.combine(day, at) if at else now if day == now.date() else dt.datetime.combine(day, event.time or dt.time(12))
    if moment > now:
        raise InputError(f"{moment:%d %B %Y %H:%M} is in the future: log a dose once it has happened.")
    return moment


def undo(engine: sa.Engine, owner: int, plan_id: str, day: dt.date, uid: str | None = None,
         drug: str | None = None) -> list[Event]:
    """Take back the standing entry of one event of `day` (or of each, or of one drug's); the one before stands again."""
    store.get_plan(engine, owner, plan_id)  # someone else's plan is not found, not "nothing to undo"
    standing = dose_log.current(store.dose_log(engine, owner, plan_id))
    events = [e for key, (e, _) in standing.items()
              if e.date == day and (uid is None or key == uid) and (drug is None or e.drug == drug)]
    if not events:
        raise InputError(f"Nothing logged on {day:%d %B %Y} is left to undo.")
    store.log_entries(engine, owner, plan_id, [(e.model_dump(mode="json"), None) for e in events], dose_log.UNDO)
    return events


SYMPTOM_PAST_DAYS = 90  # how far back a symptom's start may be given; older belongs in a talk with the team


def check_symptom(engine: sa.Engine, kb: KnowledgeBase, owner: int, plan_id: str, symptom: str,
                  answers: dict[str, Any], started: dt.datetime | None = None, now: dt.datetime | None = None) -> Result:
    """Triage one symptom by the shared rules and this plan's risks, record it in the diary, and return who to call.

    `started` is when the symptom began, at the plan's local time, if the person gave it.
    """
    plan = store.get_plan(engine, owner, plan_id)
    regimen, _ = resolve(kb, plan)
    now = now or local_now(plan)
    if started is not None and started > now:
        raise InputError(f"{started:%d %B %Y %H:%M} is in the future: give the time the symptom started.")
    if started is not None and started < now - dt.timedelta(days=SYMPTOM_PAST_DAYS):
        raise InputError(f"{started:%d %B %Y} is more than {SYMPTOM_PAST_DAYS} days ago. For a symptom that old, "
                         "tell your care team at your next visit.")
    result = symptom_result(kb, symptom, answers, regimen.drugs)
    utc = started.replace(tzinfo=ZoneInfo(plan.timezone)).astimezone(dt.UTC).replace(tzinfo=None) if started else None
    store.add_symptom(engine, owner, plan_id, symptom, answers, result.level.value, result.grade, utc)
    return result


def symptom_result(kb: KnowledgeBase, symptom: str, answers: dict[str, Any], drugs: list[str]) -> Result:
    """The level for a symptom on these drugs; an answer that cannot be judged is a clear InputError."""
    if kb.triage is None:
        raise InputError("The symptom rules (content/triage.yaml) are missing, so no symptom can be checked.")
    try:
        return triage(kb.triage, symptom, answers, kb.risks(drugs))
    except TriageError as exc:
        raise InputError(str(exc)) from None
