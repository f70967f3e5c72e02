"""Accounts hardening (issue #15): atomic attempt limits, a server secret for forms, one spelling per email.

- `signin_failures` (one row per failure, counted then written: racy, and it kept emails in the clear) gives
  way to `attempt_limits`, one row per hashed key, counted by a single conditional UPDATE.
- `server_secrets` holds the random key that signs the sign-in and sign-up forms' CSRF tokens.
- Stored emails are rewritten in the new normal form (NFKC, case-folded); an address whose new form is
  already taken by another account keeps its old spelling, so nobody is locked out or merged.

The normal form is written out here, not imported, so that this migration keeps meaning what it meant.
"""

import secrets
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"

_users = sa.table("users", sa.column("id", sa.Integer), sa.column("email", sa.String))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text.strip()).casefold())


def upgrade() -> None:
    op.drop_index("ix_signin_failures_key", table_name="signin_failures")
    op.drop_table("signin_failures")
    op.create_table(
        "attempt_limits",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("subject", sa.String(64), nullable=True),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_at", sa.DateTime, nullable=False),
        sa.Column("wait_until", sa.DateTime, nullable=False),
    )
    op.create_index("ix_attempt_limits_subject", "attempt_limits", ["subject"])
    op.create_index("ix_attempt_limits_last_at", "attempt_limits", ["last_at"])
    secrets_table = op.create_table(
        "server_secrets",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.String(128), nullable=False),
    )
    op.bulk_insert(secrets_table, [{"name": "forms", "value": secrets.token_hex(32)}])
    conn = op.get_bind()
    taken = {email for (email,) in conn.execute(sa.select(_users.c.email))}
    for user_id, email in conn.execute(sa.select(_users.c.id, _users.c.email)).all():
        folded = _fold(email)
        if folded != email and folded not in taken:
            conn.execute(_users.update().where(_users.c.id == user_id).values(email=folded))
            taken.add(folded)


def downgrade() -> None:
    op.drop_table("server_secrets")
    op.drop_index("ix_attempt_limits_last_at", table_name="attempt_limits")
    op.drop_index("ix_attempt_limits_subject", table_name="attempt_limits")
    op.drop_table("attempt_limits")
    op.create_table(
        "signin_failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_signin_failures_key", "signin_failures", ["key"])
