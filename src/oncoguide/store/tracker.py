"""Plans, dose logs, symptom entries and calendar-feed tokens, each owned by one person (owner 0: the local CLI user).

Every function takes the owner id and filters by it, so one person's data never reaches another. The dose log
is append-only: an edit or an undo adds a row, and the latest row of an event wins (tracker/log.py).
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from typing import Any

import sqlalchemy as sa

from ..errors import NotFound
from ..model import TreatmentPlan
from .tables import metadata  # the one MetaData: store/schema.py gathers every table on it

LOCAL_OWNER = 0

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
    sa.Column("taken_at", sa.DateTime, nullable=True),  # wall-clock time in the plan's time zone
    sa.Column("note", sa.Text, nullable=True),
    sa.Index("ix_dose_logs_plan_event", "plan_id", "event_uid"),
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

plan_feeds = sa.Table(
    "plan_feeds", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    sa.Column("owner_id", sa.Integer, nullable=False, index=True),
    sa.Column("token", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("revoked_at", sa.DateTime, nullable=True),
)

# The other medicines a person lists on a plan (store/medicines.py reads and writes them).
other_medicines = sa.Table(
    "other_medicines", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("owner_id", sa.Integer, nullable=False, index=True),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("note", sa.String(200), nullable=True),
    sa.Column("added_at", sa.DateTime, nullable=False),
    sqlite_autoincrement=True,  # ids never come back after a removal, so (plan, ids) names one list
)

OWNED = [dose_logs, symptoms, plan_feeds, other_medicines, plans]  # child tables first, for deletion


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
        for table in (dose_logs, symptoms, plan_feeds, other_medicines):
            conn.execute(table.delete().where(table.c.plan_id == plan_id, table.c.owner_id == owner))
        conn.execute(plans.delete().where(plans.c.id == plan_id, plans.c.owner_id == owner))


def log_dose(engine: sa.Engine, owner: int, plan_id: str, event: dict[str, Any], status: str,
             taken_at: dt.datetime | None = None, note: str | None = None) -> None:
    """Append one entry for one event (a status, or "undo"); earlier entries stay as history."""
    log_entries(engine, owner, plan_id, [(event, taken_at)], status, note)


def log_entries(engine: sa.Engine, owner: int, plan_id: str, entries: list[tuple[dict[str, Any], dt.datetime | None]],
                status: str, note: str | None = None) -> None:
    """Append one entry per (event, time taken), in one transaction: all are written or none."""
    get_plan(engine, owner, plan_id)
    now = _now()
    with engine.begin() as conn:
        conn.execute(dose_logs.insert(), [{"plan_id": plan_id, "owner_id": owner, "event_uid": event["uid"],
                                           "status": status, "event": event, "logged_at": now, "taken_at": taken_at,
                                           "note": note or None} for event, taken_at in entries])


def dose_log(engine: sa.Engine, owner: int, plan_id: str) -> list[dict[str, Any]]:
    """Every entry of the plan's log, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(dose_logs.c.id, dose_logs.c.status, dose_logs.c.event, dose_logs.c.logged_at,
                                      dose_logs.c.taken_at, dose_logs.c.note)
                            .where(dose_logs.c.plan_id == plan_id, dose_logs.c.owner_id == owner)
                            .order_by(dose_logs.c.id)).all()
    return [{"id": r.id, "status": r.status, "event": r.event, "logged_at": r.logged_at.isoformat(),
             "taken_at": r.taken_at.isoformat() if r.taken_at else None, "note": r.note} for r in rows]


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


def feed_token(engine: sa.Engine, owner: int, plan_id: str) -> str | None:
    """The plan's live calendar-feed token, if the person made one."""
    with engine.connect() as conn:
        return conn.execute(sa.select(plan_feeds.c.token).where(
            plan_feeds.c.plan_id == plan_id, plan_feeds.c.owner_id == owner, plan_feeds.c.revoked_at.is_(None))).scalar()


def new_feed_token(engine: sa.Engine, owner: int, plan_id: str) -> str:
    """Revoke the plan's feed token (if any) and make a new one: old subscriptions stop working."""
    get_plan(engine, owner, plan_id)
    token = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        _revoke(conn, owner, plan_id)
        conn.execute(plan_feeds.insert().values(plan_id=plan_id, owner_id=owner, token=token, created_at=_now()))
    return token


def revoke_feed(engine: sa.Engine, owner: int, plan_id: str) -> None:
    get_plan(engine, owner, plan_id)
    with engine.begin() as conn:
        _revoke(conn, owner, plan_id)


def _revoke(conn: sa.Connection, owner: int, plan_id: str) -> None:
    conn.execute(plan_feeds.update().where(plan_feeds.c.plan_id == plan_id, plan_feeds.c.owner_id == owner,
                                           plan_feeds.c.revoked_at.is_(None)).values(revoked_at=_now()))


def plan_for_feed(engine: sa.Engine, token: str) -> TreatmentPlan:
    """The plan behind a live feed token; a revoked or unknown token is not found."""
    with engine.connect() as conn:
        data = conn.execute(sa.select(plans.c.data).join(plan_feeds, plan_feeds.c.plan_id == plans.c.id)
                            .where(plan_feeds.c.token == token, plan_feeds.c.revoked_at.is_(None),
                                   plan_feeds.c.owner_id == plans.c.owner_id)).scalar()
    if data is None:
        raise NotFound("calendar feed", "(this link)")
    return TreatmentPlan.model_validate(data)


def export_owner(engine: sa.Engine, owner: int) -> dict[str, Any]:
    """Everything stored for one person, for "download all my data"."""
    return {"plans": [{"plan": p.model_dump(mode="json"), "dose_log": dose_log(engine, owner, p.id),
                       "symptoms": symptom_log(engine, owner, p.id), "other_medicines": list_medicines(engine, owner, p.id)}
                      for p in list_plans(engine, owner)]}


def list_medicines(engine: sa.Engine, owner: int, plan_id: str) -> list[dict[str, Any]]:
    """The plan's other medicines in the order they were added."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(other_medicines.c.id, other_medicines.c.name, other_medicines.c.note)
                            .where(other_medicines.c.plan_id == plan_id, other_medicines.c.owner_id == owner)
                            .order_by(other_medicines.c.id)).all()
    return [{"id": r.id, "name": r.name, "note": r.note} for r in rows]
