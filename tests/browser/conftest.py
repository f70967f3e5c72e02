"""Serve the app on a free loopback port and drive Debian's Chromium; skip with a reason when a piece is missing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from browserkit import ARGS, AXE, CHROMIUM, FIXTURE, _missing, serve  # noqa: F401


@pytest.fixture(scope="session")
def content_dir() -> Path:
    """The fixture content, or another folder named by ONCOGUIDE_BROWSER_CONTENT (e.g. the shipped content/)."""
    return Path(os.environ.get("ONCOGUIDE_BROWSER_CONTENT") or FIXTURE)


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
    # The tests inject axe-core as an inline script, which the app's CSP forbids; test_browser_csp.py checks the
    # CSP itself with a context that does not bypass it.
    context = browser.new_context(viewport={"width": 1024, "height": 800}, bypass_csp=True)
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
