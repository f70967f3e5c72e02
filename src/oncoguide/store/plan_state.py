"""A plan's state in one small query: what a page built from the plan's log, feed and medicines depends on.

The dose log is append-only and ids only grow (other medicines too: AUTOINCREMENT on SQLite, sequences on
PostgreSQL), so the log's highest id and count, the medicines' highest id and count, and the live feed token
change whenever anything a plan page shows from them changes.
"""

from __future__ import annotations

import sqlalchemy as sa

from .tracker import dose_logs, other_medicines, plan_feeds


def _mine(table: sa.Table) -> list[sa.ColumnElement[bool]]:
    return [table.c.plan_id == sa.bindparam("plan_id"), table.c.owner_id == sa.bindparam("owner")]


# Built once: the page asks on every request, and building the statement costs more than running it.
_STATE = sa.select(
    sa.select(sa.func.max(dose_logs.c.id)).where(*_mine(dose_logs)).scalar_subquery(),
    sa.select(sa.func.count()).select_from(dose_logs).where(*_mine(dose_logs)).scalar_subquery(),
    sa.select(sa.func.max(other_medicines.c.id)).where(*_mine(other_medicines)).scalar_subquery(),
    sa.select(sa.func.count()).select_from(other_medicines).where(*_mine(other_medicines)).scalar_subquery(),
    sa.select(plan_feeds.c.token).where(*_mine(plan_feeds), plan_feeds.c.revoked_at.is_(None)).limit(1).scalar_subquery(),
)


def plan_state(engine: sa.Engine, owner: int, plan_id: str) -> tuple[object, ...]:
    """(log max id, log count, medicines max id, medicines count, live feed token) of one person's plan."""
    with engine.connect() as conn:
        return tuple(conn.execute(_STATE, {"plan_id": plan_id, "owner": owner}).one())
