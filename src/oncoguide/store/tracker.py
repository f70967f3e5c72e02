"""Tracker tables and their reads and writes: plans, the dose log and the symptom diary, per owner.

Every function takes an Engine and an owner id, so the CLI (owner "local") and the web app (one owner per
account) share them, and one owner can never read or change another's rows.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from ..errors import InputError, NotFound, StoreError
from ..model.plan import Event, TreatmentPlan
from .tables import metadata

plans = sa.Table(
    "tracker_plans", metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("owner", sa.String(80), nullable=False, index=True),
    sa.Column("regimen", sa.String(80), nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
)

# A log row keeps its own copy of the event as it was scheduled when logged: plan changes never rewrite the past.
dose_log = sa.Table(
    "tracker_dose_log", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("plan_id", sa.String(40), sa.ForeignKey("tracker_plans.id", ondelete="CASCADE"), nullable=False),
    sa.Column("owner", sa.String(80), nullable=False),
    sa.Column("uid", sa.String(160), nullable=False),
    sa.Column("date", sa.Date, nullable=False),
    sa.Column("drug", sa.String(80), nullable=True),
    sa.Column("dose_text", sa.String(40), nullable=True),
    sa.Column("cycle", sa.Integer, nullable=True),
    sa.Column("day", sa.Integer, nullable=True),
    sa.Column("status", sa.String(12), nullable=False),
    sa.Column("note", sa.Text, nullable=True),
    sa.Column("logged_at", sa.DateTime, nullable=False),
    sa.UniqueConstraint("plan_id", "uid", name="uq_tracker_dose_log_uid"),
)

symptoms = sa.Table(
    "tracker_symptoms", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("plan_id", sa.String(40), sa.ForeignKey("tracker_plans.id", ondelete="CASCADE"), nullable=False),
    sa.Column("owner", sa.String(80), nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("symptom", sa.String(40), nullable=False),
    sa.Column("level", sa.String(20), nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
)

STATUSES = ("taken", "missed", "skipped")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _write(engine: sa.Engine, what: str, *statements: Any) -> list[Any]:
    try:
        with engine.begin() as conn:
            return [conn.execute(s) for s in statements]
    except sa.exc.IntegrityError as exc:
        raise InputError(f"could not save {what}: it conflicts with what is stored") from exc
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"could not save {what} (nothing was changed): {exc}") from exc


def save_plan(engine: sa.Engine, owner: str, plan: TreatmentPlan) -> TreatmentPlan:
    """Insert the plan, or replace the owner's plan with the same id."""
    now, data = _now(), plan.model_dump(mode="json")
    with engine.connect() as conn:
        row = conn.execute(sa.select(plans.c.owner).where(plans.c.id == plan.id)).first()
    if row is None:
        _write(engine, "the plan", plans.insert().values(id=plan.id, owner=owner, regimen=plan.regimen, data=data,
                                                          created_at=now, updated_at=now))
    elif row.owner != owner:
        raise NotFound("plan", plan.id)
    else:
        _write(engine, "the plan", plans.update().where(plans.c.id == plan.id)
               .values(data=data, regimen=plan.regimen, updated_at=now))
    return plan


def get_plan(engine: sa.Engine, owner: str, plan_id: str | None = None) -> TreatmentPlan:
    """The owner's plan by id, or their most recently changed plan."""
    query = sa.select(plans.c.data).where(plans.c.owner == owner)
    query = query.where(plans.c.id == plan_id) if plan_id else query.order_by(plans.c.updated_at.desc())
    with engine.connect() as conn:
        row = conn.execute(query.limit(1)).first()
    if row is None:
        raise NotFound("plan", plan_id or f"(any, for {owner})")
    return TreatmentPlan.model_validate(row.data)


def list_plans(engine: sa.Engine, owner: str) -> list[TreatmentPlan]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(plans.c.data).where(plans.c.owner == owner).order_by(plans.c.created_at)).all()
    return [TreatmentPlan.model_validate(r.data) for r in rows]


def log_event(engine: sa.Engine, owner: str, plan_id: str, event: Event, status: str,
              note: str | None = None) -> None:
    """Record what happened to one scheduled event; logging it again replaces the status, not the snapshot."""
    if status not in STATUSES:
        raise InputError(f"status {status!r} is not one of: {', '.join(STATUSES)}")
    get_plan(engine, owner, plan_id)  # the plan must be the owner's
    where = (dose_log.c.plan_id == plan_id) & (dose_log.c.uid == event.uid)
    with engine.connect() as conn:
        exists = conn.execute(sa.select(dose_log.c.id).where(where)).first()
    if exists:
        _write(engine, "the log entry", dose_log.update().where(where).values(status=status, note=note, logged_at=_now()))
    else:
        _write(engine, "the log entry", dose_log.insert().values(
            plan_id=plan_id, owner=owner, uid=event.uid, date=event.date, drug=event.drug, dose_text=event.dose_text,
            cycle=event.cycle, day=event.day, status=status, note=note, logged_at=_now()))


def logged(engine: sa.Engine, owner: str, plan_id: str) -> list[dict[str, Any]]:
    """The owner's log for a plan, oldest first, as stored (the event as it was when logged)."""
    cols = [dose_log.c[n] for n in ("uid", "date", "drug", "dose_text", "cycle", "day", "status", "note", "logged_at")]
    query = sa.select(*cols).where((dose_log.c.plan_id == plan_id) & (dose_log.c.owner == owner))
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query.order_by(dose_log.c.date, dose_log.c.uid))]


def add_symptom(engine: sa.Engine, owner: str, plan_id: str, symptom: str, level: str, data: dict[str, Any],
                at: dt.datetime | None = None) -> None:
    get_plan(engine, owner, plan_id)
    _write(engine, "the symptom", symptoms.insert().values(plan_id=plan_id, owner=owner, at=at or _now(),
                                                           symptom=symptom, level=level, data=data))


def symptom_diary(engine: sa.Engine, owner: str, plan_id: str) -> list[dict[str, Any]]:
    query = sa.select(symptoms.c.at, symptoms.c.symptom, symptoms.c.level, symptoms.c.data).where(
        (symptoms.c.plan_id == plan_id) & (symptoms.c.owner == owner)).order_by(symptoms.c.at)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]
