"""Passage search at scale (issue #16): ingest (store + index), cold `ask`, serving memory, lexical latency.

    .venv/bin/python benchmarks/search_scale.py --passages 200000 1000000 [--grow-vocab] [--old]

The MEDLINE chunk (../shared/data/pubmed) is parsed once and replicated under new PMIDs to each size, in
/tmp/oncoguide-scale-<n>[-vocab] (never in the repository). Replicated text keeps ~9k distinct terms;
--grow-vocab gives every 8th word of each copy a copy-specific spelling, so the vocabulary grows with the corpus
as PubMed's does. Queries: the first 300 BioASQ questions (../shared/benchmarks/bioasq). Rows, same run:
  - oncoguide (Tantivy): ingest = store_documents in 500-citation batches (as `oncoguide ingest pubmed`)
    then update_index; cold ask = a new `oncoguide ask` process; serving = one process answering every query
    through StorePassages (index search + the store lookup of the passages shown), its peak RSS;
  - SQLite FTS5 bm25(), the question's words OR-ed (the other candidate), over the same passages;
  - --old: the index before #16 (search/bm25.py at OLD_REF: FTS5 tokens, all postings in numpy memory),
    loaded from git history; its full build is what the first `ask` after any ingest paid.
Each row runs in its own process, so the RSS figures are its own. Targets at 1M: cold ask < 1.5 s, RSS
< 600 MB, lexical p95 < 50 ms, ingest >= 5,000 passages/s.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "benchmarks").is_dir()), ROOT.parent / "shared")
MEDLINE = SHARED / "data" / "pubmed" / "medline16n0902.xml.gz"
SCORER = SHARED / "benchmarks" / "bioasq_eval.py"
OLD_REF = "a278c9d"  # main before issue #16
QUESTIONS = 300
PUBMED = 36_000_000
ASK = "Can lenalidomide cause blood clots?"


def _questions() -> list[str]:
    spec = importlib.util.spec_from_file_location("bioasq_eval", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return [q for q, _ in scorer.load()[0]][:QUESTIONS]


def _articles(n_passages: int, grow: bool):  # noqa: ANN202
    from oncoguide.model.article import AbstractPart
    from oncoguide.sources.pubmed import read_pubmed

    base = [a for a in read_pubmed(MEDLINE)]
    made, copy = 0, 0
    while True:
        for i, a in enumerate(base):
            if made >= n_passages:
                return
            update = {"pmid": str(900_000_000 + copy * len(base) + i)}
            if grow:
                update["abstract"] = [AbstractPart(label=p.label, category=p.category, text=_respell(p.text, copy))
                                      for p in a.abstract]
            made += 1 + len(a.abstract)
            yield a.model_copy(update=update)
        copy += 1


def _respell(text: str, copy: int) -> str:
    words = text.split(" ")
    return " ".join(f"{w}{copy:x}" if i % 8 == 7 and w.isalpha() else w for i, w in enumerate(words))


def _home(n: int, grow: bool) -> Path:
    return Path(f"/tmp/oncoguide-scale-{n}{'-vocab' if grow else ''}")


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.is_dir() else path.stat().st_size


def ingest(n: int, grow: bool) -> dict:
    """Store and index n passages from nothing; seconds for each step."""
    from oncoguide.search.passages import update_index
    from oncoguide.store import open_engine
    from oncoguide.store.articles import article_document
    from oncoguide.store.documents import store_documents

    home = _home(n, grow)
    subprocess.run(["rm", "-rf", str(home)], check=True)
    engine = open_engine(f"sqlite:///{home / 'oncoguide.sqlite'}")
    t0 = time.perf_counter()
    batch = []
    for article in _articles(n, grow):
        batch.append(article_document(article))
        if len(batch) == 500:
            store_documents(engine, batch)
            batch = []
    if batch:
        store_documents(engine, batch)
    stored = time.perf_counter() - t0
    added = update_index(engine, home / "search" / "passages")
    total = time.perf_counter() - t0
    return {"passages": added, "store_s": stored, "index_s": total - stored, "total_s": total,
            "db_bytes": _size(home / "oncoguide.sqlite"), "index_bytes": _size(home / "search" / "passages")}


def serve(n: int, grow: bool) -> dict:
    """One process: open the passage search, answer every question; latency and peak RSS."""
    from oncoguide.search.passages import StorePassages
    from oncoguide.search.text import terms
    from oncoguide.store import open_existing

    home = _home(n, grow)
    t0 = time.perf_counter()
    passages = StorePassages(open_existing(f"sqlite:///{home / 'oncoguide.sqlite'}", "passages"),
                             home / "search" / "passages")
    opened = time.perf_counter() - t0
    lat, cpu = [], []
    for q in _questions():
        a, c = time.perf_counter(), time.thread_time()
        passages.search(terms(q), k=20)
        lat.append(time.perf_counter() - a)
        cpu.append(time.thread_time() - c)
    return {"open_s": opened, **_stats(lat), **_stats(cpu, "cpu_")}


def fts5(n: int, grow: bool) -> dict:
    from oncoguide.search.text import fts_any, terms

    home = _home(n, grow)
    path = Path(f"/tmp/oncoguide-scale-fts5-{n}.sqlite")
    path.unlink(missing_ok=True)
    t0 = time.perf_counter()
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(text, content='', tokenize='porter unicode61')")
    conn.execute(f"ATTACH '{home / 'oncoguide.sqlite'}' AS store")
    with conn:
        conn.execute("INSERT INTO f(rowid, text) SELECT id, text FROM store.passages")
    built = time.perf_counter() - t0
    lat, cpu = [], []
    for q in _questions():
        a, c = time.perf_counter(), time.thread_time()
        conn.execute("SELECT rowid FROM f WHERE f MATCH ? ORDER BY bm25(f) LIMIT 20", (fts_any(terms(q)),)).fetchall()
        lat.append(time.perf_counter() - a)
        cpu.append(time.thread_time() - c)
    size = path.stat().st_size
    path.unlink()
    return {"build_s": built, "index_bytes": size, **_stats(lat), **_stats(cpu, "cpu_")}


def old(n: int, grow: bool) -> dict:
    """The pre-#16 index: FTS5 table, then every posting read into numpy (bm25.py at OLD_REF)."""
    import numpy as np

    from oncoguide.search.text import terms

    code = subprocess.run(["git", "-C", str(ROOT), "show", f"{OLD_REF}:src/oncoguide/search/bm25.py"],
                          check=True, capture_output=True, text=True).stdout
    bm25 = sys.modules["old_bm25"] = type(sys)("old_bm25")  # registered: its dataclasses look their module up
    exec(compile(code, "old_bm25.py", "exec"), bm25.__dict__)  # noqa: S102 -- our own file from git history
    home = _home(n, grow)
    t0 = time.perf_counter()
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE passage_fts USING fts5(text, tokenize='porter unicode61')")
    conn.execute(f"ATTACH '{home / 'oncoguide.sqlite'}' AS store")
    rows = conn.execute("SELECT document_id FROM store.passages ORDER BY id").fetchall()
    doc_of = np.unique(np.asarray([r[0] for r in rows]), return_inverse=True)[1].astype(np.int32)
    with conn:
        conn.execute("INSERT INTO passage_fts(rowid, text) SELECT row_number() OVER (ORDER BY id) - 1, text "
                     "FROM store.passages")
    postings = bm25.Postings.from_fts(conn, "passage_fts", doc_of)
    built = time.perf_counter() - t0
    stemmer = bm25.Stemmer()
    lat, cpu = [], []
    for q in _questions():
        a, c = time.perf_counter(), time.thread_time()
        stems = stemmer.stems(terms(q))
        postings.top([postings.vocab[s] for s in stems if s in postings.vocab], 20)
        lat.append(time.perf_counter() - a)
        cpu.append(time.thread_time() - c)
    return {"build_s": built, **_stats(lat), **_stats(cpu, "cpu_")}


def cold_ask(n: int, grow: bool, runs: int = 3) -> dict:
    """A new `oncoguide ask` process over the corpus, and over no ingested passages at all (the baseline:
    loading the knowledge base and answering from it), alternated so both see the same machine load. One
    untimed ask in each home first, as a user's first ask after installing or editing content: it writes the
    checked knowledge base to the home's cache (content/cache.py), which every later ask reads."""
    out: dict[str, float] = {}
    empty = Path(f"/tmp/oncoguide-scale-empty-{os.getpid()}")
    empty.mkdir(exist_ok=True)
    homes = {"": _home(n, grow), "empty_": empty}
    times: dict[str, list[float]] = {name: [] for name in homes}
    for i in range(runs + 1):
        for name, home in homes.items():
            env = {**os.environ, "ONCOGUIDE_HOME": str(home)}
            env.pop("ONCOGUIDE_DATABASE_URL", None)
            a = time.perf_counter()
            subprocess.run([sys.executable, "-c", "from oncoguide.cli import app; app()", "ask", ASK], env=env,
                           check=True, stdout=subprocess.DEVNULL)
            if i:
                times[name].append(time.perf_counter() - a)
    for name, found in times.items():
        found.sort()
        out[f"{name}median_s"], out[f"{name}max_s"] = found[len(found) // 2], found[-1]
    out["ask_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    shutil.rmtree(empty)
    return out


def _stats(lat: list[float], prefix: str = "") -> dict:
    lat.sort()
    return {f"{prefix}p50_ms": lat[len(lat) // 2] * 1e3, f"{prefix}p95_ms": lat[int(len(lat) * 0.95)] * 1e3}


def _child(step: str, n: int, grow: bool, runs: int = 3) -> dict:
    """Run one step in a fresh process; its result plus the process's peak RSS."""
    out = subprocess.run([sys.executable, __file__, "--child", step, "--passages", str(n), "--runs", str(runs)] +
                         (["--grow-vocab"] if grow else []), check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _ingested(n: int, grow: bool, reuse: bool) -> dict:
    """Ingest n passages, or with `reuse` take the corpus (and its ingest figures) an earlier run left."""
    done = _home(n, grow) / "ingest.json"
    if reuse and done.is_file() and (_home(n, grow) / "oncoguide.sqlite").is_file():
        print(f"(reusing the corpus in {done.parent}: ingest figures from {time.ctime(done.stat().st_mtime)})")
        return json.loads(done.read_text())
    return _child("ingest", n, grow)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--passages", type=int, nargs="+", default=[200_000])
    ap.add_argument("--grow-vocab", action="store_true")
    ap.add_argument("--old", action="store_true", help="also run the pre-#16 index (needs RAM: ~8 GB at 1M)")
    ap.add_argument("--reuse", action="store_true", help="reuse a corpus an earlier run built in /tmp (no ingest)")
    ap.add_argument("--only-ask", action="store_true", help="run only the cold `ask` rows")
    ap.add_argument("--runs", type=int, default=3, help="timed cold asks in each home (after one untimed)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        steps = {"ingest": ingest, "serve": serve, "fts5": fts5, "old": old, "ask": partial(cold_ask, runs=a.runs)}
        result = steps[a.child](a.passages[0], a.grow_vocab)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        result["rss_mb"], result["cpu_s"] = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
        result["load"] = os.getloadavg()[0]  # the machine is shared: CPU time is the steadier figure
        (_home(a.passages[0], a.grow_vocab) / f"{a.child}.json").write_text(json.dumps(result))
        print(json.dumps(result))
        return 0
    for n in a.passages:
        print(f"\n## {n:,} passages{' (growing vocabulary)' if a.grow_vocab else ''}\n", flush=True)
        ing = _ingested(n, a.grow_vocab, a.reuse or a.only_ask)
        per = (ing["db_bytes"] + ing["index_bytes"]) / ing["passages"]
        print(f"ingest: {ing['passages']:,} passages; store {ing['store_s']:.1f} s, index {ing['index_s']:.1f} s, "
              f"end to end {ing['passages'] / ing['total_s']:,.0f} passages/s (index alone "
              f"{ing['passages'] / ing['index_s']:,.0f}/s); {ing['passages'] / ing['cpu_s']:,.0f} passages per CPU second; "
              f"peak RSS {ing['rss_mb']:.0f} MB; load average {ing['load']:.1f} on 2 cores")
        print(f"disk: database {ing['db_bytes'] / 1e6:,.0f} MB, index {ing['index_bytes'] / 1e6:,.0f} MB; "
              f"{per:,.0f} bytes per passage (index {ing['index_bytes'] / ing['passages']:,.0f}); "
              f"PubMed ~{PUBMED / 1e6:.0f}M citations x {ing['passages'] / (n / 3.3):.1f} passages each -> "
              f"~{per * PUBMED * 3.3 / 1e9:,.0f} GB", flush=True)
        if not a.only_ask:
            print("\n| engine | build s | open s | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms | peak RSS MB |\n"
                  "|---|---|---|---|---|---|---|---|")
            srv = _child("serve", n, a.grow_vocab)
            print(f"| oncoguide (Tantivy), StorePassages | {ing['index_s']:.1f} | {srv['open_s']:.2f} | "
                  f"{srv['p50_ms']:.1f} | {srv['p95_ms']:.1f} | {srv['cpu_p50_ms']:.1f} | {srv['cpu_p95_ms']:.1f} | "
                  f"{srv['rss_mb']:.0f} |", flush=True)
            f5 = _child("fts5", n, a.grow_vocab)
            print(f"| SQLite FTS5 bm25(), OR | {f5['build_s']:.1f} | | {f5['p50_ms']:.1f} | {f5['p95_ms']:.1f} | "
                  f"{f5['cpu_p50_ms']:.1f} | {f5['cpu_p95_ms']:.1f} | {f5['rss_mb']:.0f} |", flush=True)
            if a.old:
                od = _child("old", n, a.grow_vocab)
                print(f"| before #16 (FTS5 + numpy postings) | {od['build_s']:.1f} | (= build) | "
                      f"{od['p50_ms']:.1f} | {od['p95_ms']:.1f} | {od['cpu_p50_ms']:.1f} | {od['cpu_p95_ms']:.1f} | "
                  f"{od['rss_mb']:.0f} |", flush=True)
        ask = _child("ask", n, a.grow_vocab, a.runs)
        print(f"\ncold `oncoguide ask`: median {ask['median_s']:.2f} s, max {ask['max_s']:.2f} s ({a.runs} runs), "
              f"peak RSS {ask['ask_rss_mb']:.0f} MB; with no passages ingested (baseline): median "
              f"{ask['empty_median_s']:.2f} s, max {ask['empty_max_s']:.2f} s; load average {ask['load']:.1f} "
              "on 2 cores", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
