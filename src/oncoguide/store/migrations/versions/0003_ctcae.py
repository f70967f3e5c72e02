"""CTCAE adverse-event terms and their grades."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "ctcae_terms",
        sa.Column("version", sa.String(10), primary_key=True),
        sa.Column("term_key", sa.String(200), primary_key=True),
        sa.Column("term", sa.Text, nullable=False),
        sa.Column("meddra_code", sa.Integer, nullable=True),
        sa.Column("soc", sa.Text, nullable=False),
        sa.Column("definition", sa.Text, nullable=True),
        sa.Column("grade_1", sa.Text, nullable=True),
        sa.Column("grade_2", sa.Text, nullable=True),
        sa.Column("grade_3", sa.Text, nullable=True),
        sa.Column("grade_4", sa.Text, nullable=True),
        sa.Column("grade_5", sa.Text, nullable=True),
        sa.Column("note", sa.Text, nullable=True),
    )
    op.create_index("ix_ctcae_terms_meddra", "ctcae_terms", ["meddra_code"])


def downgrade() -> None:
    op.drop_table("ctcae_terms")
