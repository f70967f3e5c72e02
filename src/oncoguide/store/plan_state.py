"""A plan's state in one small query: what a page built from the plan's log, feed, medicines and sharing
depends on.

The dose log is append-only and ids only grow (other medicines too: AUTOINCREMENT on SQLite, sequences on
PostgreSQL), so the log's highest id and count, the medicines' highest id and count, and the live feed token
change whenever anything a plan page shows from them changes. Sharing: invites are never deleted, so their
highest id, how many were used and the ids of those still open (at `now`: they expire) change with every
invite made, used, withdrawn or expired; a new caregiver always uses an invite, and a removed one lowers the
count of readers.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from .tracker import dose_logs, other_medicines, plan_feeds, plan_invites, plan_readers


def _mine(table: sa.Table) -> list[sa.ColumnElement[bool]]:
    return [table.c.plan_id == sa.bindparam("plan_id"), table.c.owner_id == sa.bindparam("owner")]


# Built once: the page asks on every request, and building the statement costs more than running it.
_STATE = sa.select(
    sa.select(sa.func.max(dose_logs.c.id)).where(*_mine(dose_logs)).scalar_subquery(),
    sa.select(sa.func.count()).select_from(dose_logs).where(*_mine(dose_logs)).scalar_subquery(),
    sa.select(sa.func.max(other_medicines.c.id)).where(*_mine(other_medicines)).scalar_subquery(),
    sa.select(sa.func.count()).select_from(other_medicines).where(*_mine(other_medicines)).scalar_subquery(),
    sa.select(plan_feeds.c.token).where(*_mine(plan_feeds), plan_feeds.c.revoked_at.is_(None)).limit(1).scalar_subquery(),
    sa.select(sa.func.count()).select_from(plan_readers).where(*_mine(plan_readers)).scalar_subquery(),
    sa.select(sa.func.max(plan_invites.c.id)).where(*_mine(plan_invites)).scalar_subquery(),
    sa.select(sa.func.count(plan_invites.c.used_at)).where(*_mine(plan_invites)).scalar_subquery(),
    sa.select(sa.func.count())
    .select_from(plan_invites).where(*_mine(plan_invites), plan_invites.c.used_at.is_(None),
                                     plan_invites.c.revoked_at.is_(None),
                                     plan_invites.c.expires_at > sa.bindparam("now")).scalar_subquery(),
)


def plan_state(engine: sa.Engine, owner: int, plan_id: str, now: dt.datetime | None = None) -> tuple[object, ...]:
    """(log max id, log count, medicines max id, medicines count, live feed token, readers, invites max id,
    invites used, invites open) of one person's plan."""
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with engine.connect() as conn:
        return tuple(conn.execute(_STATE, {"plan_id": plan_id, "owner": owner, "now": now}).one())
