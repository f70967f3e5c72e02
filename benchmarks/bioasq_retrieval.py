"""BioASQ passage retrieval: oncoguide's retrievers against bm25s, scored by the shared reference scorer.

    .venv/bin/python benchmarks/bioasq_retrieval.py   # needs ../shared/benchmarks and `pip install -e '.[bench]'`

Rows, in one run, through the reference scorer's own `load`, `run` and `score` (../shared/benchmarks/bioasq_eval.py):
  - bm25s: the baseline;
  - oncoguide lexical: Tantivy BM25 with document score and feedback terms (search/index.py; no model);
  - oncoguide hybrid: lexical fused with all-MiniLM-L6-v2 vectors, the retriever `oncoguide ask` uses once
    passages are embedded. Vectors are cached in ONCOGUIDE_HOME/search/vectors.sqlite: the first run embeds all
    20,767 passages (~4-7 min on 2 cores, counted in its index time); later runs read them.
Targets: nDCG@10 >= 1.10 x bm25s, p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
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
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args(argv)
    from oncoguide.search import embed
    from oncoguide.search.index import bioasq_ranker

    if not SCORER.exists():
        print(f"skipped: the reference scorer {SCORER} is not here", file=sys.stderr)
        return 2
    spec = importlib.util.spec_from_file_location("bioasq_eval", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    questions, passages = scorer.load()
    print(f"{len(questions)} questions, {len(passages)} passages, {len({p for p, _ in passages})} articles\n")
    print("| ranker | nDCG@10 | R@10 | R@100 | index s | p50 ms | p95 ms |\n|---|---|---|---|---|---|---|")
    base = scorer.run("bm25s (baseline)", scorer.bm25s_make, questions, passages)
    rows = {"oncoguide lexical": lexical_ranker}
    if embed.available():
        rows["oncoguide hybrid (lexical + MiniLM)"] = bioasq_ranker
    else:
        print("| oncoguide hybrid | not run: the embedding model is not installed (see README) | | | | | |")
    results = {name: scorer.run(name, make, questions, passages) for name, make in rows.items()}
    print()
    for name, ndcg in results.items():
        print(f"nDCG@10 {name} / bm25s = {ndcg / base:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
