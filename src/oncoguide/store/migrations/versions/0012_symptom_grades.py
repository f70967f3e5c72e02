"""Symptom checks keep the CTCAE grade their answers meant and when the symptom started (issue #14: a report
with symptoms, their start and grades).

Nullable: older checks, emergencies and checks with an unanswered question have no grade; a start time is
recorded only when the person gives one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"


def upgrade() -> None:
    with op.batch_alter_table("symptoms") as batch:
        batch.add_column(sa.Column("grade", sa.String(8), nullable=True))
        batch.add_column(sa.Column("started_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("symptoms") as batch:
        batch.drop_column("started_at")
        batch.drop_column("grade")
