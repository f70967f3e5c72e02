"""Does memory stay flat when every request carries its own Host header and query string? (#15)

    .venv/bin/python benchmarks/web_memory.py [--content DIR] [--requests 16000] [--seconds 60] [--connections 16]
                                              [--timeout 2]
                                              [--src OTHER/src]   # measure another checkout, e.g. before the fix

Starts `oncoguide serve` (uvicorn, one worker) on 127.0.0.1, fetches every page once (the warm start), then
sends the same mix of routes twice with wrk, each run bounded in requests and in time:
  baseline  what readers send: one Host header, the pages' own addresses;
  attack    a random Host header and a random query string on every request, random unknown slugs and searches.
Both ask for gzip, as browsers do.
Prints the server's RSS (from /proc) after each step and each run's requests/s. Bar: RSS after the attack
within 10% of the warm start, and no error (any status other than 200, 301, 302 or 404, or a socket error).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from serve_drug_page import default_content, free_port, start, stop

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = {200, 301, 302, 404}

# {paths} is a Lua list of page addresses; {attack} is true or false; {limit} is requests per thread.
LUA = r"""
local paths = {paths}
local attack = {attack}
local limit = {limit}
sent, statuses = 0, {{}}  -- globals: done() reads them from each thread
local threads = {{}}

function setup(thread) table.insert(threads, thread) end

function init(args) math.randomseed(os.time() + tonumber(tostring({{}}):sub(8), 16)) end

local function rand() return tostring(math.random(1, 2^30)) end

function request()
  local path = paths[math.random(#paths)]
  if not attack then return wrk.format("GET", path, {{["Accept-Encoding"] = "gzip"}}) end
  path = path:gsub("RANDOM", rand())
  local sep = path:find("?", 1, true) and "&" or "?"
  return wrk.format("GET", path .. sep .. "v=" .. rand(),
                    {{["Host"] = "h" .. rand() .. ".example", ["Accept-Encoding"] = "gzip"}})
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  sent = sent + 1
  if sent >= limit then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local total = {{}}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("statuses")) do total[status] = (total[status] or 0) + n end
  end
  for status, n in pairs(total) do io.write(string.format("STATUS %d %d\n", status, n)) end
  io.write(string.format("LATENCY_MS %.0f %.0f %.0f\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  local e = summary.errors
  io.write(string.format("SOCKET_ERRORS %d connect %d read %d write %d timeout %d\n",
    e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout))
end
"""


def rss_mb(pid: int) -> float:
    """Resident memory of the server process and its children (uvicorn runs in the `serve` process)."""
    total = 0
    for task in [pid, *children(pid)]:
        status = Path(f"/proc/{task}/status").read_text()
        total += int(re.search(r"VmRSS:\s+(\d+) kB", status)[1])  # type: ignore[index]
    return total / 1024


def children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children")
    kids = [int(p) for p in found.read_text().split()] if found.exists() else []
    return [k for kid in kids for k in (kid, *children(kid))]


def page_paths(content: Path) -> list[str]:
    from oncoguide.content import load

    kb = load(content)
    # One question too: the first one builds the answer index (concurrent first questions race; see the report).
    return (["/", "/glossary", "/ask?q=Is+lenalidomide+chemotherapy%3F"] + [f"/drugs/{s}" for s in sorted(kb.drugs)] + [f"/regimens/{s}" for s in sorted(kb.regimens)]
            + [f"/cancers/{s}" for s in sorted(kb.cancers)])


def mix(pages: list[str], attack: bool) -> list[str]:
    """The route mix: content pages, their JSON, search, a missing page, a stylesheet, a question."""
    some = pages[:: max(1, len(pages) // 12)]
    slug = "RANDOM" if attack else "no-such-drug"
    return some + [p.replace("/drugs/", "/api/drugs/") for p in some if p.startswith("/drugs/")] + [
        f"/search?q=low+platelets+{slug}", f"/drugs/{slug}", "/static/style.css",
        f"/ask?q=Is+lenalidomide+chemotherapy+{slug}%3F"]


def fetch(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def run_wrk(base: str, paths: list[str], attack: bool, requests: int, seconds: float, connections: int,
            timeout: float, tmp: Path) -> tuple[float, int, dict[int, int], int, str]:
    """(requests/s, requests, {status: count}, socket errors, their kinds) of one bounded wrk run."""
    threads = 2
    lua = "{" + ", ".join('"' + p + '"' for p in paths) + "}"
    script = tmp / ("attack.lua" if attack else "baseline.lua")
    script.write_text(LUA.format(paths=lua, attack=str(attack).lower(), limit=-(-requests // threads)))
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(seconds))}s",
                          f"--timeout={timeout:g}s", "-s", str(script), base],
                         capture_output=True, text=True, check=True).stdout
    statuses = {int(s): int(n) for s, n in re.findall(r"STATUS (\d+) (\d+)", out)}
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])  # type: ignore[index]
    errors = re.search(r"SOCKET_ERRORS (\d+) (.*)", out)
    p50, p99, worst = re.search(r"LATENCY_MS (\d+) (\d+) (\d+)", out).groups()  # type: ignore[union-attr]
    latency = f"latency p50 {p50} ms, p99 {p99} ms, max {worst} ms"
    kinds = f"{latency}; socket errors: {errors[2]}" if int(errors[1]) else latency  # type: ignore[index]
    return rps, sum(statuses.values()), statuses, int(errors[1]), kinds  # type: ignore[index]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--content", type=Path, default=default_content())
    parser.add_argument("--requests", type=int, default=16_000, help="per run (the issue's attack sent 16,000)")
    parser.add_argument("--seconds", type=float, default=60, help="time limit per run")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--timeout", type=float, default=2, help="seconds before wrk counts a request as an error "
                        "(wrk's default)")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the oncoguide source tree to serve")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("needs wrk (apt-get install -y wrk)")
    tmp = Path(tempfile.mkdtemp(prefix="oncoguide-memory-"))
    env = {**os.environ, "PYTHONPATH": str(args.src), "ONCOGUIDE_HOME": str(tmp / "home")}
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start([sys.executable, "-c", "from oncoguide.cli import app; app()", "serve", "--port", str(port),
                    "--content", str(args.content)], port, env=env)
    rows: list[tuple[str, float, str, str]] = []
    try:
        rows.append(("boot", rss_mb(server.pid), "", ""))
        pages = page_paths(args.content)
        statuses = [fetch(base + p) for p in pages]
        if set(statuses) != {200}:
            raise RuntimeError(f"warm-up: statuses {sorted(set(statuses))}")
        rows.append((f"warm start (each of {len(pages)} pages once)", rss_mb(server.pid), "", ""))
        failures = 0
        for name, attack in (("baseline: one Host, plain addresses", False),
                             ("attack: random Host and query on each", True)):
            rps, sent, by_status, socket_errors, kinds = run_wrk(base, mix(pages, attack), attack, args.requests,
                                                          args.seconds, args.connections, args.timeout, tmp)
            bad = sum(n for s, n in by_status.items() if s not in EXPECTED) + socket_errors
            failures += bad
            detail = ", ".join(f"{s}: {n}" for s, n in sorted(by_status.items()))
            detail += f"; {kinds}"
            rows.append((f"after {name}", rss_mb(server.pid), f"{sent:,} req, {rps:,.0f} req/s", f"{bad} errors ({detail})"))
    finally:
        stop(server)
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"\nServer RSS, {args.connections} connections, wrk timeout {args.timeout:g} s, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}, content {args.content}, src {args.src}")
    print(f"{'step':48} {'RSS MB':>8}  {'load':28} result")
    for name, rss, load, result in rows:
        print(f"{name:48} {rss:8.1f}  {load:28} {result}")
    growth = rows[-1][1] / rows[1][1] - 1
    ok = growth <= 0.10 and failures == 0
    print(f"RSS after the attack is {growth:+.1%} from the warm start; {failures} errors. "
          f"Bar (within 10%, 0 errors): {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
