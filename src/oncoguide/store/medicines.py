"""The other medicines a person lists on a plan (free-text name and note), owned like the rest of the plan."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from ..errors import NotFound
from .tracker import get_plan, metadata

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


def list_medicines(engine: sa.Engine, owner: int, plan_id: str) -> list[dict[str, Any]]:
    """The plan's other medicines in the order they were added."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(other_medicines.c.id, other_medicines.c.name, other_medicines.c.note)
                            .where(other_medicines.c.plan_id == plan_id, other_medicines.c.owner_id == owner)
                            .order_by(other_medicines.c.id)).all()
    return [{"id": r.id, "name": r.name, "note": r.note} for r in rows]


def add_medicine(engine: sa.Engine, owner: int, plan_id: str, name: str, note: str | None) -> None:
    get_plan(engine, owner, plan_id)
    with engine.begin() as conn:
        conn.execute(other_medicines.insert().values(plan_id=plan_id, owner_id=owner, name=name, note=note,
                                                     added_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))


def remove_medicine(engine: sa.Engine, owner: int, plan_id: str, medicine_id: int) -> str:
    """Remove one medicine from the plan's list and return its name; one not on this list is not found."""
    with engine.begin() as conn:
        name = conn.execute(sa.select(other_medicines.c.name).where(
            other_medicines.c.id == medicine_id, other_medicines.c.plan_id == plan_id,
            other_medicines.c.owner_id == owner)).scalar()
        if name is None:
            raise NotFound("medicine on this plan", str(medicine_id))
        conn.execute(other_medicines.delete().where(other_medicines.c.id == medicine_id))
    return name
