"""SPL parsing throughput (MB/s) against lxml's bare `etree.parse` of the same files, in the same run.

The bare parse is the floor: every SPL parser must at least build the tree. Target: ratio >= 0.5.

    .venv/bin/python benchmarks/spl_parse.py [--rounds 7] [FILES...]   (default: ../shared/data/openfda/*.xml)
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from lxml import etree

from oncoguide.sources.spl import parse_spl

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "openfda"


def timed(fn, files: list[Path], repeat: int) -> float:  # noqa: ANN001
    start = time.perf_counter()
    for _ in range(repeat):
        for path in files:
            fn(path)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=10, help="passes over the files per round")
    args = parser.parse_args()
    files = args.files or sorted(SHARED.glob("*.xml"))
    if not files:
        raise SystemExit(f"no SPL files (looked in {SHARED})")
    megabytes = sum(p.stat().st_size for p in files) * args.repeat / 1e6
    floor = lambda p: etree.parse(str(p))  # noqa: E731
    ours = lambda p: parse_spl(p)  # noqa: E731
    timed(floor, files, 1), timed(ours, files, 1)  # warm the page cache and imports
    bare, full = [], []
    for _ in range(args.rounds):  # interleaved, so load on the shared machine hits both alike
        bare.append(megabytes / timed(floor, files, args.repeat))
        full.append(megabytes / timed(ours, files, args.repeat))
    b, f = statistics.median(bare), statistics.median(full)
    # Each round's own ratio (both timed back to back) shrugs off load that comes and goes between rounds.
    ratios = sorted(x / y for x, y in zip(full, bare))
    print(f"{len(files)} files, {megabytes / args.repeat:.2f} MB, x{args.repeat} per round, {args.rounds} rounds (median)")
    print(f"{'parser':<36} {'MB/s':>8} {'labels/s':>9}")
    labels_per_mb = len(files) * args.repeat / megabytes
    print(f"{'lxml etree.parse (floor)':<36} {b:8.1f} {b * labels_per_mb:9.1f}")
    print(f"{'oncoguide parse_spl -> Label':<36} {f:8.1f} {f * labels_per_mb:9.1f}")
    print(f"ratio parse_spl / etree.parse = {statistics.median(ratios):.2f} median of rounds "
          f"(range {ratios[0]:.2f}-{ratios[-1]:.2f}; target >= 0.5)")


if __name__ == "__main__":
    main()
