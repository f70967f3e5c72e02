"""PubMed ingest throughput into the SQLite store, store size per citation, projection to all of PubMed.

The 604-citation baseline chunk is parsed once and replicated in memory under new PMIDs to >= 100,000
citations. Rows compared in the same run:
  - floor: the same document and passage rows written with bare sqlite3 executemany in one transaction
    (no idempotence checks, no per-document transactions) -- what the disk and SQLite can do at best;
  - floor as stored before issue #7: the same, but each article's whole record (title and abstract again)
    in `documents.data`, as default json.dumps wrote it -- the size baseline;
  - oncoguide, one transaction per citation, checksum-checked (`oncoguide ingest pubmed --batch 1`);
  - oncoguide, 500 citations per transaction, bulk statements (`oncoguide ingest pubmed`, the default);
  - oncoguide rerun: the same citations again (all unchanged), the cost of resuming an interrupted run;
  - passage index: the index the first `oncoguide ask` after an ingest builds over every passage
    (search/passages.py), in a fresh process. It is part of what an ingest costs on disk: the size projection
    counts it beside the store.

    .venv/bin/python benchmarks/pubmed_ingest.py [--citations 100000] [FILE]
    .venv/bin/python benchmarks/pubmed_ingest.py --database-url postgresql+psycopg://... [--citations 100000]

With --database-url (an empty PostgreSQL database) only parse and the default oncoguide store row are measured,
on that server: there the word index (tsvector + GIN) is kept by the ingest itself, so store is store + index.
Beside wall time it gives the CPU seconds of this process and, when the server runs on this machine and its
processes can be read (/proc), of the server's processes (backends, autovacuum, WAL writer): on a shared machine
the wall time depends on the load, the CPU seconds much less. The parse step is timed over PARSE_ROUNDS reads of
the file (one read of 604 citations takes a fraction of a second: too short to time on a busy machine).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from passage_index import build_index, file_size
from shared_data import shared_data

from oncoguide.ingest import IngestReport, store_all
from oncoguide.model.article import Article
from oncoguide.sources.pubmed import read_pubmed
from oncoguide.store import open_engine
from oncoguide.store.articles import article_document

DEFAULT = shared_data("pubmed", "medline16n0902.xml.gz")
PUBMED_SIZE = 36_000_000
PARSE_ROUNDS = 10


def replicate(articles: list[Article], total: int) -> Iterator[Article]:
    """`total` citations: the chunk over and over, each copy under fresh PMIDs (invented, above real ones)."""
    for i in range(total):
        yield articles[i % len(articles)].model_copy(update={"pmid": str(900_000_000 + i)})


def floor(path: Path, articles: list[Article], total: int, whole_record: bool = False) -> float:
    """Bare sqlite3: same rows, one transaction, no checks (whole_record: `data` as stored before #7)."""
    open_engine(f"sqlite:///{path}").dispose()  # same schema
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    start = time.perf_counter()
    with db:
        for article in replicate(articles, total):
            doc = article_document(article)
            cur = db.execute(
                "INSERT INTO documents (kind, key, version, title, effective_date, checksum, data, ingested_at) "
                "VALUES (?, ?, ?, ?, NULL, ?, ?, datetime('now'))",
                (doc.kind, doc.key, doc.version, doc.title, doc.checksum,
                 json.dumps(doc.content) if whole_record else json.dumps(doc.data, separators=(",", ":"),
                                                                          ensure_ascii=False)))
            db.executemany("INSERT INTO passages (document_id, position, section, title, text) VALUES (?, ?, ?, ?, ?)",
                           [(cur.lastrowid, j, p.section, p.title, p.text) for j, p in enumerate(doc.passages)])
    elapsed = time.perf_counter() - start
    db.close()
    return total / elapsed


def run(path: Path, articles: list[Article], total: int, batch_size: int):  # noqa: ANN201
    """Citations/s through store_all (what `oncoguide ingest pubmed` calls), and the engine."""
    engine = open_engine(f"sqlite:///{path}")
    report = IngestReport()
    start = time.perf_counter()
    store_all(engine, (article_document(a) for a in replicate(articles, total)), report, batch_size=batch_size)
    rate = total / (time.perf_counter() - start)
    assert report.added == total, report
    return rate, engine


def size(path: Path) -> int:
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return file_size(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--citations", type=int, default=100_000)
    parser.add_argument("--database-url", help="measure the store on this empty PostgreSQL database instead")
    args = parser.parse_args()
    if not args.file.exists():
        raise SystemExit(f"{args.file} is absent (the benchmark reads ../shared/data/pubmed)")

    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(PARSE_ROUNDS):
        articles = list(read_pubmed(args.file))
    parse_wall, parse_cpu = time.perf_counter() - start, time.process_time() - cpu
    parse_rate = PARSE_ROUNDS * len(articles) / parse_wall
    n = args.citations
    if args.database_url:
        postgresql(args.database_url, articles, n, parse_wall / (PARSE_ROUNDS * len(articles)),
                   parse_cpu / (PARSE_ROUNDS * len(articles)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        floor_db, before_db, single_db, ours_db = (Path(tmp) / f"{name}.sqlite"
                                                   for name in ("floor", "before", "single", "ours"))
        floor_rate = floor(floor_db, articles, n)
        before_rate = floor(before_db, articles, n, whole_record=True)
        single_rate = run(single_db, articles, n, batch_size=1)[0]
        ours_rate, engine = run(ours_db, articles, n, batch_size=500)
        rerun = IngestReport()
        start = time.perf_counter()
        store_all(engine, (article_document(a) for a in replicate(articles, n)), rerun, batch_size=500)
        rerun_rate = n / (time.perf_counter() - start)
        assert rerun.unchanged == n, rerun
        engine.dispose()
        floor_size, before_size, ours_size = size(floor_db), size(before_db), size(ours_db)
        index = build_index(f"sqlite:///{ours_db}", Path(tmp) / "search" / "passages")

    def hours(rate: float) -> str:
        return f"{PUBMED_SIZE / rate / 3600:.1f} h"

    end_to_end = 1 / (1 / parse_rate + 1 / ours_rate)
    print(f"{len(articles)} citations in {args.file.name}, replicated to {n:,} (new PMIDs), SQLite file store")
    print(f"{'step':<44} {'citations/s':>11} {'bytes/citation':>15} {'36M citations':>14}")
    print(f"{'parse PubMed XML (lxml iterparse -> Article)':<44} {parse_rate:11,.0f} {'':>15} {hours(parse_rate):>14}")
    print(f"{'floor: bare sqlite3, one transaction':<44} {floor_rate:11,.0f} {floor_size / n:15,.0f} {hours(floor_rate):>14}")
    print(f"{'floor, whole record in data (before #7)':<44} {before_rate:11,.0f} {before_size / n:15,.0f} "
          f"{hours(before_rate):>14}")
    print(f"{'oncoguide store, 1 citation/transaction':<44} {single_rate:11,.0f} {'':>15} {hours(single_rate):>14}")
    print(f"{'oncoguide store, 500 citations/transaction':<44} {ours_rate:11,.0f} {ours_size / n:15,.0f} {hours(ours_rate):>14}")
    print(f"{'oncoguide rerun, all unchanged (resume)':<44} {rerun_rate:11,.0f} {'':>15} {hours(rerun_rate):>14}")
    print(f"{'oncoguide parse + store (end to end)':<44} {end_to_end:11,.0f} {'':>15} {hours(end_to_end):>14}")
    print(f"{'passage index build (first ask after ingest)':<44} {n / index.wall:11,.0f} {index.size / n:15,.0f} "
          f"{hours(n / index.wall):>14}")
    with_index = 1 / (1 / parse_rate + 1 / ours_rate + index.wall / n)
    print(f"{'parse + store + index (end to end)':<44} {with_index:11,.0f} {(ours_size + index.size) / n:15,.0f} "
          f"{hours(with_index):>14}")

    def gb(per_citation: float) -> str:
        return f"{per_citation * PUBMED_SIZE / 1e9:,.0f} GB"

    print(f"store speed vs floor: {ours_rate / floor_rate:.2f}; projected for 36M citations: store "
          f"{gb(ours_size / n)} + passage index {gb(index.size / n)} (index {index.size / ours_size:.1f} x the store) "
          f"= {gb((ours_size + index.size) / n)} (whole record in data, before #7: store {gb(before_size / n)})")
    print(f"index build: {index.cpu / n * 1e3:.2f} ms CPU per citation; it raised peak memory by {index.memory / 1e6:,.0f} MB "
          f"for {n:,} citations ({gb(index.memory / n)} of memory projected for one build over 36M)")


def postgresql(url: str, articles: list[Article], n: int, parse_s: float, parse_cpu_s: float) -> None:
    """Parse and `oncoguide ingest pubmed` (500 citations per transaction) into an empty PostgreSQL database.

    `parse_s` and `parse_cpu_s` are the wall and CPU seconds that parsing took per citation."""
    import sqlalchemy as sa

    engine = open_engine(url)
    with engine.connect() as conn:
        if conn.execute(sa.text("SELECT EXISTS (SELECT 1 FROM documents)")).scalar_one():
            raise SystemExit("the database already holds documents: give an empty one")
        backend = int(conn.execute(sa.text("SELECT pg_backend_pid()")).scalar_one())
        settings = dict(conn.execute(sa.text("SELECT name, setting FROM pg_settings WHERE name IN "
                                             "('fsync', 'synchronous_commit', 'server_version')")).all())
    server = ServerCpu.of(backend)
    load = os.getloadavg()[0]
    report = IngestReport()
    start, cpu, server_start = time.perf_counter(), time.process_time(), server.seconds()
    store_all(engine, (article_document(a) for a in replicate(articles, n)), report, batch_size=500)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    engine.dispose()  # the backend ends: its CPU time moves to the server's count of ended processes
    time.sleep(0.2)
    server_cpu = server.seconds() - server_start if server_start is not None else None
    assert report.added == n, report
    check = sa.create_engine(url)
    with check.connect() as conn:
        passages = conn.execute(sa.text("SELECT count(*) FROM passages")).scalar_one()
    check.dispose()
    per = passages / n
    end_to_end = n / (parse_s * n + wall)
    cpu_bound = n / (parse_cpu_s * n + cpu + (server_cpu or 0.0))
    print(f"{len(articles)} citations replicated to {n:,} (new PMIDs), {passages:,} passages, PostgreSQL "
          f"{settings.get('server_version')} (fsync={settings.get('fsync')}, synchronous_commit="
          f"{settings.get('synchronous_commit')}; word index kept by the ingest); load {load:.1f} at the start, "
          f"{os.getloadavg()[0]:.1f} at the end, on {os.cpu_count()} cores")
    server_shown = "?" if server_cpu is None else f"{server_cpu:.1f}"
    print(f"{'step':<44} {'citations/s':>11} {'passages/s':>11} {'wall s':>7}  CPU s (this process + server)")
    print(f"{'parse PubMed XML':<44} {1 / parse_s:11,.0f} {per / parse_s:11,.0f} {parse_s * n:7.1f}  "
          f"{parse_cpu_s * n:.1f}")
    print(f"{'store + word index, 500 citations/transaction':<44} {n / wall:11,.0f} {passages / wall:11,.0f} "
          f"{wall:7.1f}  {cpu:.1f} + {server_shown}")
    print(f"{'parse + store + index (end to end)':<44} {end_to_end:11,.0f} {end_to_end * per:11,.0f} "
          f"{parse_s * n + wall:7.1f}")
    if server_cpu is not None:
        print(f"{'the same from CPU seconds alone':<44} {cpu_bound:11,.0f} {cpu_bound * per:11,.0f} "
              f"{'':>7}  {parse_cpu_s * n + cpu + server_cpu:.1f}   (one step after the other on one idle core)")
    else:
        print("(the server's CPU seconds are not readable from here: it runs elsewhere or as another user)")


class ServerCpu:
    """CPU seconds of a PostgreSQL server on this machine: its postmaster, the processes it runs, and those
    that ended (the postmaster's count of waited-for children)."""

    def __init__(self, postmaster: int) -> None:
        self.postmaster = postmaster

    @classmethod
    def of(cls, backend: int) -> ServerCpu:
        stat = _stat(backend)
        return cls(int(stat[1]) if stat else -1)

    def seconds(self) -> float | None:
        own = _stat(self.postmaster)
        if own is None:
            return None
        tick = os.sysconf("SC_CLK_TCK")
        total = sum(int(v) for v in own[11:15]) / tick  # utime, stime, cutime, cstime
        for pid in filter(str.isdigit, os.listdir("/proc")):
            stat = _stat(int(pid))
            if stat is not None and stat[1] == str(self.postmaster):
                total += (int(stat[11]) + int(stat[12])) / tick
        return total


def _stat(pid: int) -> list[str] | None:
    """/proc/<pid>/stat after the command name (field 3 on), or None when it cannot be read."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


if __name__ == "__main__":
    main()
