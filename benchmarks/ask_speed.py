"""How fast is /ask served? Varied questions (every request a different question of the development sets, so no
cache can flatter it) beside the cached glossary page, in the same run, one server, one uvicorn worker.

    .venv/bin/python benchmarks/ask_speed.py [--content DIR] [--seconds 10] [--connections 32]

Load comes from `wrk` (Debian package); it is required here. Latency percentiles are wrk's, over every request.
Bar (issue 11): /ask over varied questions no slower than ~200 req/s, p95 < 300 ms at 32 connections.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path

import yaml
from serve_drug_page import default_content, served, warm

HERE = Path(__file__).parent
QUESTION_SETS = ["dev_blind_questions.yaml", "dev_questions.yaml", "kb_questions.yaml"]
SCRIPT = """
local paths = {{{paths}}}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("P50 %d\\nP95 %d\\nREQS %d\\n", latency:percentile(50), latency:percentile(95),
                         summary.requests))
end
"""


def questions() -> list[str]:
    """Every distinct question of the development sets (never the held-out set, which is only scored)."""
    seen: dict[str, None] = {}
    for name in QUESTION_SETS:
        for item in yaml.safe_load((HERE / name).read_text(encoding="utf-8"))["questions"]:
            seen.setdefault(item["q"], None)
    return list(seen)


def wrk(base: str, paths: list[str], seconds: float, connections: int, tmp: Path) -> tuple[float, float, float, int]:
    """Requests per second, p50 and p95 latency in ms, and the number of requests over `paths`, cycled."""
    script = tmp / "ask.lua"
    script.write_text(SCRIPT.format(paths=", ".join('"' + p.replace('"', '\\"') + '"' for p in paths)))
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "10s",
                          "-s", str(script), base], capture_output=True, text=True).stdout
    if errors := re.search(r"Non-2xx or 3xx responses: (\d+)", out):
        raise RuntimeError(f"{errors[1]} failed responses")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])  # type: ignore[index]
    p50, p95, n = (int(re.search(rf"{key} (\d+)", out)[1]) for key in ("P50", "P95", "REQS"))  # type: ignore[index]
    return rps, p50 / 1e3, p95 / 1e3, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--content", type=Path, default=default_content())
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install -y wrk)")
    asked = ["/ask?q=" + urllib.parse.quote_plus(q) for q in questions()]
    with served(args.content) as (base, tmp):
        warm(base + "/glossary")
        warm(base + asked[0])
        rows = [("cached glossary page (baseline)", wrk(base, ["/glossary"], args.seconds, args.connections, tmp)),
                (f"/ask, {len(asked)} different questions", wrk(base, asked, args.seconds, args.connections, tmp))]
    load = os.getloadavg()[0]
    print(f"\n{args.connections} connections, {args.seconds:g} s each, {os.cpu_count()} CPUs, load {load:.1f}, "
          f"content {args.content}")
    print(f"{'requests':36} {'requests/s':>11} {'p50 ms':>8} {'p95 ms':>8} {'requests':>9}")
    for name, (rps, p50, p95, n) in rows:
        print(f"{name:36} {rps:11,.0f} {p50:8.1f} {p95:8.1f} {n:9,}")
    rps, _, p95, n = rows[1][1]
    print(f"every question asked at least once: {'yes' if n >= len(asked) else 'no (run longer)'}; "
          f"bar >= 200 req/s and p95 < 300 ms: {'met' if rps >= 200 and p95 < 300 else 'NOT met'}")


if __name__ == "__main__":
    main()
