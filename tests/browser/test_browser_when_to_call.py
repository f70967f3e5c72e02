"""Every shipped drug and regimen page shows "When to call for help" near the top, on a desk and on a phone,
and axe-core finds no WCAG 2.2 AA violation on any of them (#12)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browserkit import _missing, serve
from shippedkb import shipped_kb
from test_browser_pages import AXE, AXE_RUN

pytestmark = pytest.mark.browser

SHIPPED = Path(__file__).resolve().parents[2] / "content"
# Where the box must start: within the first 900 px of a 1280 px page, the first 1,600 px of a 375 px phone.
LIMITS = {1280: 900, 375: 1600}
TOP = "() => document.querySelector('section.when-to-call').getBoundingClientRect().top + window.scrollY"


@pytest.fixture(scope="module")
def shipped_url() -> Iterator[str]:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    with serve(SHIPPED) as url:
        yield url


def _paths() -> list[str]:

    kb = shipped_kb()
    return [*(f"/drugs/{s}" for s in sorted(kb.drugs)), *(f"/regimens/{s}" for s in sorted(kb.regimens))]


# The pages are checked in SHARDS parts, so that the tests' workers (pytest-xdist) share them.
SHARDS = 4


@pytest.mark.parametrize("shard", range(SHARDS))
def test_when_to_call_is_near_the_top_and_axe_finds_nothing_on_every_page(browser, shipped_url: str, shard: int) -> None:  # noqa: ANN001
    """One visit per page (there are over 200): the box is measured at each width by resizing the window, which
    lays the page out again as a phone would, and axe runs once."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, bypass_csp=True)
    page = context.new_page()
    late, found = [], {}
    for path in _paths()[shard::SHARDS]:
        page.goto(shipped_url + path)
        assert "Call 911" in page.locator("section.when-to-call").inner_text(), path
        for width, limit in LIMITS.items():
            page.set_viewport_size({"width": width, "height": 800})
            if (top := page.evaluate(TOP)) > limit:
                late.append(f"{path}: {top:.0f}px at {width}px wide (limit {limit}px)")
        page.set_viewport_size({"width": 1280, "height": 800})
        page.add_script_tag(path=str(AXE))
        if violations := page.evaluate(AXE_RUN):
            found[path] = violations
    context.close()
    assert late == [], "the box starts too far down"
    assert found == {}
