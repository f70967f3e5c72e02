"""Plans, dose logs and symptom entries, each owned by one person (owner 0 is the local CLI user).

Every function takes the owner id and filters by it, so one person's data never reaches another.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa

from ..errors import NotFound
from ..model import TreatmentPlan

LOCAL_OWNER = 0
metadata = sa.MetaData()

plans = sa.Table(
    "plans", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("owner_id", sa.Integer, nullable=False, index=True),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
)

dose_logs = sa.Table(
    "dose_logs", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    sa.Column("owner_id", sa.Integer, nullable=False, index=True),
    sa.Column("event_uid", sa.String(200), nullable=False),
    sa.Column("status", sa.String(10), nullable=False),
    # What the event was when logged: a later plan change never rewrites the past.
    sa.Column("event", sa.JSON, nullable=False),
    sa.Column("logged_at", sa.DateTime, nullable=False),
    sa.UniqueConstraint("plan_id", "event_uid", name="uq_dose_logs_event"),
)

symptoms = sa.Table(
    "symptoms", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    sa.Column("owner_id", sa.Integer, nullable=False, index=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("symptom", sa.String(40), nullable=False),
    sa.Column("answers", sa.JSON, nullable=False),
    sa.Column("level", sa.String(20), nullable=False),
)

OWNED = [dose_logs, symptoms, plans]  # child tables first, for deletion


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_plan_id() -> str:
    return uuid.uuid4().hex[:16]


def save_plan(engine: sa.Engine, owner: int, plan: TreatmentPlan) -> None:
    data = plan.model_dump(mode="json")
    with engine.begin() as conn:
        row = conn.execute(sa.select(plans.c.owner_id).where(plans.c.id == plan.id)).first()
        if row is None:
            conn.execute(plans.insert().values(id=plan.id, owner_id=owner, data=data, created_at=_now(), updated_at=_now()))
        elif row.owner_id != owner:
            raise NotFound("plan", plan.id)
        else:
            conn.execute(plans.update().where(plans.c.id == plan.id).values(data=data, updated_at=_now()))


def get_plan(engine: sa.Engine, owner: int, plan_id: str) -> TreatmentPlan:
    with engine.connect() as conn:
        data = conn.execute(sa.select(plans.c.data).where(plans.c.id == plan_id, plans.c.owner_id == owner)).scalar()
    if data is None:
        raise NotFound("plan", plan_id)
    return TreatmentPlan.model_validate(data)


def list_plans(engine: sa.Engine, owner: int) -> list[TreatmentPlan]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(plans.c.data).where(plans.c.owner_id == owner).order_by(plans.c.created_at)).scalars()
        return [TreatmentPlan.model_validate(r) for r in rows]


def delete_plan(engine: sa.Engine, owner: int, plan_id: str) -> None:
    get_plan(engine, owner, plan_id)
    with engine.begin() as conn:
        for table in (dose_logs, symptoms):
            conn.execute(table.delete().where(table.c.plan_id == plan_id, table.c.owner_id == owner))
        conn.execute(plans.delete().where(plans.c.id == plan_id, plans.c.owner_id == owner))


def log_dose(engine: sa.Engine, owner: int, plan_id: str, event: dict[str, Any], status: str) -> None:
    """Record taken / missed / skipped for one dose event; logging again replaces the status."""
    get_plan(engine, owner, plan_id)
    with engine.begin() as conn:
        conn.execute(dose_logs.delete().where(dose_logs.c.plan_id == plan_id, dose_logs.c.event_uid == event["uid"]))
        conn.execute(dose_logs.insert().values(plan_id=plan_id, owner_id=owner, event_uid=event["uid"], status=status,
                                               event=event, logged_at=_now()))


def dose_log(engine: sa.Engine, owner: int, plan_id: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(dose_logs.c.status, dose_logs.c.event, dose_logs.c.logged_at)
                            .where(dose_logs.c.plan_id == plan_id, dose_logs.c.owner_id == owner)
                            .order_by(dose_logs.c.id)).all()
    return [{"status": r.status, "event": r.event, "logged_at": r.logged_at.isoformat()} for r in rows]


def add_symptom(engine: sa.Engine, owner: int, plan_id: str, symptom: str, answers: dict[str, Any], level: str) -> None:
    get_plan(engine, owner, plan_id)
    with engine.begin() as conn:
        conn.execute(symptoms.insert().values(plan_id=plan_id, owner_id=owner, at=_now(), symptom=symptom,
                                              answers=answers, level=level))


def symptom_log(engine: sa.Engine, owner: int, plan_id: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(symptoms).where(symptoms.c.plan_id == plan_id, symptoms.c.owner_id == owner)
                            .order_by(symptoms.c.id)).all()
    return [{"at": r.at.isoformat(), "symptom": r.symptom, "answers": r.answers, "level": r.level} for r in rows]


def export_owner(engine: sa.Engine, owner: int) -> dict[str, Any]:
    """Everything stored for one person, for "download all my data"."""
    return {"plans": [{"plan": p.model_dump(mode="json"), "dose_log": dose_log(engine, owner, p.id),
                       "symptoms": symptom_log(engine, owner, p.id)} for p in list_plans(engine, owner)]}
