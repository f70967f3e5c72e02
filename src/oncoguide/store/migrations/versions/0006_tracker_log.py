"""Tracker log for daily use: an append-only dose log with time taken and note; secret calendar-feed tokens.

Before, logging a dose again replaced its row (one row per event). Now every entry is kept and the latest one
wins, so an edit or an undo never erases what was logged before. Existing rows keep their status; their time
taken and note are empty.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    with op.batch_alter_table("dose_logs") as batch:
        batch.drop_constraint("uq_dose_logs_event", type_="unique")
        batch.add_column(sa.Column("taken_at", sa.DateTime, nullable=True))
        batch.add_column(sa.Column("note", sa.Text, nullable=True))
    op.create_index("ix_dose_logs_plan_event", "dose_logs", ["plan_id", "event_uid"])
    op.create_table(
        "plan_feeds",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
        sa.Column("owner_id", sa.Integer, nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime, nullable=True),
        sa.UniqueConstraint("token", name="uq_plan_feeds_token"),
    )
    op.create_index("ix_plan_feeds_owner_id", "plan_feeds", ["owner_id"])


def downgrade() -> None:
    op.drop_table("plan_feeds")
    op.drop_index("ix_dose_logs_plan_event", "dose_logs")
    conn = op.get_bind()
    # Back to one row per event, the newest of each (lossy: undo entries and older entries go).
    conn.execute(sa.text("DELETE FROM dose_logs WHERE status = 'undo'"))
    conn.execute(sa.text("DELETE FROM dose_logs WHERE id NOT IN (SELECT max(id) FROM dose_logs GROUP BY plan_id, event_uid)"))
    with op.batch_alter_table("dose_logs") as batch:
        batch.drop_column("note")
        batch.drop_column("taken_at")
        batch.create_unique_constraint("uq_dose_logs_event", ["plan_id", "event_uid"])
