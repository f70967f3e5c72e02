"""The Content-Security-Policy in Chromium (#15): every page renders with it and logs no violation, and an
injected inline script does not run."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browserkit import FIXTURE, _missing, serve
from test_browser_pages import _pages

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site_url() -> Iterator[str]:
    """The fixture content plus what the tracker needs, so public and private pages can both be visited."""
    reason = _missing()
    if reason:
        pytest.skip(reason)
    with serve(FIXTURE) as url:  # its own server (and database): these tests make accounts
        yield url


@pytest.fixture
def strict_page(browser):  # noqa: ANN001, ANN201
    """A page that enforces the CSP (no bypass), with every CSP complaint Chromium logs collected."""
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    page = context.new_page()
    page.set_default_timeout(5000)
    page.violations = []
    page.on("console", lambda m: page.violations.append(m.text) if "Content Security Policy" in m.text else None)
    yield page
    context.close()


def rendered_with_styles(page) -> bool:  # noqa: ANN001
    """The stylesheet loaded and applies (a blocked one leaves the browser's default serif font)."""
    return page.evaluate("""() => document.styleSheets.length > 0 &&
        [...document.styleSheets].every(s => s.cssRules.length > 0) &&
        !getComputedStyle(document.body).fontFamily.startsWith('Times')""")


def test_public_pages_render_without_csp_violations(strict_page, site_url: str) -> None:  # noqa: ANN001
    for kind, path in _pages(site_url, FIXTURE).items():
        response = strict_page.goto(site_url + path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert rendered_with_styles(strict_page), kind
    assert strict_page.violations == []


def test_private_pages_render_without_csp_violations(strict_page, site_url: str) -> None:  # noqa: ANN001
    page = strict_page
    page.goto(site_url + "/signup?next=/tracker/new?regimen=lenalidomide-del5q-mds")
    page.get_by_label("Email").fill("csp@example.org")
    page.get_by_label("Password (at least 10 characters)").fill("a long passphrase")
    page.get_by_role("button", name="Create an account").click()
    page.get_by_label("First day of treatment").fill("2026-01-05")
    page.get_by_role("button", name="Make my calendar").click()
    page.goto(page.url + "?month=2026-01")
    assert page.get_by_role("heading", name="January 2026", exact=True).is_visible() and rendered_with_styles(page)
    page.get_by_role("button", name="Log pills of 05 January as taken").click()  # a form post under the CSP
    assert "(taken" in page.locator("#day-2026-01-05").inner_text()
    plan = page.url.split("?")[0].split("#")[0].removeprefix(site_url)
    for path in ("/tracker", "/account", plan + "/print", plan + "/history", plan + "/symptom?symptom=fever"):
        page.goto(site_url + path)
    assert page.violations == []


def test_an_injected_inline_script_does_not_run(strict_page, site_url: str) -> None:  # noqa: ANN001
    strict_page.goto(site_url + "/")
    strict_page.evaluate("""() => { const s = document.createElement('script');
        s.textContent = 'window.injected = true'; document.body.appendChild(s); }""")
    assert strict_page.evaluate("() => window.injected === undefined")
    assert any("script-src" in v for v in strict_page.violations)
