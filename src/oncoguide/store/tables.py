"""The one MetaData, and the tables of the knowledge base and of ingested documents (SQLAlchemy Core).

Other store modules declare their own tables on this MetaData, beside the statements that use them
(accounts.py, throttle.py, ctcae.py, tracker.py); schema.py gathers them all for Alembic. Migrations create
the tables; tests/store/test_schema.py checks that a migrated database and the declarations agree.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

meta = sa.Table(
    "meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

sources = sa.Table(
    "sources", metadata,
    sa.Column("id", sa.String(80), primary_key=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
)

# Drugs, regimens, cancer types and glossary terms, each stored whole as its validated JSON.
kb_objects = sa.Table(
    "kb_objects", metadata,
    sa.Column("kind", sa.String(20), primary_key=True),
    sa.Column("slug", sa.String(80), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
)

# Every cited statement, flattened for search and for the label-change watch.
statements = sa.Table(
    "statements", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("slug", sa.String(80), nullable=False),
    sa.Column("field", sa.String(200), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("sources", sa.JSON, nullable=False),
    sa.Index("ix_statements_page", "kind", "slug"),
)

# Ingested outside documents (FDA labels, PubMed articles) and their passages.
documents = sa.Table(
    "documents", metadata,
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

passages = sa.Table(
    "passages", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("section", sa.String(80), nullable=True),
    sa.Column("title", sa.Text, nullable=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.UniqueConstraint("document_id", "position", name="uq_passages_position"),
    sqlite_autoincrement=True,  # ids only grow: the search index catches up from the highest id it holds (0011)
)
