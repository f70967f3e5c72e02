"""Tracker: treatment plans, the dose log and the symptom diary, each row owned by one user."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0001"  # the lead re-chains this at merge


def upgrade() -> None:
    op.create_table(
        "tracker_plans",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("owner", sa.String(80), nullable=False),
        sa.Column("regimen", sa.String(80), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_tracker_plans_owner", "tracker_plans", ["owner"])
    op.create_table(
        "tracker_dose_log",
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
    op.create_table(
        "tracker_symptoms",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("plan_id", sa.String(40), sa.ForeignKey("tracker_plans.id", ondelete="CASCADE"), nullable=False),
        sa.Column("owner", sa.String(80), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("symptom", sa.String(40), nullable=False),
        sa.Column("level", sa.String(20), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    for name in ("tracker_symptoms", "tracker_dose_log", "tracker_plans"):
        op.drop_table(name)
