"""The web tracker's month calendar under concurrent load, beside a public page of the same server.

    .venv/bin/python benchmarks/tracker_page_load.py [--seconds 5] [--connections 16]

Starts `oncoguide serve` (one uvicorn worker) on loopback with a throwaway data folder, signs up one
person, starts a lenalidomide plan and logs two months of doses (some edited, some undone), then runs `wrk`
(Debian package; bounded by --seconds) against the glossary page (baseline: a cached public page), the
signed-in calendar page and one day's log page (built per request from the plan, the append-only dose log and
the schedule engine), and the cookie-less calendar feed. Any non-2xx response fails the run.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
            new = client.get("/tracker/new?regimen=lenalidomide-del5q-mds").text
            token = re.search(r'name="csrf" value="([^"]+)"', new)[1]  # type: ignore[index]
            made = client.post("/tracker/new", data={"csrf": token, "regimen": "lenalidomide-del5q-mds",
                                                      "start": "2026-01-05", "timezone": "UTC"})
            plan = made.headers["location"]
            for n in range(56):  # two cycles of doses; every fourth edited, every eighth edit undone
                day = (dt.date(2026, 1, 5) + dt.timedelta(days=n)).isoformat()
                for status in ("taken", "missed")[: 1 + (n % 4 == 0)]:
                    client.post(f"{plan}/log", data={"csrf": token, "day": day, "status": status, "note": "bench"})
                if n % 8 == 0:
                    client.post(f"{plan}/undo", data={"csrf": token, "day": day})
            client.post(f"{plan}/feed", data={"csrf": token, "action": "new"})
            page = client.get(plan + "?month=2026-02")
            assert page.status_code == 200
            feed = re.search(r'value="(http://[^"]+\.ics)"', page.text)[1]  # type: ignore[index]
            cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
        run = {"seconds": args.seconds, "connections": args.connections}
        rows = [("glossary page (baseline, cached)", *wrk(base + "/glossary", **run)),
                ("tracker month calendar (signed in)", *wrk(base + plan + "?month=2026-02", **run, cookie=cookie)),
                ("tracker day log page (signed in)", *wrk(base + plan + "/day/2026-01-13", **run, cookie=cookie)),
                ("calendar feed .ics (no cookie)", *wrk(feed, **run))]
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
