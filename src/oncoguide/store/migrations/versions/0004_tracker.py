"""Tracker: plans, dose logs and symptom entries, each with its owner."""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("owner_id", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_plans_owner_id", "plans", ["owner_id"])
    op.create_table(
        "dose_logs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
        sa.Column("owner_id", sa.Integer, nullable=False),
        sa.Column("event_uid", sa.String(200), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("event", sa.JSON, nullable=False),
        sa.Column("logged_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("plan_id", "event_uid", name="uq_dose_logs_event"),
    )
    op.create_index("ix_dose_logs_owner_id", "dose_logs", ["owner_id"])
    op.create_table(
        "symptoms",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
        sa.Column("owner_id", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("symptom", sa.String(40), nullable=False),
        sa.Column("answers", sa.JSON, nullable=False),
        sa.Column("level", sa.String(20), nullable=False),
    )
    op.create_index("ix_symptoms_owner_id", "symptoms", ["owner_id"])


def downgrade() -> None:
    for name in ("symptoms", "dose_logs", "plans"):
        op.drop_table(name)
