"""The other medicines a person lists on a plan (issue #14): a name, an optional note, owned with the plan."""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"


def upgrade() -> None:
    op.create_table(
        "other_medicines",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
        sa.Column("owner_id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("note", sa.String(200), nullable=True),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_other_medicines_plan_id", "other_medicines", ["plan_id"])
    op.create_index("ix_other_medicines_owner_id", "other_medicines", ["owner_id"])


def downgrade() -> None:
    op.drop_table("other_medicines")
