"""Where does an /ask request spend its CPU? The whole request, called in-process on the ASGI app (middleware,
routing, answer, template, gzip), beside the bare `Composer.answer` call and the cached glossary page, over the same
questions as ask_speed.py. CPU time (time.process_time), so other work on a shared machine does not count.

    .venv/bin/python benchmarks/ask_cpu.py [--content DIR] [--rounds 2] [--slowest 8] [--profile N]
    .venv/bin/python benchmarks/ask_cpu.py --dump FILE   # every question's /ask HTML and /api/ask JSON, to diff

Rows: per-request CPU ms p50 / p95 / max / mean. First the other development sets' questions warm the server (what
is built once per knowledge base, as a running server has it); then each of the 494 is asked once, as a server
meets a new question. `--rounds N` takes each question's least of N askings: steadier on a busy machine, but the
repeats meet per-word memos (spelling, names), so they read ~15% low. `--profile N` prints cProfile's top N functions, by cumulative time, over one round of
/ask. `--dump` writes what a reader gets for every question, so a speed change can be checked byte-for-byte.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import gzip
import inspect
import json
import os
import pstats
import statistics
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import anyio.to_thread
import fastapi.routing
import yaml
from ask_speed import HERE, questions
from serve_drug_page import default_content

from oncoguide.answer import Composer
from oncoguide.answer.service import store_passages
from oncoguide.content import load
from oncoguide.errors import InputError
from oncoguide.settings import Settings
from oncoguide.web.app import create_app

WARM_SETS = [f"dev_blind{n}_questions.yaml" for n in range(2, 8)]  # never the held-out set


async def call(app: object, method: str, path: str, body: bytes = b"", gzipped: bool = True) -> tuple[int, bytes]:
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

    await app(scope, receive, send)  # type: ignore[operator]
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


async def cpu_ms(work: Callable[[], object]) -> float:
    t0 = time.process_time()
    if inspect.isawaitable(done := work()):
        await done
    return (time.process_time() - t0) * 1e3


def row(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (f"{name:40} {statistics.median(ordered):8.2f} {p95:8.2f} {ordered[-1]:8.2f} "
            f"{statistics.fmean(ordered):8.2f} {len(ordered):6}")


async def dump(app: object, asked: list[str], out: Path) -> None:
    """Each question's HTML page and JSON answer, uncompressed, one JSON line per question."""
    with out.open("w", encoding="utf-8") as f:
        for q in asked:
            status, html = await call(app, "GET", "/ask?q=" + urllib.parse.quote_plus(q), gzipped=False)
            api_status, api = await call(app, "POST", "/api/ask", json.dumps({"q": q}).encode(), gzipped=False)
            f.write(json.dumps({"q": q, "status": status, "html": html.decode(), "api_status": api_status,
                                "api": api.decode()}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--content", type=Path, default=default_content())
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--slowest", type=int, default=8)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--dump", type=Path)
    # One task runs every request, as uvicorn's server task does: anyio keeps its worker threads for the life of
    # that task, so a task per request would start (and time) a new thread at every request.
    asyncio.run(run(parser.parse_args()))


async def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="oncoguide-askcpu-") as home:
        os.environ["ONCOGUIDE_HOME"] = home
        os.environ.pop("ONCOGUIDE_DATABASE_URL", None)
        settings = Settings.from_env(args.content)
        app = create_app(settings)
        asked = questions()
        await call(app, "GET", "/glossary")
        # its own knowledge base, so its memos are not the app's: each question is new to both
        composer = Composer(load(args.content), store_passages(settings))
        composer.prepare()  # every statement read before the first question, as the server does (web/ask.py)
        # The app's start, as uvicorn sends it: the knowledge bases loaded so far are frozen out of the garbage
        # collector, as when serving. Without it a full collection (~700,000 objects, ~0.4 s of CPU) fell on one
        # /ask of the 494 and added ~1 ms to their mean.
        async with app.router.lifespan_context(app):
            await measure(app, composer, asked, args)


async def measure(app: object, composer: Composer, asked: list[str], args: argparse.Namespace) -> None:
    measured = set(asked)
    for name in WARM_SETS:
        for item in yaml.safe_load((HERE / name).read_text(encoding="utf-8"))["questions"]:
            if item["q"] not in measured:
                await call(app, "GET", "/ask?q=" + urllib.parse.quote_plus(item["q"]))
                with contextlib.suppress(InputError):
                    composer.answer(item["q"])
    if args.dump:
        await dump(app, asked, args.dump)
        print(f"{len(asked)} questions written to {args.dump}")
        return
    paths = {q: "/ask?q=" + urllib.parse.quote_plus(q) for q in asked}
    work: dict[str, Callable[[str], object]] = {
        "cached /glossary page (baseline)": lambda q: call(app, "GET", "/glossary"),
        "Composer.answer only (no web)": composer.answer,
        f"/ask, {len(asked)} questions (whole request)": lambda q: call(app, "GET", paths[q])}
    rows: dict[str, dict[str, float]] = {name: {} for name in work}
    for _ in range(args.rounds):
        for q in asked:  # the rows in turn for each question, so a change in the machine's load hits them alike
            for name, request in work.items():
                ms = await cpu_ms(lambda request=request, q=q: request(q))
                rows[name][q] = min(ms, rows[name].get(q, ms))
    status, body = await call(app, "GET", paths[asked[0]])
    assert status == 200 and gzip.decompress(body).startswith(b"<!"), "the /ask page did not render"
    report(rows, args, len(asked))
    if args.profile:
        await profile(app, list(paths.values()), args.profile)


def report(rows: dict[str, dict[str, float]], args: argparse.Namespace, n: int) -> None:
    asked = "asked once" if args.rounds == 1 else f"least of {args.rounds} askings"
    print(f"\nper-request CPU ms (time.process_time), each question {asked} after a warm-up on other questions, "
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


async def profile(app: object, paths: list[str], top: int) -> None:
    """cProfile's top functions by cumulative time over one round of /ask."""
    # cProfile sees only its own thread: run the sync routes, and the answers (web/ask.py's own thread), inline for
    # the profile (not for the timings).
    async def inline(func: Callable, *a: object, **kw: object) -> object:
        return func(*a, **kw)

    async def inline_sync(func: Callable, *a: object, **anyio_options: object) -> object:  # limiter= is anyio's
        return func(*a)

    fastapi.routing.run_in_threadpool = inline  # type: ignore[assignment]
    anyio.to_thread.run_sync = inline_sync  # type: ignore[assignment]
    profiler = cProfile.Profile(time.process_time)  # CPU, as the timings: other work on the machine does not count
    profiler.enable()
    for path in paths:
        await call(app, "GET", path)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)

if __name__ == "__main__":
    main()
