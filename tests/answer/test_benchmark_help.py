"""Benchmarks a newcomer runs say what they do before they do anything."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bioasq_benchmark_help_prints_usage_and_runs_nothing():
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bioasq_retrieval.py"), "--help"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("usage:") and "bm25s" in r.stdout and "nDCG@10" in r.stdout
