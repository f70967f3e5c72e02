"""The web tracker's month calendar under concurrent load, beside a public page of the same server.

    .venv/bin/python benchmarks/tracker_page_load.py [--seconds 5] [--connections 16]

Starts `oncoguide serve` (one uvicorn worker) on loopback with a throwaway data folder, signs up one
person, starts a lenalidomide plan, then runs `wrk` (Debian package; bounded by --seconds) against
the glossary page (baseline: a cached public page) and the signed-in calendar page (built per request
from the plan, the dose log and the schedule engine). Any non-2xx response fails the run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from serve_drug_page import ROOT, free_port, start, stop  # noqa: E402


def wrk(url: str, seconds: int, connections: int, cookie: str = "") -> tuple[float, float, int]:
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    if cookie:
        cmd[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99[2]] if p99 else 0.0
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1]), float(p99[1]) * scale if p99 else 0.0, int(errors[1]) if errors else 0  # type: ignore[index]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install -y wrk)")
    home = Path(tempfile.mkdtemp(prefix="oncoguide-bench-"))
    port = free_port()
    env = {**os.environ, "ONCOGUIDE_HOME": str(home), "ONCOGUIDE_CONTENT": str(ROOT / "content")}
    env.pop("ONCOGUIDE_DATABASE_URL", None)
    server = start([str(Path(sys.executable).parent / "oncoguide"), "serve", "--port", str(port)], port, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, follow_redirects=False) as client:
            token = re.search(r'name="csrf" value="([^"]+)"', client.get("/signup").text)[1]  # type: ignore[index]
            client.post("/signup", data={"email": "bench@example.org", "password": "benchmark passphrase", "csrf": token})
            token = re.search(r'name="csrf" value="([^"]+)"', client.get("/tracker/new").text)[1]  # type: ignore[index]
            made = client.post("/tracker/new", data={"csrf": token, "regimen": "lenalidomide-del5q-mds",
                                                      "start": "2026-01-05", "timezone": "UTC"})
            plan_url = made.headers["location"] + "?month=2026-03"
            assert client.get(plan_url).status_code == 200
            cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
        rows = [("glossary page (baseline, cached)", *wrk(base + "/glossary", args.seconds, args.connections)),
                ("tracker month calendar (signed in)", *wrk(base + plan_url, args.seconds, args.connections, cookie))]
    finally:
        stop(server)
        shutil.rmtree(home, ignore_errors=True)
    print(f"wrk, {args.connections} connections, {args.seconds} s each, one uvicorn worker, loopback")
    print(f"{'page':38} {'req/s':>9} {'p99 ms':>8} {'errors':>7}")
    for name, rps, p99, errors in rows:
        print(f"{name:38} {rps:>9,.0f} {p99:>8.1f} {errors:>7}")
    if any(r[3] for r in rows):
        sys.exit("some responses failed")


if __name__ == "__main__":
    main()
