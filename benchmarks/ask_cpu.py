"""Where does an /ask request spend its CPU? The whole request, called in-process on the ASGI app (middleware,
routing, answer, template, gzip), beside the bare `Composer.answer` call and the cached glossary page, over the same
questions as ask_speed.py. CPU time (time.process_time), so other work on a shared machine does not count.

    .venv/bin/python benchmarks/ask_cpu.py [--content DIR] [--rounds 2] [--slowest 8] [--profile N]
    .venv/bin/python benchmarks/ask_cpu.py --dump FILE   # every question's /ask HTML and /api/ask JSON, to diff

Rows: per-request CPU ms p50 / p95 / max / mean, each question's least of `--rounds` rounds (the first round also
warms what a running server has warm; the least drops pauses that other work on the machine caused). `--profile N` prints cProfile's top N functions, by cumulative time, over one round of
/ask. `--dump` writes what a reader gets for every question, so a speed change can be checked byte-for-byte.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gzip
import json
import os
import pstats
import statistics
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import fastapi.routing
from ask_speed import questions
from serve_drug_page import default_content

from oncoguide.settings import Settings
from oncoguide.web.app import create_app

# One event loop for every request, as in a server: a new loop per call would start new worker threads each time.
LOOP = asyncio.new_event_loop()


def call(app: object, method: str, path: str, body: bytes = b"", gzipped: bool = True) -> tuple[int, bytes]:
    """One request through the whole ASGI stack, as uvicorn would send it; (status, body as sent)."""
    target, _, query = path.partition("?")
    headers = [(b"host", b"bench"), (b"content-type", b"application/json"),
               (b"content-length", str(len(body)).encode())]
    if gzipped:
        headers.append((b"accept-encoding", b"gzip"))
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "scheme": "http",
             "path": urllib.parse.unquote(target), "raw_path": target.encode(), "query_string": query.encode(),
             "root_path": "", "headers": headers, "client": ("127.0.0.1", 1), "server": ("bench", 80)}
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    LOOP.run_until_complete(app(scope, receive, send))  # type: ignore[operator]
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


def cpu_ms(work: Callable[[], object]) -> float:
    t0 = time.process_time()
    work()
    return (time.process_time() - t0) * 1e3


def row(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (f"{name:40} {statistics.median(ordered):8.2f} {p95:8.2f} {ordered[-1]:8.2f} "
            f"{statistics.fmean(ordered):8.2f} {len(ordered):6}")


def dump(app: object, asked: list[str], out: Path) -> None:
    """Each question's HTML page and JSON answer, uncompressed, one JSON line per question."""
    with out.open("w", encoding="utf-8") as f:
        for q in asked:
            status, html = call(app, "GET", "/ask?q=" + urllib.parse.quote_plus(q), gzipped=False)
            api_status, api = call(app, "POST", "/api/ask", json.dumps({"q": q}).encode(), gzipped=False)
            f.write(json.dumps({"q": q, "status": status, "html": html.decode(), "api_status": api_status,
                                "api": api.decode()}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--content", type=Path, default=default_content())
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--slowest", type=int, default=8)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="oncoguide-askcpu-") as home:
        os.environ["ONCOGUIDE_HOME"] = home
        os.environ.pop("ONCOGUIDE_DATABASE_URL", None)
        app = create_app(Settings.from_env(args.content))
        asked = questions()
        call(app, "GET", "/glossary")
        call(app, "GET", "/ask?q=" + urllib.parse.quote_plus(asked[0]))  # builds the composer
        if args.dump:
            dump(app, asked, args.dump)
            print(f"{len(asked)} questions written to {args.dump}")
            return
        composer = app.state.ask_composer
        paths = {q: "/ask?q=" + urllib.parse.quote_plus(q) for q in asked}
        work: dict[str, Callable[[str], object]] = {
            "cached /glossary page (baseline)": lambda q: call(app, "GET", "/glossary"),
            "Composer.answer only (no web)": composer.answer,
            f"/ask, {len(asked)} questions (whole request)": lambda q: call(app, "GET", paths[q])}
        rows: dict[str, dict[str, float]] = {name: {} for name in work}
        for _ in range(args.rounds):
            for q in asked:  # the rows in turn for each question, so a change in the machine's load hits them alike
                for name, run in work.items():
                    ms = cpu_ms(lambda run=run, q=q: run(q))
                    rows[name][q] = min(ms, rows[name].get(q, ms))
        status, body = call(app, "GET", paths[asked[0]])
        assert status == 200 and gzip.decompress(body).startswith(b"<!"), "the /ask page did not render"
        report(rows, args, len(asked))
        if args.profile:
            profile(app, list(paths.values()), args.profile)


def report(rows: dict[str, dict[str, float]], args: argparse.Namespace, n: int) -> None:
    print(f"\nper-request CPU ms (time.process_time), each question's least of {args.rounds} rounds, "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}, content {args.content}")
    print(f"{'requests':40} {'p50':>8} {'p95':>8} {'max':>8} {'mean':>8} {'n':>6}")
    for name, times in rows.items():
        print(row(name, list(times.values())))
    page = rows[f"/ask, {n} questions (whole request)"]
    web = statistics.fmean(page.values())
    core = statistics.fmean(rows["Composer.answer only (no web)"].values())
    print(f"the web layer adds {web - core:.2f} ms of CPU per /ask on average "
          f"({(web - core) / web:.0%} of the request); one core at this mean serves {1e3 / web:.0f} /ask per second")
    print(f"\nslowest {args.slowest} /ask requests (CPU ms):")
    for q, ms in sorted(page.items(), key=lambda kv: -kv[1])[: args.slowest]:
        print(f"  {ms:8.2f}  {q}")


def profile(app: object, paths: list[str], top: int) -> None:
    """cProfile's top functions by cumulative time over one round of /ask."""
    # cProfile sees only its own thread: run the sync routes inline for the profile (not for the timings).
    async def inline(func: Callable, *a: object, **kw: object) -> object:
        return func(*a, **kw)

    fastapi.routing.run_in_threadpool = inline  # type: ignore[assignment]
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        call(app, "GET", path)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)

if __name__ == "__main__":
    main()
