"""Passage search inside PostgreSQL on a primary and a streaming replica (#16): lexical latency, cold ask,
and one or two web processes, reads served by the primary or by the replica, in one run.

    PYTHONPATH=src .venv/bin/python benchmarks/pg_replica.py [--passages 1000000] [--seconds 15] [--connections 8]
    PYTHONPATH=src .venv/bin/python benchmarks/pg_replica.py --bioasq   # ranking quality: PostgreSQL vs embedded

Needs Debian's PostgreSQL 15 binaries (as tests/pgserver.py), wrk, and ../shared (the MEDLINE chunk, BioASQ).
Everything lives under /tmp and both clusters are stopped and removed at the end.

Corpus: the 604-citation MEDLINE chunk is ingested through oncoguide's own pipeline, then copied in SQL under new
PMIDs until there are --passages passages; each copied passage gets two extra words drawn log-uniformly from a
vocabulary of passages/10 words, so the vocabulary grows with the corpus (a plain copy keeps ~9k terms). The GIN
index is dropped for the bulk copy and built once after it (ingest keeps it live).
Then a streaming replica is made with pg_basebackup -R and started on another port.
With --keep DIR both clusters live in DIR and are only stopped at the end: a later run with the same --keep and
--passages starts them again instead of building the corpus (1M passages take several minutes to build).

Figures:
  lexical    PgPassages.search on the topic words of 500 BioASQ questions (k=20), in this process, warm;
  cold ask   a new `oncoguide ask` process, wall time (median of 3), reads from the replica;
  web        `oncoguide serve` processes answering POST /api/ask (questions from kb_questions.yaml) under wrk,
             one wrk per process at once: req/s summed, p50/p95 the worst process, RSS the largest process;
             "tx" is how many transactions each server finished during the run (where the reads went; a
             search reads in autocommit, so each of its statements counts as one).
Targets at 1M passages, reads from the replica: cold ask < 1.5 s, RSS < 600 MB, lexical p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import sqlalchemy as sa
import yaml

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout (a worktree sits one level deeper: the first parent that has it)
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "DESIGN.md").exists()), ROOT.parent / "shared")
MEDLINE = SHARED / "data" / "pubmed" / "medline16n0902.xml.gz"
SCORER = SHARED / "benchmarks" / "bioasq_eval.py"
sys.path.insert(0, str(ROOT / "tests"))  # the throwaway-cluster helper the store tests use
sys.path.insert(0, str(Path(__file__).parent))

from pgserver import BIN, PgServer, unavailable_reason  # noqa: E402
from serve_drug_page import free_port, stop, wait_up  # noqa: E402

from oncoguide.search.pg import BUDGET  # noqa: E402

LUA = r"""
local bodies = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("POST", "/api/ask", {["Content-Type"] = "application/json"}, bodies[(i %% #bodies) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("P50 %%f\nP95 %%f\nERRORS %%d\n", latency:percentile(50) / 1000,
                         latency:percentile(95) / 1000, e.connect + e.read + e.write + e.status + e.timeout))
end
"""


# ---- clusters

class KeptServer(PgServer):
    """A primary in a fixed directory that outlives the run: initialised once, started again by later runs."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.data, self.sock, self.port = root / "data", root / "sock", free_port()

    @property
    def built(self) -> bool:
        """Is a whole corpus there? (A run killed while building leaves none: the next run starts over.)"""
        return (self.root / "corpus-built").exists()

    def start(self) -> str:
        if not self.built:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root.mkdir(parents=True)
            return super().start()
        self._run(f"{BIN}/pg_ctl -D {self.data} -l {self.root}/log.txt -w -o "
                  f"'-c listen_addresses=127.0.0.1 -p {self.port} -k {self.sock} -c fsync=off' start")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        self._run(f"{BIN}/pg_ctl -D {self.data} -m fast stop")


def start_replica(primary: PgServer) -> tuple[str, Path, int]:
    """A streaming replica of `primary` (pg_basebackup -R), started on its own port: (url, data dir, port)."""
    data, port = primary.root / "replica", free_port()
    if not (data / "PG_VERSION").exists():  # a kept replica (--keep) streams what it missed when started
        primary._run(f"{BIN}/pg_basebackup -D {data} -R -X stream --checkpoint=fast -h {primary.sock} "
                     f"-p {primary.port} -U postgres")
    else:  # it was made against the primary's previous port
        conf = data / "postgresql.auto.conf"
        conf.write_text(re.sub(r"port=\d+", f"port={primary.port}", conf.read_text()))
    primary._run(f"{BIN}/pg_ctl -D {data} -l {primary.root}/replica-log.txt -w -o "
                 f"'-c listen_addresses=127.0.0.1 -p {port} -k {primary.sock} -c fsync=off' start")
    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", data, port


def caught_up(primary_url: str, replica_url: str) -> None:
    """Wait until the replica has replayed everything the primary wrote (and say that it is a replica)."""
    with sa.create_engine(primary_url).connect() as p:
        lsn = p.execute(sa.text("SELECT pg_current_wal_lsn()::text")).scalar()
    engine = sa.create_engine(replica_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as r:
        assert r.execute(sa.text("SELECT pg_is_in_recovery()")).scalar(), "the replica is not in recovery"
        while r.execute(sa.text("SELECT pg_wal_lsn_diff(pg_last_wal_replay_lsn(), CAST(:lsn AS pg_lsn)) < 0"),
                        {"lsn": lsn}).scalar():
            time.sleep(0.2)
    engine.dispose()


def stored_passages(url: str) -> int:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        n = conn.execute(sa.text("SELECT count(*) FROM passages")).scalar_one()
    engine.dispose()
    return int(n)


def transactions(url: str) -> int:
    """Transactions the server has finished (a search reads in autocommit: one per statement)."""
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        n = conn.execute(sa.text("SELECT xact_commit + xact_rollback FROM pg_stat_database "
                                 "WHERE datname = current_database()")).scalar()
    engine.dispose()
    return int(n)


# ---- corpus

def build_corpus(url: str, wanted: int) -> tuple[int, float]:
    """Ingest the MEDLINE chunk, copy it up to `wanted` passages; (passages, seconds)."""
    from oncoguide.ingest import ingest
    from oncoguide.store import open_engine

    t0 = time.perf_counter()
    engine = open_engine(url)
    report = ingest(engine, "pubmed", [MEDLINE], batch_size=200)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("ALTER SYSTEM SET maintenance_work_mem = '512MB'"))
        conn.execute(sa.text("ALTER SYSTEM SET max_wal_size = '8GB'"))
        conn.execute(sa.text("SELECT pg_reload_conf()"))
    with engine.begin() as conn:
        base_docs = conn.execute(sa.text("SELECT max(id) FROM documents")).scalar_one()
        base = conn.execute(sa.text("SELECT count(*) FROM passages")).scalar_one()
        conn.execute(sa.text("DROP INDEX ix_passages_tsv"))
    print(f"ingested {report.added} citations, {base} passages; copying to {wanted:,} passages", file=sys.stderr)
    copies, step = math.ceil(max(wanted - base, 0) / base), 25
    for lo in range(1, copies + 1, step):
        hi = min(copies, lo + step - 1)
        with engine.begin() as conn:
            before = conn.execute(sa.text("SELECT max(id) FROM documents")).scalar_one()
            conn.execute(sa.text(
                "INSERT INTO documents (kind, key, version, title, effective_date, checksum, data, ingested_at) "
                "SELECT d.kind, d.key || '.' || c, d.version, d.title, d.effective_date, d.checksum, d.data, "
                "d.ingested_at FROM documents d CROSS JOIN generate_series(CAST(:lo AS int), CAST(:hi AS int)) c WHERE d.id <= :base"),
                {"lo": lo, "hi": hi, "base": base_docs})
            conn.execute(sa.text(
                "INSERT INTO passages (document_id, position, section, title, text) "
                "SELECT n.id, p.position, p.section, p.title, p.text || ' w' || floor(exp(random() * ln(CAST(:vocab AS float8))))::int"
                " || ' w' || floor(exp(random() * ln(CAST(:vocab AS float8))))::int "
                "FROM documents n JOIN documents o ON o.id <= :base AND o.kind = n.kind "
                "AND o.key = split_part(n.key, '.', 1) JOIN passages p ON p.document_id = o.id WHERE n.id > :before"),
                {"vocab": max(wanted // 10, 2), "base": base_docs, "before": before})
        print(f"  copies {lo}-{hi} of {copies}", file=sys.stderr)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("CREATE INDEX ix_passages_tsv ON passages USING gin (tsv)"))
        conn.execute(sa.text("VACUUM ANALYZE passages"))
        conn.execute(sa.text("VACUUM ANALYZE documents"))
        conn.execute(sa.text("CHECKPOINT"))
        total = conn.execute(sa.text("SELECT count(*) FROM passages")).scalar_one()
    engine.dispose()
    return int(total), time.perf_counter() - t0


# ---- measurements

def bioasq_queries(n: int) -> list[list[str]]:
    from oncoguide.search.synonyms import expansions
    from oncoguide.search.text import terms

    scorer = _scorer()
    questions, _ = scorer.load()
    return [list(dict.fromkeys([*terms(q), *expansions(q)])) for q, _ in questions[:n]]


def lexical(url: str, queries: list[list[str]], budget: int) -> dict[str, float]:
    """p50 / p95 wall ms, mean CPU ms per query (this process and its PostgreSQL backend) and mean hits of
    PgPassages.search over the queries, after a warm-up pass over 50. The pool keeps one connection, so one
    backend serves every query; its CPU time is read from /proc (same machine)."""
    from oncoguide.search.pg import PgPassages

    engine = sa.create_engine(url, pool_size=1)
    search = PgPassages(engine, budget=budget)
    for words in queries[:50]:
        search.search(words, k=20)
    with engine.connect() as conn:
        backend = conn.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
    times, hits = [], []
    cpu0, server0 = time.process_time(), _cpu_s(backend)
    for words in queries:
        t = time.perf_counter()
        hits.append(len(search.search(words, k=20)))
        times.append((time.perf_counter() - t) * 1000)
    client, server = time.process_time() - cpu0, _cpu_s(backend) - server0
    engine.dispose()
    times.sort()
    return {"p50": times[len(times) // 2], "p95": times[int(len(times) * 0.95)],
            "server_cpu": server * 1000 / len(queries), "client_cpu": client * 1000 / len(queries),
            "hits": statistics.mean(hits)}


def _cpu_s(pid: int) -> float:
    """user + system CPU seconds of a process (fields 14 and 15 of /proc/PID/stat, in clock ticks)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def env_for(home: Path, primary_url: str, read_url: str | None) -> dict[str, str]:
    env = {**os.environ, "ONCOGUIDE_HOME": str(home), "ONCOGUIDE_DATABASE_URL": primary_url,
           "PYTHONPATH": str(ROOT / "src")}
    env.pop("ONCOGUIDE_DATABASE_READ_URL", None)
    if read_url:
        env["ONCOGUIDE_DATABASE_READ_URL"] = read_url
    return env


CLI = [sys.executable, "-c", "from oncoguide.cli import app; app()"]


def cold_ask(env: dict[str, str], runs: int = 3) -> tuple[float, float]:
    """(median wall s, median CPU s) of a new `oncoguide ask` process. CPU time (user + system of the process)
    is given because the 2 cores are shared with other work: wall time then measures the machine's load too."""
    walls, cpus = [], []
    for _ in range(runs):
        t, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([*CLI, "ask", "Does lenalidomide cause neutropenia in myeloma?"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        walls.append(time.perf_counter() - t)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start(cmd: list[str], port: int, env: dict[str, str]) -> subprocess.Popen:
    """A web process, once it listens (a loaded machine can take well over 20 s to start one)."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True, env=env)
    try:
        wait_up(port, timeout=180)
    except RuntimeError:
        stop(proc)
        raise
    return proc


def web(env: dict[str, str], processes: int, lua: Path, seconds: int, connections: int) -> dict[str, float]:
    """Start `processes` web servers and load each with its own wrk at the same time."""
    ports = [free_port() for _ in range(processes)]
    procs: list[subprocess.Popen] = []
    try:
        for p in ports:
            procs.append(start([*CLI, "serve", "--port", str(p)], p, env=env))
        for p in ports:  # the first question builds the composer (knowledge base, search): not timed
            request = urllib.request.Request(f"http://127.0.0.1:{p}/api/ask", method="POST",
                                             data=json.dumps({"q": "Is lenalidomide chemotherapy?"}).encode(),
                                             headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=180) as response:
                response.read()
        loads = [subprocess.Popen(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s",
                                   str(lua), f"http://127.0.0.1:{p}"], stdout=subprocess.PIPE, text=True)
                 for p in ports]
        outs = [w.communicate()[0] for w in loads]
        rss = max(rss_mb(proc.pid) for proc in procs)
    finally:
        for proc in procs:
            stop(proc)
    rates = [float(_field(out, "Requests/sec:")) for out in outs]
    errors = sum(int(_field(out, "ERRORS")) for out in outs)
    return {"rps": sum(rates), "p50": max(float(_field(o, "P50")) for o in outs),
            "p95": max(float(_field(o, "P95")) for o in outs), "rss": rss, "errors": errors}


def _field(out: str, name: str) -> str:
    return next(line.split()[-1] for line in out.splitlines() if line.startswith(name))


def write_lua(path: Path) -> Path:
    questions = [q["q"] for q in yaml.safe_load((ROOT / "benchmarks" / "kb_questions.yaml").read_text())["questions"]]
    bodies = ", ".join("[[" + json.dumps({"q": q}) + "]]" for q in questions)
    path.write_text(LUA % bodies)
    return path


# ---- ranking quality (BioASQ)

def _scorer():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("bioasq_eval", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)  # type: ignore[union-attr]
    return scorer


def pg_ranker(url: str, budget: int):  # noqa: ANN201
    """A ranker factory for the reference scorer: the passages stored in PostgreSQL (once), searched there."""
    def make(passages: list[tuple[str, str]]):  # noqa: ANN202
        from oncoguide.search.pg import PgPassages
        from oncoguide.search.synonyms import expansions
        from oncoguide.search.text import terms
        from oncoguide.store import open_engine

        engine = open_engine(url)
        position = {(f"pmid:{p}", t): i for i, (p, t) in enumerate(passages)}
        search = PgPassages(engine, budget=budget)

        def run(query: str, k: int) -> list[int]:
            words = list(dict.fromkeys([*terms(query), *expansions(query)]))
            return [position[(h.source.id, h.text)] for h in search.search(words, k)]
        with engine.connect() as conn:
            if conn.execute(sa.text("SELECT count(*) FROM passages")).scalar():
                return run
        with engine.begin() as conn:
            ids = conn.execute(sa.text(
                "INSERT INTO documents (kind, key, version, title, checksum, data, ingested_at) "
                "SELECT 'article', k, '1', '', '', '{}', now() FROM unnest(CAST(:keys AS text[])) k RETURNING id, key"),
                {"keys": list(dict.fromkeys(p for p, _ in passages))}).all()
            doc = {key: i for i, key in ids}
            conn.execute(sa.text("INSERT INTO passages (document_id, position, text) "
                                 "SELECT * FROM unnest(CAST(:d AS int[]), CAST(:p AS int[]), CAST(:t AS text[]))"),
                         {"d": [doc[p] for p, _ in passages], "p": list(range(len(passages))),
                          "t": [t for _, t in passages]})
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text("VACUUM ANALYZE passages"))
        return run
    return make


def bioasq(url: str, budgets: list[int]) -> None:
    from oncoguide.search.index import LexicalIndex

    scorer = _scorer()
    questions, passages = scorer.load()
    print(f"{len(questions)} questions, {len(passages)} passages\n")
    print("| ranker | nDCG@10 | R@10 | R@100 | index s | p50 ms | p95 ms |\n|---|---|---|---|---|---|---|")

    def embedded(ps: list[tuple[str, str]]):  # noqa: ANN202
        index = LexicalIndex.build(ps)
        return lambda q, k: [h.position for h in index.search(q, k)]
    scorer.run("embedded lexical (FTS5 tokens + numpy BM25, doc score, feedback)", embedded, questions, passages)
    for budget in budgets:  # the first row's index time includes loading the passages into PostgreSQL
        scorer.run(f"PostgreSQL (tsvector + GIN, BM25 over candidates, budget {budget})", pg_ranker(url, budget),
                   questions, passages)


# ---- main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--passages", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=int, default=15)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--keep", type=Path, help="keep both clusters in this directory and reuse them (the corpus "
                    "is built once per directory)")
    ap.add_argument("--lexical-only", action="store_true", help="measure the lexical search only (no cold ask, "
                    "no web processes)")
    ap.add_argument("--bioasq", action="store_true", help="measure ranking quality on BioASQ instead")
    ap.add_argument("--budget", type=int, nargs="+", default=[BUDGET],
                    help="candidate budgets of the PostgreSQL search (more than one: --bioasq only)")
    args = ap.parse_args()
    reason = unavailable_reason() or (None if MEDLINE.exists() and SCORER.exists() else f"{SHARED} is missing")
    if reason:
        print(f"skipped: {reason}", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # killed: still stop the clusters (finally below)
    primary = KeptServer(args.keep) if args.keep and not args.bioasq else PgServer()
    reused = isinstance(primary, KeptServer) and primary.built
    replica_dir = None
    try:
        primary_url = primary.start()
        if args.bioasq:
            bioasq(primary_url, args.budget)
            return 0
        if reused:
            count = stored_passages(primary_url)
            print(f"corpus: {count:,} passages kept in {args.keep}", file=sys.stderr)
        else:
            count, build_s = build_corpus(primary_url, args.passages)
            print(f"corpus: {count:,} passages in {build_s:.0f} s", file=sys.stderr)
            if isinstance(primary, KeptServer):
                (primary.root / "corpus-built").write_text(f"{count}\n")
        t = time.perf_counter()
        replica_url, replica_dir, _ = start_replica(primary)
        caught_up(primary_url, replica_url)
        print(f"replica: base backup and start {time.perf_counter() - t:.0f} s", file=sys.stderr)
        home = Path(tempfile.mkdtemp(prefix="oncoguide-pgreplica-home-"))
        lua = write_lua(home / "ask.lua")
        queries = bioasq_queries(500)

        print(f"\n{count:,} passages; {os.cpu_count()} cores shared by PostgreSQL, web processes and wrk\n")
        print("| reads from | lexical search | p50 ms | p95 ms | CPU ms/query: PostgreSQL + client | mean hits (k=20) "
              "| load (1 min) |\n|---|---|---|---|---|---|---|")
        for name, read_url in (("primary", None), ("replica", replica_url)):
            for budget in args.budget:
                r = lexical(read_url or primary_url, queries, budget)
                print(f"| {name} | budget {budget} | {r['p50']:.1f} | {r['p95']:.1f} | {r['server_cpu']:.1f} + "
                      f"{r['client_cpu']:.1f} | {r['hits']:.1f} | {os.getloadavg()[0]:.1f} |", flush=True)
        if args.lexical_only:
            return 0

        print("\n| new `oncoguide ask` process | wall s (median of 3) | CPU s (median) |\n|---|---|---|")
        no_db = {**env_for(home, primary_url, None), "ONCOGUIDE_DATABASE_URL": f"sqlite:///{home / 'none.sqlite'}"}
        for name, env in (("baseline: no database (knowledge base only)", no_db),
                          ("PostgreSQL, reads from the primary", env_for(home, primary_url, None)),
                          ("PostgreSQL, reads from the replica", env_for(home, primary_url, replica_url))):
            wall, cpu = cold_ask(env)
            print(f"| {name} | {wall:.2f} | {cpu:.2f} |", flush=True)

        print(f"\nPOST /api/ask, wrk -c{args.connections} per process, {args.seconds} s\n")
        print("| reads from | web processes | req/s | p50 ms | p95 ms | RSS MB (largest) | errors | tx primary | tx replica |")
        print("|---|---|---|---|---|---|---|---|---|")
        for name, read_url in (("primary", None), ("replica", replica_url)):
            for n in (1, 2):
                before = transactions(primary_url), transactions(replica_url)
                r = web(env_for(home, primary_url, read_url), n, lua, args.seconds, args.connections)
                time.sleep(1)  # backends report their counts to pg_stat_database within a second
                tx = transactions(primary_url) - before[0], transactions(replica_url) - before[1]
                print(f"| {name} | {n} | {r['rps']:.1f} | {r['p50']:.0f} | {r['p95']:.0f} | {r['rss']:.0f} | "
                      f"{r['errors']:.0f} | {tx[0]} | {tx[1]} |", flush=True)
        return 0
    finally:
        if replica_dir is not None:
            primary._run(f"{BIN}/pg_ctl -D {replica_dir} -m fast stop")
        primary.stop()


if __name__ == "__main__":
    sys.exit(main())
