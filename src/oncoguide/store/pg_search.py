"""All the SQL of passage search inside PostgreSQL (issue #16): lexemes, term statistics, BM25, stored vectors.

The word index is `passages.tsv` (a generated tsvector column with a GIN index, migration 0010). Ranking with
`ts_rank` would read every matching row and weighs all words alike (no idf), so a question of common words
would rank hundreds of thousands of rows. Instead the caller (search/pg.py) sends:
  - the question's lexemes with their idf, taken from `term_stats` (pg_stats, kept by ANALYZE);
  - `every`: passages that hold all the lexemes; `rare`: passages that hold any of the rarest lexemes.
Both candidate sets come from the GIN index and are capped at `budget` rows each; `ranked` then scores the
candidates by BM25 (k1 0.9, b 0.4, the embedded index's values) inside one statement: a lexeme's tf is its
number of positions, a passage's length its number of distinct lexemes.

Every function takes a Connection; `read` opens one, retries once when the connection is lost (a restarted
server, a terminated backend, a replica that failed over) and turns database errors into StoreError.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import sqlalchemy as sa

from ..errors import StoreError
from .tables import metadata

K1, B = 0.9, 0.4
T = TypeVar("T")

# One embedding per passage (float16 bytes, as search/vectors.py writes them), deleted with its passage. Searched
# only on PostgreSQL (migration 0010); the table exists on SQLite too, empty, so there is one schema.
passage_vectors = sa.Table(
    "passage_vectors", metadata,
    sa.Column("passage_id", sa.Integer, sa.ForeignKey("passages.id", ondelete="CASCADE"), primary_key=True,
              autoincrement=False),
    sa.Column("model", sa.String(80), nullable=False),
    sa.Column("vec", sa.LargeBinary, nullable=False),
)


def read(engine: sa.Engine, what: str, work: Callable[[sa.Connection], T]) -> T:
    """Run `work` on a connection; once more on a new connection if the first was lost; StoreError otherwise."""
    for attempt in (1, 2):
        try:
            # Autocommit: reads need no transaction, and without one a search makes two round trips fewer
            # (no BEGIN before it, no ROLLBACK when the pool takes the connection back).
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                return work(conn)
        except sa.exc.DBAPIError as exc:
            if exc.connection_invalidated and attempt == 1:
                continue  # the pool has dropped the dead connection: the retry gets a new one
            lost = "lost the connection to the database twice while trying to " if exc.connection_invalidated \
                else "could not "
            raise StoreError(f"{lost}{what}: {_first_line(exc)}") from exc
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"could not {what}: {_first_line(exc)}") from exc
    raise AssertionError("unreachable")


def write(engine: sa.Engine, what: str, work: Callable[[sa.Connection], T]) -> T:
    """Run `work` in one transaction on the primary: all of it is stored or none; StoreError on failure."""
    try:
        with engine.begin() as conn:
            return work(conn)
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"could not {what} (nothing was changed): {_first_line(exc)}") from exc


def _first_line(exc: sa.exc.SQLAlchemyError) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def lexemes(conn: sa.Connection, words: Sequence[str]) -> list[str]:
    """The distinct lexemes PostgreSQL's English parser and stemmer make of the words (stopwords dropped)."""
    if not words:
        return []
    rows = conn.execute(sa.text("SELECT lexeme FROM unnest(to_tsvector('english'::regconfig, :text)) "
                                "ORDER BY lexeme"), {"text": " ".join(words)})
    return [r[0] for r in rows]


def tsquery(lexemes_: Sequence[str], operator: str) -> str:
    """Lexemes joined by `|` or `&` in tsquery syntax, each quoted: taken as they are, never as operators."""
    return f" {operator} ".join("'" + lx.replace("\\", "\\\\").replace("'", "''") + "'" for lx in lexemes_)


@dataclass(frozen=True)
class TermStats:
    """What idf needs: how many passages there are, their mean length, and how often each lexeme occurs."""

    passages: float
    avg_length: float
    share: dict[str, float]   # lexeme -> fraction of passages holding it (the most common lexemes only)
    unlisted: float           # fraction below which a lexeme is not in `share` (0: `share` has exact counts)
    vectors: bool             # are any passage vectors stored?

    def df(self, lexeme: str) -> float:
        """Estimated number of passages holding the lexeme."""
        return self.share.get(lexeme, self.unlisted) * self.passages


def term_stats(conn: sa.Connection, lexemes_: Sequence[str] = ()) -> TermStats:
    """Term statistics from the planner's own (pg_stats.most_common_elems of passages.tsv, refreshed by ANALYZE).

    Before the first ANALYZE there are none: then the passages are counted and, for `lexemes_`, their
    matches are counted too (bounded), which is quick because a table never analysed is a new, small one.
    """
    row = conn.execute(sa.text(
        "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs FROM pg_stats s "
        "WHERE s.schemaname = current_schema() AND s.tablename = 'passages' AND s.attname = 'tsv'")).first()
    estimate = conn.execute(sa.text("SELECT reltuples FROM pg_class WHERE oid = to_regclass('passages')")).scalar()
    vectors = conn.execute(sa.text("SELECT EXISTS (SELECT 1 FROM passage_vectors)")).scalar()
    if row is None or row[0] is None or not estimate or estimate < 1:
        n = conn.execute(sa.text("SELECT count(*) FROM passages")).scalar_one()
        share = {lx: count / max(n, 1) for lx, count in _bounded_counts(conn, lexemes_, 100_000).items()}
        return TermStats(float(n), _avg_length(conn, float(n)), share, 0.0, bool(vectors))
    elems, freqs = row
    share = dict(zip(elems, freqs))  # freqs has 3 more entries (min, max, null share) than elems
    floor = freqs[len(elems)] if len(freqs) > len(elems) else 0.0  # the least frequent listed lexeme
    return TermStats(float(estimate), _avg_length(conn, float(estimate)), share, floor, bool(vectors))


def match_counts(conn: sa.Connection, lexemes_: Sequence[str], cap: int) -> dict[str, int]:
    """How many passages hold each lexeme, counted through the GIN index up to `cap` (cheap for rare lexemes)."""
    return _bounded_counts(conn, lexemes_, cap)


def _bounded_counts(conn: sa.Connection, lexemes_: Sequence[str], cap: int) -> dict[str, int]:
    if not lexemes_:
        return {}
    rows = conn.execute(sa.text(
        "SELECT q.lx, (SELECT count(*) FROM (SELECT 1 FROM passages p WHERE p.tsv @@ CAST(q.query AS tsquery) "
        "LIMIT :cap) m) FROM unnest(CAST(:lxs AS text[]), CAST(:queries AS text[])) AS q(lx, query)"),
        {"lxs": list(lexemes_), "queries": [tsquery([lx], "|") for lx in lexemes_], "cap": cap})
    return {lx: int(n) for lx, n in rows}


def _avg_length(conn: sa.Connection, passages: float) -> float:
    """Mean number of distinct lexemes per passage, from a sample of about 2,000 passages."""
    percent = min(100.0, 2000 * 100 / max(passages, 1))
    avg = conn.execute(sa.text(f"SELECT avg(length(tsv)) FROM passages TABLESAMPLE SYSTEM ({percent:.6f})")).scalar()
    if avg is None:  # the sample's pages held no passage
        avg = conn.execute(sa.text("SELECT avg(length(tsv)) FROM (SELECT tsv FROM passages LIMIT 2000) s")).scalar()
    return float(avg or 1.0)


def ranked(conn: sa.Connection, idf: dict[str, float], rare: Sequence[str], avg_length: float, *,
           budget: int, depth: int) -> list[tuple[int, float]]:
    """(passage id, BM25 score) of the best `depth` candidates, best first; ties by id."""
    # With one lexeme both parts are the same query: read its rows once. Done twice, it was half the work of the
    # slowest questions at 1M passages (one common word left once the rare words were found nowhere). With more
    # lexemes the part with all of them stays, even when all are rare: their counts are estimates, and the
    # rare part may stop at the budget before the passages that hold them all.
    every = "" if len(idf) == 1 else \
        "(SELECT id, tsv FROM passages WHERE tsv @@ CAST(:every AS tsquery) LIMIT :budget) UNION ALL "
    query = sa.text(f"""
        WITH q AS (SELECT * FROM unnest(CAST(:lxs AS text[]), CAST(:idfs AS float8[])) AS q(lexeme, idf)),
        cand AS (
            SELECT DISTINCT ON (id) id, tsv FROM (
                {every}(SELECT id, tsv FROM passages WHERE tsv @@ CAST(:rare AS tsquery) LIMIT :budget)) AS both_
            ORDER BY id)
        SELECT c.id, sum(q.idf * cardinality(u.positions) * (:k1 + 1)
                         / (cardinality(u.positions) + :k1 * (1 - :b + :b * length(c.tsv) / :avg))) AS score
        FROM cand c
        CROSS JOIN LATERAL unnest(ts_filter(setweight(c.tsv, 'A', CAST(:lxs AS text[])), '{{a}}')) AS u
        JOIN q ON q.lexeme = u.lexeme
        GROUP BY c.id
        ORDER BY score DESC, c.id
        LIMIT :depth""")
    params = {"lxs": list(idf), "idfs": list(idf.values()), "rare": tsquery(rare, "|"), "budget": budget,
              "depth": depth, "k1": K1, "b": B, "avg": avg_length}
    if every:
        params["every"] = tsquery(list(idf), "&")
    return [(int(i), float(s)) for i, s in conn.execute(query, params)]


@dataclass(frozen=True)
class PassageRecord:
    """A passage of the newest version of its document, with what its citation needs."""

    id: int
    section: str | None
    text: str
    kind: str
    key: str
    version: str
    title: str
    effective_date: Any
    data: dict


_NEWEST = "NOT EXISTS (SELECT 1 FROM documents n WHERE n.kind = d.kind AND n.key = d.key AND n.id > d.id)"


def records(conn: sa.Connection, ids: Sequence[int], limit: int) -> list[PassageRecord]:
    """The first `limit` passages of `ids` (in that order) that belong to the newest version of their document.

    `ids` holds spares for passages of old versions; only the passages kept are read out (text, document data).
    """
    rows = conn.execute(sa.text(
        "SELECT p.id, p.title, p.text, d.kind, d.key, d.version, d.title, d.effective_date, d.data "
        "FROM unnest(CAST(:ids AS integer[])) WITH ORDINALITY AS r(id, rank) "
        f"JOIN passages p ON p.id = r.id JOIN documents d ON d.id = p.document_id WHERE {_NEWEST} "
        "ORDER BY r.rank LIMIT :limit"), {"ids": list(ids), "limit": limit})
    return [PassageRecord(*r) for r in rows]


def vectors(conn: sa.Connection, ids: Sequence[int], model: str) -> dict[int, bytes]:
    """Stored vectors (float16 bytes) of the passages among `ids` embedded by `model`."""
    rows = conn.execute(sa.text("SELECT passage_id, vec FROM passage_vectors WHERE passage_id = ANY(:ids) "
                                "AND model = :model"), {"ids": list(ids), "model": model})
    return {int(i): bytes(v) for i, v in rows}


def unembedded(conn: sa.Connection, model: str, limit: int) -> list[tuple[int, str]]:
    """(id, text) of up to `limit` passages of newest documents that have no vector from `model`."""
    rows = conn.execute(sa.text(
        "SELECT p.id, p.text FROM passages p JOIN documents d ON d.id = p.document_id "
        "LEFT JOIN passage_vectors v ON v.passage_id = p.id AND v.model = :model "
        f"WHERE v.passage_id IS NULL AND {_NEWEST} ORDER BY p.id LIMIT :limit"), {"model": model, "limit": limit})
    return [(int(i), t) for i, t in rows]


def passage_count(conn: sa.Connection) -> int:
    """How many passages of newest documents there are."""
    return int(conn.execute(sa.text(
        f"SELECT count(*) FROM passages p JOIN documents d ON d.id = p.document_id WHERE {_NEWEST}")).scalar_one())


def any_passages(conn: sa.Connection) -> bool:
    """Whether any passage is stored (without counting them)."""
    return bool(conn.execute(sa.text("SELECT EXISTS (SELECT 1 FROM passages)")).scalar_one())


def any_vectors(conn: sa.Connection, model: str) -> bool:
    """Whether any passage has a vector from `model` (without counting them)."""
    return bool(conn.execute(sa.text("SELECT EXISTS (SELECT 1 FROM passage_vectors WHERE model = :model)"),
                             {"model": model}).scalar_one())


def embedded_count(conn: sa.Connection, model: str) -> int:
    """How many passages of newest documents have a vector from `model`."""
    return int(conn.execute(sa.text(
        "SELECT count(*) FROM passages p JOIN documents d ON d.id = p.document_id "
        f"JOIN passage_vectors v ON v.passage_id = p.id AND v.model = :model WHERE {_NEWEST}"),
        {"model": model}).scalar_one())


def save_vectors(conn: sa.Connection, model: str, rows: Sequence[tuple[int, bytes]]) -> None:
    """Store vectors; a passage deleted meanwhile (re-ingested) is skipped, one already embedded replaced."""
    conn.execute(sa.text(
        "INSERT INTO passage_vectors (passage_id, model, vec) "
        "SELECT v.id, :model, v.vec FROM unnest(CAST(:ids AS integer[]), CAST(:vecs AS bytea[])) AS v(id, vec) "
        "JOIN passages p ON p.id = v.id "
        "ON CONFLICT (passage_id) DO UPDATE SET model = EXCLUDED.model, vec = EXCLUDED.vec"),
        {"model": model, "ids": [i for i, _ in rows], "vecs": [v for _, v in rows]})
