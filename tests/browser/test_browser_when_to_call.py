"""Every shipped drug and regimen page shows "When to call for help" near the top, on a desk and on a phone,
and axe-core finds no WCAG 2.2 AA violation on any of them (#12)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browserkit import _missing, serve
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
    from oncoguide.content import load

    kb = load(SHIPPED)
    return [*(f"/drugs/{s}" for s in sorted(kb.drugs)), *(f"/regimens/{s}" for s in sorted(kb.regimens))]


@pytest.mark.parametrize("width", sorted(LIMITS))
def test_when_to_call_starts_near_the_top_of_every_page(browser, shipped_url: str, width: int) -> None:  # noqa: ANN001
    context = browser.new_context(viewport={"width": width, "height": 800}, bypass_csp=True)
    page = context.new_page()
    late = []
    for path in _paths():
        page.goto(shipped_url + path)
        top = page.evaluate(TOP)
        if top > LIMITS[width]:
            late.append(f"{path}: {top:.0f}px")
        box = page.locator("section.when-to-call")
        assert "Call 911" in box.inner_text(), path
    context.close()
    assert late == [], f"the box starts below {LIMITS[width]}px at {width}px wide"


def test_no_axe_violations_on_any_drug_or_regimen_page(browser, shipped_url: str) -> None:  # noqa: ANN001
    context = browser.new_context(viewport={"width": 1280, "height": 800}, bypass_csp=True)
    page = context.new_page()
    found = {}
    for path in _paths():
        page.goto(shipped_url + path)
        page.add_script_tag(path=str(AXE))
        if violations := page.evaluate(AXE_RUN):
            found[path] = violations
    context.close()
    assert found == {}
