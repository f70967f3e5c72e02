"""Serve the app on a free loopback port and drive Debian's Chromium; skip with a reason when a piece is missing."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def content_dir() -> Path:
    """The fixture content, or another folder named by ONCOGUIDE_BROWSER_CONTENT (e.g. the shipped content/)."""
    return Path(os.environ.get("ONCOGUIDE_BROWSER_CONTENT") or FIXTURE)


@contextmanager
def serve(content_dir: Path) -> Iterator[str]:
    """Run the app on a free loopback port with its own data folder; yield its base URL."""
    import uvicorn

    from oncoguide.settings import Settings
    from oncoguide.web import create_app

    home = Path(tempfile.mkdtemp(prefix="oncoguide-browser-"))
    app = create_app(Settings(home=home, database_url=f"sqlite:///{home / 'db.sqlite'}", content_dir=content_dir))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
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


@pytest.fixture(scope="session")
def base_url(content_dir: Path) -> Iterator[str]:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    with serve(content_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser(base_url: str):  # noqa: ANN201
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):  # noqa: ANN001, ANN201
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    pg = context.new_page()
    pg.set_default_timeout(5000)
    yield pg
    context.close()


@pytest.fixture(scope="session")
def shots() -> Path:
    """Screenshots go here (printed at the end of the run) for a human to look at."""
    folder = Path(os.environ.get("ONCOGUIDE_SCREENSHOTS") or tempfile.mkdtemp(prefix="oncoguide-shots-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder}")
    return folder
