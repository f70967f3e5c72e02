"""Two ingests of the same files at once against one database: both succeed, nothing is stored twice (#15)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import sqlalchemy as sa

import oncoguide
from oncoguide.store import open_engine

CITATION = """<PubmedArticle><MedlineCitation><PMID Version="1">{pmid}</PMID>
  <Article><Journal><Title>Journal of Tests</Title></Journal><ArticleTitle>Test article {pmid}.</ArticleTitle>
  <Abstract><AbstractText>Invented abstract number {pmid}.</AbstractText></Abstract></Article>
</MedlineCitation></PubmedArticle>
"""

# Each process waits for the `go` file, so both start ingesting the same citations at the same moment.
CHILD = """
import json, sys, time
from pathlib import Path
from oncoguide.ingest import ingest
from oncoguide.store import open_engine
url, go, batch, *files = sys.argv[1:]
engine = open_engine(url)
while not Path(go).exists():
    time.sleep(0.005)
report = ingest(engine, "pubmed", [Path(f) for f in files], batch_size=int(batch))
print(json.dumps({"added": report.added, "unchanged": report.unchanged, "updated": report.updated,
                  "failed": report.failed}))
"""


def citations(path: Path, pmids: range) -> Path:
    path.write_text("<PubmedArticleSet>\n" + "".join(CITATION.format(pmid=p) for p in pmids) + "</PubmedArticleSet>\n")
    return path


def test_two_ingests_of_overlapping_files_at_once_both_succeed(database_url: str, tmp_path: Path) -> None:
    # One transaction per citation: the most chances to collide (batches fall back to this on any error).
    batch_size = 1
    first = citations(tmp_path / "first.xml", range(900000001, 900000201))
    second = citations(tmp_path / "second.xml", range(900000151, 900000301))  # 50 citations in both files
    url, go = database_url, tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(Path(oncoguide.__file__).parents[1])}
    runs = [subprocess.Popen([sys.executable, "-c", CHILD, url, str(go), str(batch_size), *files], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for files in ([str(first), str(second)], [str(first), str(second)])]
    go.touch()
    outputs = [run.communicate(timeout=300) for run in runs]

    for run, (out, err) in zip(runs, outputs):
        assert run.returncode == 0, err
        report = json.loads(out)
        assert report["failed"] == [], report["failed"]
        assert report["added"] + report["unchanged"] == 350  # 200 + 150 documents read, every one accounted for
    reports = [json.loads(out) for out, _ in outputs]
    assert sum(r["added"] for r in reports) == 300  # each citation added once, by one or the other
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        docs = conn.execute(sa.text("SELECT count(*), count(DISTINCT key) FROM documents")).one()
        passages = conn.execute(sa.text("SELECT count(*) FROM passages")).scalar_one()
    engine.dispose()
    assert tuple(docs) == (300, 300) and passages == 600


def test_opening_a_new_database_while_another_process_creates_it_waits_instead_of_failing(tmp_path: Path) -> None:
    # Another writer holds the brand-new file (as a second ingest's migration does): SQLite refuses the switch
    # to WAL at once, without its busy timeout. The store must wait for the writer, not fail to open.
    path = tmp_path / "db.sqlite"
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("CREATE TABLE first_migration (x)")
    threading.Timer(0.3, writer.execute, ["COMMIT"]).start()

    engine = open_engine(f"sqlite:///{path}")

    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert sa.inspect(conn).has_table("documents")
    engine.dispose()
    writer.close()
