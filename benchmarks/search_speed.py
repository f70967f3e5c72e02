"""How fast is /search served? Repeated queries (the rendered page cached) against queries never seen before
(every request searches and renders: the uncached path), one server, one run.

    .venv/bin/python benchmarks/search_speed.py [--content DIR] [--seconds 5] [--connections 32]

The queries are the ones of page_search_queries.yaml, cycled. The uncached row appends a request counter to each
query, so no two requests ask the same thing. Load comes from `wrk` (Debian package); it is required here.
Bar (issue 11): /search HTML >= 2,000 req/s on 2 cores, one uvicorn worker.
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

QUERIES = Path(__file__).with_name("page_search_queries.yaml")
SCRIPT = """
local paths = {{{paths}}}
local n = 0
request = function()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  if {unique} then path = path .. "+" .. n .. "x" .. math.random(1000000) end
  return wrk.format("GET", path)
end
"""


def wrk(base: str, paths: list[str], unique: bool, seconds: float, connections: int, tmp: Path) -> float:
    """Requests per second over `paths`; with `unique`, every request's query is new."""
    script = tmp / f"search-{unique}.lua"
    script.write_text(SCRIPT.format(paths=", ".join(f'"{p}"' for p in paths), unique="true" if unique else "false"))
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{max(1, round(seconds))}s", "-s", str(script), base],
                         capture_output=True, text=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise RuntimeError(f"{errors[1]} failed responses")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])  # type: ignore[index]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--content", type=Path, default=default_content())
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install -y wrk)")
    queries = [q["q"] for q in yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["queries"]]
    paths = ["/search?q=" + urllib.parse.quote_plus(q) for q in queries]
    with served(args.content) as (base, tmp):
        for path in paths:
            warm(base + path)
        rows = [("new query every request (uncached path)", wrk(base, paths, True, args.seconds, args.connections, tmp)),
                ("repeated queries (cached page)", wrk(base, paths, False, args.seconds, args.connections, tmp))]
    print(f"\n/search over {len(paths)} queries, {args.connections} connections, {args.seconds:g} s, "
          f"{os.cpu_count()} CPUs, content {args.content}")
    print(f"{'requests':42} {'requests/s':>12}")
    for name, rps in rows:
        print(f"{name:42} {rps:12,.0f}")
    print(f"bar >= 2,000 req/s for repeated queries: {'met' if rows[1][1] >= 2000 else 'NOT met'}")


if __name__ == "__main__":
    main()
