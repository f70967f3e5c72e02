"""Helpers for the browser tests: what is missing, and the app served on a free loopback port."""

from __future__ import annotations

import os  # noqa: F401
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "content"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return "no /usr/bin/chromium (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright; never `playwright install`)"
    if not AXE.exists():
        return "axe-core is missing (cd tests/browser && npm install --no-audit --no-fund)"
    return None


@contextmanager
def serve(content_dir: Path) -> Iterator[str]:
    """Run the app on a free loopback port with its own data folder; yield its base URL."""
    import uvicorn

    from oncoguide.settings import Settings
    from oncoguide.web import create_app

    home = Path(tempfile.mkdtemp(prefix="oncoguide-browser-"))
    app = create_app(Settings(home=home, database_url=f"sqlite:///{home / 'db.sqlite'}", content_dir=content_dir))
    # The socket is bound here and handed to uvicorn: asking for a free port and binding it later would let a
    # test running beside this one (pytest-xdist) take the same port in between. Listening at once queues the
    # first requests of a slow start-up instead of refusing them.
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(5)
        sock.close()


