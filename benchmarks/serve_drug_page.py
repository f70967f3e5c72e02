"""How fast is a drug page served? oncoguide (FastAPI + uvicorn, one worker) against a static file server
serving the same page from `oncoguide build`, in the same run, on loopback.

    .venv/bin/python benchmarks/serve_drug_page.py [--content DIR] [--drug SLUG] [--seconds 5] [--connections 32]

Load comes from `wrk` (Debian package) when installed, else from a bounded Python keep-alive client.
The static baseline is nginx (one worker) when installed, else Python's http.server.
Bar (issue 4): the oncoguide page at >= 1,000 requests/s on 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "content"
NGINX_CONF = """worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  include /etc/nginx/mime.types;
  client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy; fastcgi_temp_path {tmp}/fcgi;
  uwsgi_temp_path {tmp}/uwsgi; scgi_temp_path {tmp}/scgi;
  server {{ listen 127.0.0.1:{port}; root {root}; }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(port: int, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port}")


def start(cmd: list[str], port: int, **kw) -> subprocess.Popen:  # noqa: ANN003
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, **kw)
    wait_up(port)
    return proc


def stop(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


async def _py_load(url: str, seconds: float, connections: int) -> tuple[int, int]:
    """Keep-alive GETs from `connections` clients for `seconds`; returns (ok responses, errors)."""
    host, port, path = re.match(r"http://([^:/]+):(\d+)(/.*)", url).groups()  # type: ignore[union-attr]
    request = f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
    end = time.monotonic() + seconds
    counts = [0, 0]

    async def client() -> None:
        reader, writer = await asyncio.open_connection(host, int(port))
        while time.monotonic() < end:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(re.search(rb"content-length: *(\d+)", head, re.I)[1])  # type: ignore[index]
            await reader.readexactly(length)
            counts[0 if head.startswith(b"HTTP/1.1 200") else 1] += 1
        writer.close()

    await asyncio.gather(*(client() for _ in range(connections)))
    return counts[0], counts[1]


def warm(url: str) -> int:
    """Fetch url once (the first request builds and caches the page); returns its size."""
    with urllib.request.urlopen(url, timeout=30) as response:
        return len(response.read())


def load(url: str, seconds: float, connections: int) -> tuple[float, str]:
    """Requests per second at url, and which load generator measured it."""
    if shutil.which("wrk"):
        out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{max(1, round(seconds))}s", url], capture_output=True, text=True).stdout
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        if errors:
            raise RuntimeError(f"{url}: {errors[1]} failed responses")
        return float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1]), "wrk"  # type: ignore[index]
    t0 = time.monotonic()
    ok, bad = asyncio.run(_py_load(url, seconds, connections))
    if bad:
        raise RuntimeError(f"{url}: {bad} failed responses")
    return ok / (time.monotonic() - t0), "python client"


@contextmanager
def served(content: Path) -> Iterator[tuple[str, Path]]:
    """`oncoguide serve` on `content` with a fresh home: (base URL, a scratch folder), both gone afterwards."""
    tmp = Path(tempfile.mkdtemp(prefix="oncoguide-serve-"))
    port = free_port()
    proc = start([str(Path(sys.executable).parent / "oncoguide"), "serve", "--port", str(port), "--content",
                  str(content)], port, env={**os.environ, "ONCOGUIDE_HOME": str(tmp / "home")})
    try:
        yield f"http://127.0.0.1:{port}", tmp
    finally:
        stop(proc)
        shutil.rmtree(tmp, ignore_errors=True)


def default_content() -> Path:
    shipped = ROOT / "content"
    return shipped if any((shipped / "drugs").glob("*.yaml")) else FIXTURE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--content", type=Path, default=default_content())
    parser.add_argument("--drug", default="lenalidomide")
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    oncoguide = Path(sys.executable).parent / "oncoguide"
    tmp = Path(tempfile.mkdtemp(prefix="oncoguide-bench-"))
    tmp.chmod(0o755)  # nginx workers run as an unprivileged user
    site = tmp / "site"
    subprocess.run([oncoguide, "build", "--out", site, "--content", args.content], check=True, capture_output=True)
    rows: list[tuple[str, str, float, str]] = []
    procs: list[subprocess.Popen] = []
    try:
        port = free_port()
        procs.append(start([str(oncoguide), "serve", "--port", str(port), "--content", str(args.content)], port))
        url = f"http://127.0.0.1:{port}/drugs/{args.drug}"
        size = warm(url)
        rps, tool = load(url, args.seconds, args.connections)
        rows.append(("oncoguide (FastAPI, uvicorn, 1 worker)", url, rps, tool))

        port = free_port()
        if shutil.which("nginx"):
            (tmp / "nginx.conf").write_text(NGINX_CONF.format(tmp=tmp, port=port, root=site))
            procs.append(start(["nginx", "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-e", str(tmp / "error.log")], port))
            name = "static file, nginx (1 worker)"
        else:
            procs.append(start([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(site)], port))
            name = "static file, python http.server"
        url = f"http://127.0.0.1:{port}/drugs/{args.drug}.html"
        warm(url)
        rps, tool = load(url, args.seconds, args.connections)
        rows.append((name, url, rps, tool))
    finally:
        for proc in procs:
            stop(proc)
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"\nDrug page '{args.drug}' ({size:,} bytes as served), "
          f"{args.connections} connections, {args.seconds:g} s, {os.cpu_count()} CPUs, content {args.content}")
    print(f"{'server':42} {'requests/s':>12}  load")
    for name, _url, rps, tool in rows:
        print(f"{name:42} {rps:12,.0f}  {tool}")
    ratio = rows[0][2] / rows[1][2]
    print(f"oncoguide serves {ratio:.0%} of the static baseline's rate; bar >= 1,000 req/s: "
          f"{'met' if rows[0][2] >= 1000 else 'NOT met'}")


if __name__ == "__main__":
    main()
