"""What the CLI and the web app do with a person's plans: one function per action, over the store."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError

from ..errors import InputError, NotFound
from ..model import Event, EventKind, KnowledgeBase, TreatmentPlan
from ..store import tracker as store
from . import log as dose_log
from .schedule import plan_events, resolve
from ..model.triage import Result, TriageError, triage


def _validated(data: dict[str, Any]) -> TreatmentPlan:
    try:
        return TreatmentPlan.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'plan'}: {e['msg'].removeprefix('Value error, ')}"
                             for e in exc.errors())
        raise InputError(f"The plan is not valid: {problems}") from exc


def new_plan(engine: sa.Engine, kb: KnowledgeBase, owner: int, **fields: Any) -> TreatmentPlan:
    """Check the plan against its regimen, then save it; nothing is written if anything is wrong."""
    plan = _validated({"id": store.new_plan_id(), **{k: v for k, v in fields.items() if v is not None}})
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
    updated = _validated(data)
    resolve(kb, updated)
    store.save_plan(engine, owner, updated)
    return updated


def calendar(engine: sa.Engine, kb: KnowledgeBase, owner: int, plan_id: str) -> list[tuple[Event, str | None]]:
    plan = store.get_plan(engine, owner, plan_id)
    return dose_log.with_log(plan_events(kb, plan), store.dose_log(engine, owner, plan_id))


def log_dose(engine: sa.Engine, kb: KnowledgeBase, owner: int, plan_id: str, day: dt.date, status: str,
             drug: str | None = None) -> list[Event]:
    """Log every oral dose of `day` (or of one drug) as taken, missed or skipped."""
    dose_log.check_status(status)
    plan = store.get_plan(engine, owner, plan_id)
    events = [e for e in plan_events(kb, plan)
              if e.kind in (EventKind.dose, EventKind.infusion) and e.date == day and (drug is None or e.drug == drug)]
    if not events:
        raise NotFound("dose", f"{drug or 'any drug'} on {day.isoformat()} (that is not a treatment day in this plan)")
    if day > dt.date.today() + dt.timedelta(days=1):
        raise InputError("A dose in the future cannot be logged yet.")
    for event in events:
        store.log_dose(engine, owner, plan_id, event.model_dump(mode="json"), status)
    return events


def check_symptom(engine: sa.Engine, kb: KnowledgeBase, owner: int, plan_id: str, symptom: str,
                  answers: dict[str, Any]) -> Result:
    """Triage one symptom by the shared rules and this plan's risks, record it in the diary, and return who to call."""
    plan = store.get_plan(engine, owner, plan_id)
    regimen, _ = resolve(kb, plan)
    result = symptom_result(kb, symptom, answers, regimen.drugs)
    store.add_symptom(engine, owner, plan_id, symptom, answers, result.level.value)
    return result


def symptom_result(kb: KnowledgeBase, symptom: str, answers: dict[str, Any], drugs: list[str]) -> Result:
    """The level for a symptom on these drugs; an answer that cannot be judged is a clear InputError."""
    if kb.triage is None:
        raise InputError("The symptom rules (content/triage.yaml) are missing, so no symptom can be checked.")
    try:
        return triage(kb.triage, symptom, answers, kb.risks(drugs))
    except TriageError as exc:
        raise InputError(str(exc)) from None
