"""The web tracker in Chromium at 1280 and 375 px: start a plan from a regimen page, log, edit, undo; axe finds nothing."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from browserkit import FIXTURE, _missing, serve
from test_browser_pages import AXE, AXE_RUN

pytestmark = pytest.mark.browser
ZONE = "America/Chicago"


@pytest.fixture(scope="module")
def tracker_url():  # noqa: ANN201
    reason = _missing()
    if reason:
        pytest.skip(reason)
    with serve(FIXTURE) as url:  # its own server (and database): these tests make accounts
        yield url


@pytest.fixture
def phone_or_desk(browser, tracker_url: str):  # noqa: ANN001, ANN201
    """A page in a browser whose own time zone is America/Chicago, as a person's phone or laptop would be."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, timezone_id=ZONE,
                                  bypass_csp=True)  # axe is injected as a script; the CSP has its own test
    page = context.new_page()
    page.set_default_timeout(5000)
    yield page
    context.close()


def check(page, shots: Path, name: str) -> None:  # noqa: ANN001
    """No axe violations and no sideways scrolling, at 1280 px and on a 375 px phone."""
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(shots / f"{name}-{width}.png"), full_page=True)
        page.add_script_tag(path=str(AXE))
        assert page.evaluate(AXE_RUN) == [], (name, width)
        assert page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, (name, width)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_start_log_edit_undo_and_delete_on_desk_and_phone(phone_or_desk, tracker_url: str, shots: Path) -> None:  # noqa: ANN001
    page = phone_or_desk
    page.goto(tracker_url + "/regimens/lenalidomide-del5q-mds")
    page.get_by_role("link", name="Start a tracker for this plan").click()
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Email").fill("ana@example.org")
    page.get_by_label("Password (at least 10 characters)").fill("a long passphrase")
    page.get_by_role("button", name="Create an account").click()
    assert page.url.endswith("/tracker/new?regimen=lenalidomide-del5q-mds")
    page.wait_for_load_state()  # tracker.js runs once the page has loaded
    assert page.get_by_label("Your time zone").input_value() == ZONE  # the browser's zone, chosen by tracker.js
    check(page, shots, "tracker-new")
    today = dt.datetime.now(dt.UTC).astimezone(__import__("zoneinfo").ZoneInfo(ZONE)).date()
    start = today.replace(day=1)  # the month on show holds both the first dose and today
    page.get_by_label("First day of treatment").fill(start.isoformat())
    page.get_by_role("button", name="Make my calendar").click()
    assert page.get_by_role("heading", name=f"{today:%B %Y}", exact=True).is_visible()
    assert page.locator('td[aria-current="date"]').count() == 1
    check(page, shots, "tracker-plan")

    page.set_viewport_size({"width": 375, "height": 800})  # a phone keeps the weekday headings in view
    headings = page.locator("table.cal thead th")
    assert headings.count() == 7 and all(headings.nth(i).is_visible() for i in range(7))
    assert headings.nth(6).bounding_box()["x"] + headings.nth(6).bounding_box()["width"] <= 375
    page.set_viewport_size({"width": 1280, "height": 900})

    first = f"{start:%d %B}"
    page.get_by_role("button", name=f"Log pills of {first} as taken").click()
    assert "(taken at 09:00)" in page.locator(f"#day-{start.isoformat()}").inner_text()
    page.get_by_role("link", name=f"Log or change {first}").click()
    dose = page.get_by_role("region", name=re.compile("Take lenalidomide"))
    dose.get_by_label("Vomited after taking it").check()
    dose.get_by_label("Time taken (or vomited)").fill("09:20")
    dose.get_by_label("Note (optional)").fill("felt sick after breakfast")
    dose.get_by_role("button", name="Save").click()
    assert "vomited at 09:20" in page.get_by_role("main").inner_text()
    check(page, shots, "tracker-day")
    page.get_by_role("region", name=re.compile("Take lenalidomide")).get_by_role("button", name="Undo the last entry").click()
    assert "Logged: taken at 09:00" in page.get_by_role("main").inner_text()
    page.get_by_role("link", name="Back to the calendar").click()
    page.get_by_role("link", name="History of your log").click()
    assert page.locator("table.history tbody tr").count() == 3
    check(page, shots, "tracker-history")
    page.get_by_role("link", name="Back to the calendar").click()
    page.get_by_role("link", name="Changes from your care team").click()
    page.get_by_label("Cycle number").fill("2")
    page.get_by_label("Days later").fill("7")
    page.get_by_role("button", name="Save the delay").click()
    assert "Cycle 2 delayed (7 days)" in page.get_by_role("main").inner_text()
    check(page, shots, "tracker-changes")
    page.get_by_role("link", name="Back to the calendar").click()
    page.get_by_role("button", name="Make a subscription link").click()
    assert page.get_by_label("Link for calendar apps").input_value().endswith(".ics")
    check(page, shots, "tracker-plan-with-feed")
    for name in ("Digoxin", "ginger tea"):  # the label's rule names digoxin; nothing names ginger tea
        page.get_by_label("Medicine name (as on the box or bottle)").fill(name)
        page.get_by_role("button", name="Add this medicine").click()
    listed = page.locator("ul.medicines").inner_text()
    assert "your care team may check your digoxin level" in listed and "No rule in our sources" in listed
    check(page, shots, "tracker-plan-with-medicines")
    page.get_by_role("button", name="Remove ginger tea from your list").click()
    assert "ginger tea" not in page.locator("ul.medicines").inner_text()
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
    page.get_by_role("link", name="Delete this plan…").click()
    check(page, shots, "tracker-delete")
    page.get_by_role("link", name="Keep it").click()
    from playwright.sync_api import expect  # here: without playwright the module still loads, and skips

    expect(page.get_by_role("heading", name="Day by day", exact=False)).to_be_visible()  # waits for the page
    page.get_by_role("link", name="All your plans").click()
    assert page.get_by_role("link", name=re.compile("Lenalidomide")).count() == 1
    check(page, shots, "tracker-home")
