"""The whole database schema (SQLAlchemy Core): every table, on the one MetaData that Alembic compares.

Alembic migrations create the tables; this module names them, and is the only place that declares one
(tests/store/test_schema.py checks that a migrated database and this MetaData agree). The modules beside it
hold the statements that read and write them.
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
)

# Knowledge-base lookups: CTCAE v5 terms with their grade descriptions (store/ctcae.py).
CTCAE_GRADES = (1, 2, 3, 4, 5)

ctcae_terms = sa.Table(
    "ctcae_terms", metadata,
    sa.Column("version", sa.String(10), primary_key=True),
    sa.Column("term_key", sa.String(200), primary_key=True),  # lower-cased term, for lookups
    sa.Column("term", sa.Text, nullable=False),
    sa.Column("meddra_code", sa.Integer, nullable=True),
    sa.Column("soc", sa.Text, nullable=False),
    sa.Column("definition", sa.Text, nullable=True),
    *(sa.Column(f"grade_{g}", sa.Text, nullable=True) for g in CTCAE_GRADES),
    sa.Column("note", sa.Text, nullable=True),
    sa.Index("ix_ctcae_terms_meddra", "meddra_code"),
)

# Web accounts (store/accounts.py) and the sign-in attempt limits (store/throttle.py).
users = sa.Table(
    "users", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("email", sa.String(254), nullable=False, unique=True),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

web_sessions = sa.Table(
    "web_sessions", metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("expires_at", sa.DateTime, nullable=False),
)

server_secrets = sa.Table(
    "server_secrets", metadata,
    sa.Column("name", sa.String(32), primary_key=True),
    sa.Column("value", sa.String(128), nullable=False),
)

attempt_limits = sa.Table(
    "attempt_limits", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("subject", sa.String(64), nullable=True, index=True),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("last_at", sa.DateTime, nullable=False, index=True),
    sa.Column("wait_until", sa.DateTime, nullable=False),
)

# Treatment trackers, each row owned by one person (store/tracker.py).
plans = sa.Table(
    "plans", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("owner_id", sa.Integer, nullable=False, index=True),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
)

dose_logs = sa.Table(
    "dose_logs", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    sa.Column("owner_id", sa.Integer, nullable=False, index=True),
    sa.Column("event_uid", sa.String(200), nullable=False),
    sa.Column("status", sa.String(10), nullable=False),
    # What the event was when logged: a later plan change never rewrites the past.
    sa.Column("event", sa.JSON, nullable=False),
    sa.Column("logged_at", sa.DateTime, nullable=False),
    sa.Column("taken_at", sa.DateTime, nullable=True),  # wall-clock time in the plan's time zone
    sa.Column("note", sa.Text, nullable=True),
    sa.Index("ix_dose_logs_plan_event", "plan_id", "event_uid"),
)

symptoms = sa.Table(
    "symptoms", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    sa.Column("owner_id", sa.Integer, nullable=False, index=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("symptom", sa.String(40), nullable=False),
    sa.Column("answers", sa.JSON, nullable=False),
    sa.Column("level", sa.String(20), nullable=False),
)

plan_feeds = sa.Table(
    "plan_feeds", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("plan_id", sa.String(64), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
    sa.Column("owner_id", sa.Integer, nullable=False, index=True),
    sa.Column("token", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("revoked_at", sa.DateTime, nullable=True),
)
