"""Cold start of `oncoguide ask`: wall time of a new process answering one question, against the CLI's own
start (`oncoguide --help`) and another knowledge-base command (`oncoguide show drug lenalidomide`), same run.

    .venv/bin/python benchmarks/ask_cold_start.py [--runs 5]

Uses ONCOGUIDE_HOME as set. The first ask is reported separately: after an ingest it catches the passage index
up, and after a change to content/ it reads and checks the YAML and caches the result (content/cache.py); every
later ask reads the cache. With PYTHONDONTWRITEBYTECODE set and no __pycache__ (as in an editable checkout run
that way) every process also compiles oncoguide's source: the table says which. Target: ask median < 1.5 s.
The CPU columns (user + system time of the process) count only its own work: on a shared, busy machine the wall
time also counts the waits for a core.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
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


def timed(args: list[str]) -> tuple[float, float]:
    """(wall s, CPU s) of one new process."""
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run([str(BIN), *args], check=True, stdout=subprocess.DEVNULL, env=os.environ.copy())
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    runs = ap.parse_args().runs
    first, _ = timed(["ask", "warm up the passage index"])
    print(f"first ask (catches the passage index up, caches the checked content): {first:.2f} s")
    spec = importlib.util.find_spec("oncoguide")
    cached = spec is not None and spec.cached is not None and Path(spec.cached).exists()
    compiled = "read from __pycache__" if cached or not os.environ.get("PYTHONDONTWRITEBYTECODE") \
        else "compiled from source by every process (PYTHONDONTWRITEBYTECODE, no __pycache__)"
    print(f"oncoguide's bytecode: {compiled}; load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    print("| command | median s | max s | CPU median s | CPU max s |\n|---|---|---|---|---|")
    medians = {}
    for name, args in COMMANDS.items():
        times, cpu = zip(*(timed(args) for _ in range(runs)))
        medians[name] = statistics.median(times)
        print(f"| {name} | {medians[name]:.2f} | {max(times):.2f} | {statistics.median(cpu):.2f} | {max(cpu):.2f} |")
    print(f"\nload average after: {os.getloadavg()[0]:.1f}")
    ask = [v for k, v in medians.items() if " ask " in k]
    return 0 if max(ask) < 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
