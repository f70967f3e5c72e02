"""Knowledge base, ingested documents and passages."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table("meta", sa.Column("key", sa.String(64), primary_key=True), sa.Column("value", sa.Text, nullable=False))
    op.create_table(
        "sources",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "kb_objects",
        sa.Column("kind", sa.String(20), primary_key=True),
        sa.Column("slug", sa.String(80), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("slug", sa.String(80), nullable=False),
        sa.Column("field", sa.String(200), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
    )
    op.create_index("ix_statements_page", "statements", ["kind", "slug"])
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("version", sa.String(40), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("effective_date", sa.Date, nullable=True),
        sa.Column("checksum", sa.String(64), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("kind", "key", "version", name="uq_documents_version"),
    )
    op.create_table(
        "passages",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("section", sa.String(80), nullable=True),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.UniqueConstraint("document_id", "position", name="uq_passages_position"),
    )


def downgrade() -> None:
    for name in ("passages", "documents", "statements", "kb_objects", "sources", "meta"):
        op.drop_table(name)
