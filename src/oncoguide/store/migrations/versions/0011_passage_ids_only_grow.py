"""Passage ids only grow (issue #16): SQLite reuses the highest rowid once its row is deleted, so a revised
PubMed record stored last got its old passages' ids back, and the search index, which catches up from the
highest passage id it holds, could not see the change. AUTOINCREMENT never reuses an id. PostgreSQL
sequences never did; there this migration changes nothing.
"""

from alembic import op

revision = "0011"
down_revision = "0010"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table("passages", recreate="always", table_kwargs={"sqlite_autoincrement": True}):
        pass


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table("passages", recreate="always", table_kwargs={"sqlite_autoincrement": False}):
        pass
