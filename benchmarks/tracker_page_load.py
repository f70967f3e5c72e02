"""The web tracker's month calendar with a year of log entries under concurrent load, before and after.

    .venv/bin/python benchmarks/tracker_page_load.py [--seconds 5] [--connections 16] [--baseline REF]

The baseline is the code at git REF (default a278c9d: the tracker before the plan-page cache of #14), exported
from this repository into a temporary folder. In one run, on one database:

1. the baseline server (`oncoguide serve`, one uvicorn worker, loopback) starts on a throwaway data folder; one
   person signs up and starts a lenalidomide plan that began a year ago, and logs every dose day of that year
   through the web form (every fourth day edited to "missed", every eighth undone);
2. `wrk` (Debian package; bounded by --seconds) loads the glossary page (a cached public page), the signed-in
   month calendar (this month, so the adherence table covers the whole year), one day's log page and the
   cookie-less calendar feed, each after one warm-up request; then the server stops;
3. the current code serves the same database (migrating it forward) and `wrk` loads the same URLs with the same
   cookie.

The table gives both. Any non-2xx response fails the run. `--baseline none` measures the current code only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from serve_drug_page import ROOT, free_port, start, stop  # noqa: E402

BASELINE = "a278c9d"
DAYS = 365


def wrk(url: str, seconds: int, connections: int, cookie: str = "") -> tuple[float, float, int]:
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    if cookie:
        cmd[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99[2]] if p99 else 0.0
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1]), float(p99[1]) * scale if p99 else 0.0, int(errors[1]) if errors else 0  # type: ignore[index]


def export_src(ref: str, into: Path) -> Path:
    """The package source and its content at git `ref`, written under `into` (nothing in the working tree
    changes): older code cannot read newer content files (strict models refuse new fields), so each code is
    served with the knowledge base it shipped with."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", ref, "src", "content"],
                             capture_output=True, check=True).stdout
    tar = into / "src.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as t:
        t.extractall(into, filter="data")
    return into / "src"


def serve(src: Path, home: Path, port: int) -> subprocess.Popen:
    content = src.parent / "content" if (src.parent / "content").is_dir() else ROOT / "content"
    env = {**os.environ, "ONCOGUIDE_HOME": str(home), "ONCOGUIDE_CONTENT": str(content), "PYTHONPATH": str(src)}
    env.pop("ONCOGUIDE_DATABASE_URL", None)
    cmd = [sys.executable, "-c", "from oncoguide.cli import app; app()", "serve", "--port", str(port)]
    return start(cmd, port, env=env)


def make_year(base: str) -> tuple[str, str, str, str]:
    """Sign up, start a plan a year ago, log the year; return (plan path, cookie, feed url, a logged day)."""
    start_day = dt.date.today() - dt.timedelta(days=DAYS)
    with httpx.Client(base_url=base, follow_redirects=False, timeout=30) as client:
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/signup").text)[1]  # type: ignore[index]
        client.post("/signup", data={"email": "bench@example.org", "password": "benchmark passphrase", "csrf": token})
        new = client.get("/tracker/new?regimen=lenalidomide-del5q-mds").text
        token = re.search(r'name="csrf" value="([^"]+)"', new)[1]  # type: ignore[index]
        made = client.post("/tracker/new", data={"csrf": token, "regimen": "lenalidomide-del5q-mds",
                                                  "start": start_day.isoformat(), "timezone": "UTC", "months_ahead": "24"})
        plan = made.headers["location"]
        logged = 0
        for n in range(DAYS):
            day = (start_day + dt.timedelta(days=n)).isoformat()
            for status in ("taken", "missed")[: 1 + (n % 4 == 0)]:
                logged += client.post(f"{plan}/log", data={"csrf": token, "day": day, "status": status,
                                                           "note": "bench"}).status_code == 303
            if n % 8 == 0:
                client.post(f"{plan}/undo", data={"csrf": token, "day": day})
        client.post(f"{plan}/feed", data={"csrf": token, "action": "new"})
        page = client.get(plan)
        assert page.status_code == 200 and logged > DAYS * 2 // 3, (page.status_code, logged)
        feed = re.search(r'value="(http://[^"]+\.ics)"', page.text)[1]  # type: ignore[index]
        cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
    return plan, cookie, feed, (start_day + dt.timedelta(days=8)).isoformat()


def measure(base: str, plan: str, cookie: str, feed: str, day: str, run: dict[str, int]) -> list[tuple[float, float, int]]:
    feed = re.sub(r"^http://[^/]+", base, feed)  # the feed link names the configured address, not this port
    urls = [(base + "/glossary", ""), (base + plan, cookie), (base + plan + f"/day/{day}", cookie), (feed, "")]
    for url, cookie_ in urls:  # one request each first: a cold page built by 16 connections at once times out
        httpx.get(url, headers={"cookie": cookie_} if cookie_ else {}, timeout=60).raise_for_status()
    return [wrk(url, **run, cookie=cookie_) for url, cookie_ in urls]


NAMES = ["glossary page (public, cached)", "month calendar, a year logged", "one day's log page", "calendar feed .ics"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--baseline", default=BASELINE, help="git ref of the code to compare with, or 'none'")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install -y wrk)")
    tmp = Path(tempfile.mkdtemp(prefix="oncoguide-bench-"))
    home, port = tmp / "home", free_port()
    run = {"seconds": args.seconds, "connections": args.connections}
    base = f"http://127.0.0.1:{port}"
    columns: dict[str, list[tuple[float, float, int]]] = {}
    try:
        first = export_src(args.baseline, tmp) if args.baseline != "none" else ROOT / "src"
        server = serve(first, home, port)
        try:
            plan, cookie, feed, day = make_year(base)
            if args.baseline != "none":
                columns[f"before ({args.baseline})"] = measure(base, plan, cookie, feed, day, run)
        finally:
            stop(server)
        if args.baseline != "none":
            server = serve(ROOT / "src", home, port)
            try:
                columns["after (this tree)"] = measure(base, plan, cookie, feed, day, run)
            finally:
                stop(server)
        else:
            server = serve(ROOT / "src", home, port)
            try:
                columns["this tree"] = measure(base, plan, cookie, feed, day, run)
            finally:
                stop(server)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"wrk, {args.connections} connections, {args.seconds} s each, one uvicorn worker, loopback; "
          f"{DAYS} days of log entries on one plan")
    header = "".join(f"{name[:22]:>24} {'p99 ms':>8}" for name in columns)
    print(f"{'page':34}{header} {'errors':>7}")
    for i, name in enumerate(NAMES):
        cells = "".join(f"{col[i][0]:>24,.0f} {col[i][1]:>8.1f}" for col in columns.values())
        print(f"{name:34}{cells} {sum(col[i][2] for col in columns.values()):>7}")
    if any(row[2] for col in columns.values() for row in col):
        sys.exit("some responses failed")


if __name__ == "__main__":
    main()
