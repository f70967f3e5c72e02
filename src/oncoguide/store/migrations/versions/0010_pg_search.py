"""Passage search inside PostgreSQL (issue #16): a word index and stored vectors beside the passages.

- `passages.tsv`, a generated column (`to_tsvector('english', text)`): PostgreSQL computes it in the same
  statement that writes the passage, so a killed ingest can never leave a passage without its words or
  words without their passage. A GIN index serves `tsv @@ query`.
- The column's statistics target is raised so that ANALYZE (autovacuum runs it) keeps the frequency of the
  10,000 most common lexemes in pg_stats; the search reads term frequencies (idf) from there (store/pg_search.py).
- `passage_vectors`: one embedding per passage (float16 bytes, the format of search/vectors.py), deleted
  with its passage. There is no pgvector on Debian 12, so PostgreSQL only stores them; the search process
  compares a bounded set of candidates (search/pg.py).

On SQLite only the (empty) vectors table is made, so both have one schema; the embedded index (search/) serves
SQLite stores.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"

STATISTICS = 1000  # x10 lexemes tracked in pg_stats.most_common_elems


def upgrade() -> None:
    op.create_table(
        "passage_vectors",
        sa.Column("passage_id", sa.Integer, sa.ForeignKey("passages.id", ondelete="CASCADE"), primary_key=True,
                  autoincrement=False),
        sa.Column("model", sa.String(80), nullable=False),
        sa.Column("vec", sa.LargeBinary, nullable=False),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE passages ADD COLUMN tsv tsvector "
               "GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED")
    op.execute("CREATE INDEX ix_passages_tsv ON passages USING gin (tsv)")
    op.execute(f"ALTER TABLE passages ALTER COLUMN tsv SET STATISTICS {STATISTICS}")
    op.execute("ANALYZE passages")


def downgrade() -> None:
    op.drop_table("passage_vectors")
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_passages_tsv")
    op.execute("ALTER TABLE passages DROP COLUMN tsv")
