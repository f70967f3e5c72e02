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
from shared_data import shared_data

from oncoguide.sources.spl import parse_spl

SHARED = shared_data("openfda")


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
    rows = {"lxml etree.parse (floor)": floor, "parse_spl -> Label": parse_spl}
    for fn in rows.values():
        timed(fn, files, 1)  # warm the page cache and imports
    speeds: dict[str, list[float]] = {name: [] for name in rows}
    for _ in range(args.rounds):  # interleaved, so load on the shared machine hits all alike
        for name, fn in rows.items():
            speeds[name].append(megabytes / timed(fn, files, args.repeat))
    print(f"{len(files)} files, {megabytes / args.repeat:.2f} MB, x{args.repeat} per round, {args.rounds} rounds (median)")
    print(f"{'parser':<46} {'MB/s':>8} {'labels/s':>9} {'ratio':>6}  ratio range")
    labels_per_mb = len(files) * args.repeat / megabytes
    bare = speeds["lxml etree.parse (floor)"]
    for name, runs in speeds.items():
        # Each round's own ratio (timed back to back) shrugs off load that comes and goes between rounds.
        ratios = sorted(x / y for x, y in zip(runs, bare))
        speed = statistics.median(runs)
        print(f"{name:<46} {speed:8.1f} {speed * labels_per_mb:9.1f} {statistics.median(ratios):6.2f}  "
              f"{ratios[0]:.2f}-{ratios[-1]:.2f}")
    print("ratio = parse_spl / etree.parse, median of rounds; target >= 0.5")


if __name__ == "__main__":
    main()
