"""The web tracker in Chromium: sign up, start a plan from a regimen page, log a dose; axe and 320 px checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browserkit import FIXTURE, _missing, serve
from test_browser_pages import AXE, AXE_RUN

pytestmark = pytest.mark.browser
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tracker_url(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    reason = _missing()
    if reason:
        pytest.skip(reason)
    root = tmp_path_factory.mktemp("content") / "content"
    shutil.copytree(FIXTURE, root)
    shutil.copy(REPO / "content" / "triage.yaml", root / "triage.yaml")
    (root / "sources").mkdir(exist_ok=True)
    shutil.copy(REPO / "content" / "sources" / "tracker.yaml", root / "sources" / "tracker.yaml")
    with serve(root) as url:
        yield url


def check(page, shots: Path, name: str) -> None:  # noqa: ANN001
    page.screenshot(path=str(shots / f"{name}-1024.png"), full_page=True)
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(AXE_RUN) == []
    page.set_viewport_size({"width": 320, "height": 640})
    page.screenshot(path=str(shots / f"{name}-320.png"), full_page=True)
    assert page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    page.set_viewport_size({"width": 1024, "height": 800})


def test_sign_up_start_plan_log_dose(page, tracker_url: str, shots: Path) -> None:  # noqa: ANN001
    page.goto(tracker_url + "/regimens/lenalidomide-del5q-mds")
    page.get_by_role("link", name="Start a tracker for this plan").click()
    assert "/signin" in page.url
    check(page, shots, "signin")
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Email").fill("ana@example.org")
    page.get_by_label("Password (at least 10 characters)").fill("a long passphrase")
    page.get_by_role("button", name="Create an account").click()
    assert page.url.endswith("/tracker/new?regimen=lenalidomide-del5q-mds")
    check(page, shots, "tracker-new")
    page.get_by_label("First day of treatment").fill("2026-01-05")
    page.get_by_role("button", name="Make my calendar").click()
    page.goto(page.url + "?month=2026-01")
    assert page.get_by_role("heading", name="January 2026").is_visible()
    check(page, shots, "tracker-plan")
    page.get_by_role("button", name="Log doses of 05 January as taken").click()
    assert "(taken)" in page.locator("#day-2026-01-05").inner_text()
    page.get_by_label("What is happening?").select_option("fever")
    page.get_by_role("button", name="Next").click()
    check(page, shots, "tracker-symptom")
    page.get_by_label("What is your temperature?").fill("38.3")
    page.get_by_role("button", name="Who should I call?").click()
    alert = page.get_by_role("alert").inner_text()
    assert "Call your care team now" in alert and "38.0" in alert  # lenalidomide lowers white cells
    page.get_by_label("What is happening?").select_option("shortness_of_breath")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Who should I call?").click()  # nothing answered: the worse case counts
    assert "Call 911" in page.get_by_role("alert").inner_text()
