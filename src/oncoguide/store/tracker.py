"""Plans, dose logs, symptom entries, calendar-feed tokens and caregivers, each owned by one person (owner 0: the local CLI user).

Every function takes the owner id and filters by it, so one person's data never reaches another. The dose log
is append-only: an edit or an undo adds a row, and the latest row of an event wins (tracker/log.py). A caregiver
(a reader) is let in only by `plan_access`, which names the plan's owner; reads then filter by that owner.
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from typing import Any

import sqlalchemy as sa

from ..errors import InputError, NotFound
from ..model import TreatmentPlan
from .accounts import hash_token, users
from .engine import write_transaction
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
    sa.Column("grade", sa.String(8), nullable=True),  # CTCAE grade the answers meant, when the rule gives one
    sa.Column("started_at", sa.DateTime, nullable=True),  # when the symptom began (UTC), if the person said
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

# Single-use, expiring links that let another account read a plan; only the token's SHA-256 is kept.
plan_invites = sa.Table(
    "plan_invites", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("owner_id", sa.Integer, nullable=False, index=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("expires_at", sa.DateTime, nullable=False),
    sa.Column("used_at", sa.DateTime, nullable=True),
    sa.Column("revoked_at", sa.DateTime, nullable=True),
)

# Who may read a plan they do not own (a caregiver), until the owner takes it back (the row is deleted).
plan_readers = sa.Table(
    "plan_readers", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    sa.Column("owner_id", sa.Integer, nullable=False, index=True),
    sa.Column("reader_id", sa.Integer, nullable=False, index=True),
    sa.Column("invite_id", sa.Integer, nullable=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.UniqueConstraint("plan_id", "reader_id", name="uq_plan_readers_reader"),
)

OWNED = [dose_logs, symptoms, plan_feeds, other_medicines, plan_invites, plan_readers, plans]  # child tables first, for deletion
# Every column that holds an account's id: deleting the account deletes these rows. A reader's access goes
# too, so an account id the database hands out again never inherits it.
USER_COLUMNS = [plan_readers.c.reader_id, *(table.c.owner_id for table in OWNED)]


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
        for table in OWNED[:-1]:
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


def add_symptom(engine: sa.Engine, owner: int, plan_id: str, symptom: str, answers: dict[str, Any], level: str,
                grade: str | None = None, started_at: dt.datetime | None = None) -> None:
    get_plan(engine, owner, plan_id)
    with engine.begin() as conn:
        conn.execute(symptoms.insert().values(plan_id=plan_id, owner_id=owner, at=_now(), symptom=symptom,
                                              answers=answers, level=level, grade=grade, started_at=started_at))


def symptom_log(engine: sa.Engine, owner: int, plan_id: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(symptoms).where(symptoms.c.plan_id == plan_id, symptoms.c.owner_id == owner)
                            .order_by(symptoms.c.id)).all()
    return [{"at": r.at.isoformat(), "symptom": r.symptom, "answers": r.answers, "level": r.level, "grade": r.grade,
             "started": r.started_at.isoformat() if r.started_at else None} for r in rows]


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


def plan_access(engine: sa.Engine, user: int, plan_id: str) -> tuple[int, str] | None:
    """(owner id, owner's email) when `user` owns the plan or may read it; None for anyone else."""
    reader = sa.exists().where(plan_readers.c.plan_id == plans.c.id, plan_readers.c.reader_id == user,
                               plan_readers.c.owner_id == plans.c.owner_id)
    with engine.connect() as conn:
        row = conn.execute(sa.select(plans.c.owner_id, users.c.email).outerjoin(users, users.c.id == plans.c.owner_id)
                           .where(plans.c.id == plan_id, sa.or_(plans.c.owner_id == user, reader))).first()
    return (int(row.owner_id), row.email or "") if row else None


def shared_with(engine: sa.Engine, reader: int) -> list[tuple[TreatmentPlan, str]]:
    """The plans `reader` may read but does not own, with each owner's email, oldest grant first."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(plans.c.data, users.c.email)
                            .join(plan_readers, sa.and_(plan_readers.c.plan_id == plans.c.id,
                                                        plan_readers.c.owner_id == plans.c.owner_id))
                            .outerjoin(users, users.c.id == plans.c.owner_id)
                            .where(plan_readers.c.reader_id == reader).order_by(plan_readers.c.id)).all()
    return [(TreatmentPlan.model_validate(r.data), r.email or "") for r in rows]


def drop_own_access(engine: sa.Engine, reader: int, plan_id: str) -> bool:
    """`reader` stops reading a plan shared with them; False when they had no such access."""
    with engine.begin() as conn:
        return bool(conn.execute(plan_readers.delete().where(plan_readers.c.plan_id == plan_id,
                                                             plan_readers.c.reader_id == reader)).rowcount)


def add_invite(engine: sa.Engine, owner: int, plan_id: str, token: str, expires_at: dt.datetime, most: int) -> None:
    """Store a new invite (its token hashed), unless the plan already has `most` open ones."""
    get_plan(engine, owner, plan_id)
    now = _now()
    with write_transaction(engine) as conn:
        open_ = conn.execute(sa.select(sa.func.count()).where(*_open_invite(owner, plan_id, now))).scalar_one()
        if open_ >= most:
            raise InputError(f"This plan already has {open_} invite links that nobody has used yet. "
                             "Withdraw one you no longer need, then make a new one.")
        conn.execute(plan_invites.insert().values(plan_id=plan_id, owner_id=owner, token_hash=hash_token(token),
                                                  created_at=now, expires_at=expires_at))


def _open_invite(owner: int, plan_id: str, now: dt.datetime) -> list[sa.ColumnElement[bool]]:
    return [plan_invites.c.plan_id == plan_id, plan_invites.c.owner_id == owner, plan_invites.c.used_at.is_(None),
            plan_invites.c.revoked_at.is_(None), plan_invites.c.expires_at > now]


def open_invites(engine: sa.Engine, owner: int, plan_id: str) -> list[dict[str, Any]]:
    """The plan's invites that can still be accepted, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(plan_invites.c.id, plan_invites.c.created_at, plan_invites.c.expires_at)
                            .where(*_open_invite(owner, plan_id, _now())).order_by(plan_invites.c.id)).all()
    return [{"id": r.id, "created_at": r.created_at, "expires_at": r.expires_at} for r in rows]


def revoke_invite(engine: sa.Engine, owner: int, plan_id: str, invite_id: int) -> None:
    """Withdraw an invite nobody has used; NotFound when there is no such open invite."""
    with engine.begin() as conn:
        done = conn.execute(plan_invites.update().where(plan_invites.c.id == invite_id, *_open_invite(owner, plan_id, _now()))
                            .values(revoked_at=_now())).rowcount
    if not done:
        raise NotFound("open invite", str(invite_id))


def invite(engine: sa.Engine, token: str) -> dict[str, Any] | None:
    """The invite behind a token (any state), with its plan's owner's email; None for an unknown token."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(plan_invites, users.c.email).join(plans, plans.c.id == plan_invites.c.plan_id)
                           .outerjoin(users, users.c.id == plan_invites.c.owner_id)
                           .where(plan_invites.c.token_hash == hash_token(token),
                                  plans.c.owner_id == plan_invites.c.owner_id)).first()
    return {**row._mapping, "email": row.email or ""} if row else None


def use_invite(engine: sa.Engine, invite_id: int, reader: int, now: dt.datetime) -> bool:
    """Mark the invite used and let `reader` read its plan, in one transaction; False when it is no longer
    open (used, withdrawn or expired since it was looked at), and then nothing changes."""
    with write_transaction(engine) as conn:
        row = conn.execute(sa.select(plan_invites.c.plan_id, plan_invites.c.owner_id)
                           .where(plan_invites.c.id == invite_id)).first()
        if row is None:
            return False
        used = conn.execute(plan_invites.update().where(plan_invites.c.id == invite_id,
                                                        *_open_invite(row.owner_id, row.plan_id, now))
                            .values(used_at=now)).rowcount
        if not used:
            return False
        conn.execute(plan_readers.delete().where(plan_readers.c.plan_id == row.plan_id,
                                                 plan_readers.c.reader_id == reader))
        conn.execute(plan_readers.insert().values(plan_id=row.plan_id, owner_id=row.owner_id, reader_id=reader,
                                                  invite_id=invite_id, created_at=now))
    return True


def readers(engine: sa.Engine, owner: int, plan_id: str) -> list[dict[str, Any]]:
    """Who may read the plan (id of the grant, email, since when), oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(plan_readers.c.id, plan_readers.c.reader_id, plan_readers.c.created_at,
                                      users.c.email)
                            .outerjoin(users, users.c.id == plan_readers.c.reader_id)
                            .where(plan_readers.c.plan_id == plan_id, plan_readers.c.owner_id == owner)
                            .order_by(plan_readers.c.id)).all()
    return [{"id": r.id, "reader_id": r.reader_id, "email": r.email or "(deleted account)", "since": r.created_at}
            for r in rows]


def remove_reader(engine: sa.Engine, owner: int, plan_id: str, grant_id: int) -> None:
    """Take back one person's access to the plan; NotFound when there is no such grant."""
    with engine.begin() as conn:
        done = conn.execute(plan_readers.delete().where(plan_readers.c.id == grant_id, plan_readers.c.plan_id == plan_id,
                                                        plan_readers.c.owner_id == owner)).rowcount
    if not done:
        raise NotFound("caregiver", str(grant_id))


def export_owner(engine: sa.Engine, owner: int) -> dict[str, Any]:
    """Everything stored for one person, for "download all my data"."""
    return {"plans": [{"plan": p.model_dump(mode="json"), "dose_log": dose_log(engine, owner, p.id),
                       "symptoms": symptom_log(engine, owner, p.id), "other_medicines": list_medicines(engine, owner, p.id),
                       "caregivers": [{"email": r["email"], "since": r["since"].isoformat()}
                                      for r in readers(engine, owner, p.id)]}
                      for p in list_plans(engine, owner)],
            "shared_with_me": [{"plan": p.id, "owner": email} for p, email in shared_with(engine, owner)]}


def list_medicines(engine: sa.Engine, owner: int, plan_id: str) -> list[dict[str, Any]]:
    """The plan's other medicines in the order they were added."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(other_medicines.c.id, other_medicines.c.name, other_medicines.c.note)
                            .where(other_medicines.c.plan_id == plan_id, other_medicines.c.owner_id == owner)
                            .order_by(other_medicines.c.id)).all()
    return [{"id": r.id, "name": r.name, "note": r.note} for r in rows]
