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

    start = time.perf_counter()
    articles = list(read_pubmed(args.file))
    parse_rate = len(articles) / (time.perf_counter() - start)
    n = args.citations
    if args.database_url:
        postgresql(args.database_url, articles, n, parse_rate)
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


def postgresql(url: str, articles: list[Article], n: int, parse_rate: float) -> None:
    """Parse and `oncoguide ingest pubmed` (500 citations per transaction) into an empty PostgreSQL database."""
    import sqlalchemy as sa

    engine = open_engine(url)
    with engine.connect() as conn:
        if conn.execute(sa.text("SELECT EXISTS (SELECT 1 FROM documents)")).scalar_one():
            raise SystemExit("the database already holds documents: give an empty one")
    report = IngestReport()
    start, cpu = time.perf_counter(), time.process_time()
    store_all(engine, (article_document(a) for a in replicate(articles, n)), report, batch_size=500)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert report.added == n, report
    with engine.connect() as conn:
        passages = conn.execute(sa.text("SELECT count(*) FROM passages")).scalar_one()
    engine.dispose()
    per = passages / n
    end_to_end = 1 / (1 / parse_rate + wall / n)
    print(f"{len(articles)} citations replicated to {n:,} (new PMIDs), {passages:,} passages, PostgreSQL "
          f"(word index kept by the ingest); load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'step':<48} {'citations/s':>11} {'passages/s':>11}")
    print(f"{'parse PubMed XML':<48} {parse_rate:11,.0f} {parse_rate * per:11,.0f}")
    print(f"{'store + word index, 500 citations/transaction':<48} {n / wall:11,.0f} {passages / wall:11,.0f}"
          f"   (client CPU {cpu:.0f} s of {wall:.0f} s)")
    print(f"{'parse + store + index (end to end)':<48} {end_to_end:11,.0f} {end_to_end * per:11,.0f}")


if __name__ == "__main__":
    main()
