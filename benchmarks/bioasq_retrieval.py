"""BioASQ passage retrieval: oncoguide's lexical index against bm25s, scored by the shared reference scorer.

    .venv/bin/python benchmarks/bioasq_retrieval.py      # needs ../shared/benchmarks and `pip install bm25s PyStemmer`

Prints the scorer's table (nDCG@10, recall@10, recall@100, index time, p50/p95 latency) for bm25s (baseline) and
`oncoguide.search.index:bioasq_ranker`, the retriever `oncoguide ask` uses. Targets: nDCG@10 >= 1.10 x bm25s,
p95 < 50 ms.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCORER = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "bioasq_eval.py"
RANKER = "oncoguide.search.index:bioasq_ranker"


def main() -> int:
    if not SCORER.exists():
        print(f"skipped: the reference scorer {SCORER} is not here", file=sys.stderr)
        return 2
    return subprocess.call([sys.executable, str(SCORER), "--ranker", RANKER, *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
