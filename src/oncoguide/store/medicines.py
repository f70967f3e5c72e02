"""The other medicines a person lists on a plan (free-text name and note), owned like the rest of the plan."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from ..errors import NotFound
from .tracker import get_plan, list_medicines, other_medicines

__all__ = ["add_medicine", "list_medicines", "remove_medicine"]


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
