"""BioASQ passage retrieval: oncoguide's retrievers against bm25s, scored by the shared reference scorer.

    .venv/bin/python benchmarks/bioasq_retrieval.py   # needs ../shared/benchmarks and `pip install -e '.[bench]'`

Rows, in one run, through the reference scorer's own `load`, `run` and `score` (../shared/benchmarks/bioasq_eval.py):
  - bm25s: the baseline;
  - oncoguide lexical: Tantivy BM25 with document score and feedback terms, the best candidates scored again
    with BM25 k1 0.9 / b 0.4 (search/index.py; no model);
  - oncoguide hybrid: lexical fused with all-MiniLM-L6-v2 vectors, the retriever `oncoguide ask` uses once
    passages are embedded. Vectors are cached in --vectors (default /tmp/oncoguide-bioasq/search/vectors.sqlite):
    the first run embeds all 20,767 passages (about 12 min on a quiet 2-core machine, counted in its index
    time; an interrupted run keeps what it embedded); later runs read them.
Targets: nDCG@10 >= 1.07 x bm25s lexical, >= 1.13 x hybrid; p95 < 50 ms. Each row also gives the process CPU
seconds it took (index and queries), since wall time on a shared machine depends on the others' load.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import os
import sys
import time
from pathlib import Path

# ../shared beside the checkout (or beside the folder of worktrees that holds it)
SCORER = next((p / "shared" / "benchmarks" / "bioasq_eval.py" for p in Path(__file__).resolve().parents
               if (p / "shared" / "benchmarks" / "bioasq_eval.py").exists()),
              Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "bioasq_eval.py")


def lexical_ranker(passages: list[tuple[str, str]]):  # noqa: ANN201
    from oncoguide.search.index import LexicalIndex

    index = LexicalIndex.build(passages)
    return lambda query, k: [hit.position for hit in index.search(query, k)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vectors", type=Path, default=None, help="cache file of the passages' vectors")
    parser.add_argument("--no-hybrid", action="store_true", help="skip the hybrid row (no embedding)")
    parser.add_argument("--root", type=Path, default=None,
                        help="folder of BioASQ *_golden.json files (default: the scorer's, every task set)")
    args = parser.parse_args(argv)
    from oncoguide.search import embed
    from oncoguide.search.index import bioasq_ranker

    if not SCORER.exists():
        print(f"skipped: the reference scorer {SCORER} is not here", file=sys.stderr)
        return 2
    spec = importlib.util.spec_from_file_location("bioasq_eval", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    questions, passages = scorer.load(str(args.root)) if args.root else scorer.load()
    print(f"{len(questions)} questions, {len(passages)} passages, {len({p for p, _ in passages})} articles; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    print("| ranker | nDCG@10 | R@10 | R@100 | index s | p50 ms | p95 ms |\n|---|---|---|---|---|---|---|")
    rows = {"bm25s (baseline)": scorer.bm25s_make, "oncoguide lexical": lexical_ranker}
    if args.no_hybrid:
        pass
    elif embed.available():
        rows["oncoguide hybrid (lexical + MiniLM)"] = functools.partial(bioasq_ranker, vectors=args.vectors)
    else:
        print("| oncoguide hybrid | not run: the embedding model is not installed (see README) | | | | | |")
    results, cpu = {}, {}
    for name, make in rows.items():
        start = time.process_time()
        results[name] = scorer.run(name, make, questions, passages)
        cpu[name] = time.process_time() - start
    print()
    base = results.pop("bm25s (baseline)")
    for name, ndcg in results.items():
        print(f"nDCG@10 {name} / bm25s = {ndcg / base:.3f}")
    print("CPU s (index + all queries): " + ", ".join(f"{name} {s:.0f}" for name, s in cpu.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
