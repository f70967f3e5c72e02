"""Cold start of `oncoguide ask`: wall time of a new process answering one question, against the CLI's own
start (`oncoguide --help`) and another knowledge-base command (`oncoguide show drug lenalidomide`), same run.

    .venv/bin/python benchmarks/ask_cold_start.py [--runs 5]

Uses ONCOGUIDE_HOME as set (with ingested passages the passage index is opened from its cache file; the first
run after an ingest rebuilds it and is reported separately). Target: ask median < 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).with_name("oncoguide")
COMMANDS = {
    "oncoguide --help (baseline: CLI start)": ["--help"],
    "oncoguide show drug lenalidomide (baseline: KB load)": ["show", "drug", "lenalidomide"],
    "oncoguide ask \"Is lenalidomide chemotherapy?\"": ["ask", "Is lenalidomide chemotherapy?"],
    "oncoguide ask --json \"Can Revlimid give me blood clots?\"": ["ask", "--json", "Can Revlimid give me blood clots?"],
}


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([str(BIN), *args], check=True, stdout=subprocess.DEVNULL, env=os.environ.copy())
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    runs = ap.parse_args().runs
    first = timed(["ask", "warm up the passage index"])
    print(f"first ask after start (builds the passage index when the store changed): {first:.2f} s\n")
    print("| command | median s | max s |\n|---|---|---|")
    medians = {}
    for name, args in COMMANDS.items():
        times = [timed(args) for _ in range(runs)]
        medians[name] = statistics.median(times)
        print(f"| {name} | {medians[name]:.2f} | {max(times):.2f} |")
    ask = [v for k, v in medians.items() if " ask " in k]
    return 0 if max(ask) < 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
