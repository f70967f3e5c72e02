"""Caregivers (issue #14): a plan's owner invites another account to read the plan, never to change it.

- `plan_invites`: single-use, expiring invite links. Only the SHA-256 of the secret token is stored, so a copy
  of the database cannot be used to accept an invite.
- `plan_readers`: who may read which plan, granted by accepting an invite; the owner can take it back.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"


def upgrade() -> None:
    op.create_table(
        "plan_invites",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
        sa.Column("owner_id", sa.Integer, nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        sa.Column("used_at", sa.DateTime, nullable=True),
        sa.Column("revoked_at", sa.DateTime, nullable=True),
        sa.UniqueConstraint("token_hash", name="uq_plan_invites_token_hash"),
    )
    op.create_index("ix_plan_invites_owner_id", "plan_invites", ["owner_id"])
    op.create_index("ix_plan_invites_plan_id", "plan_invites", ["plan_id"])
    op.create_table(
        "plan_readers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
        sa.Column("owner_id", sa.Integer, nullable=False),
        sa.Column("reader_id", sa.Integer, nullable=False),
        sa.Column("invite_id", sa.Integer, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("plan_id", "reader_id", name="uq_plan_readers_reader"),
    )
    op.create_index("ix_plan_readers_owner_id", "plan_readers", ["owner_id"])
    op.create_index("ix_plan_readers_reader_id", "plan_readers", ["reader_id"])


def downgrade() -> None:
    op.drop_index("ix_plan_readers_reader_id", table_name="plan_readers")
    op.drop_index("ix_plan_readers_owner_id", table_name="plan_readers")
    op.drop_table("plan_readers")
    op.drop_index("ix_plan_invites_plan_id", table_name="plan_invites")
    op.drop_index("ix_plan_invites_owner_id", table_name="plan_invites")
    op.drop_table("plan_invites")
