"""Caregivers in Chromium at 1280 and 375 px (#14): the owner makes an invite, a second person signs up from the
link and accepts, reads the plan without any write button, the owner revokes; axe finds nothing on the new pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browserkit import FIXTURE, _missing, serve
from test_browser_tracker import check

pytestmark = pytest.mark.browser
PASSWORD = "a long passphrase"


@pytest.fixture(scope="module")
def site():  # noqa: ANN201
    reason = _missing()
    if reason:
        pytest.skip(reason)
    with serve(FIXTURE) as url:  # its own server and database: these tests make accounts
        yield url


@pytest.fixture
def two_people(browser, site: str):  # noqa: ANN001, ANN201
    """Two separate browsers (no shared cookies): the owner's and the caregiver's."""
    contexts = [browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True) for _ in range(2)]
    pages = [c.new_page() for c in contexts]
    for p in pages:
        p.set_default_timeout(5000)
    yield pages
    for c in contexts:
        c.close()


def sign_up(page, site: str, email: str, start: str = "/signup") -> None:  # noqa: ANN001
    if start:
        page.goto(site + start)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password (at least 10 characters)").fill(PASSWORD)
    page.get_by_role("button", name="Create an account").click()


def test_invite_accept_read_only_and_revoke(two_people, site: str, shots: Path) -> None:  # noqa: ANN001
    from playwright.sync_api import expect  # here: without playwright the module still loads, and skips

    ana, bob = two_people
    sign_up(ana, site, "ana@example.org", "/signup?next=/tracker/new%3Fregimen%3Dlenalidomide-del5q-mds")
    ana.get_by_label("First day of treatment").fill("2026-01-05")
    ana.get_by_role("button", name="Make my calendar").click()
    plan_url = ana.url
    ana.get_by_role("button", name="Make an invite link").click()
    link = ana.get_by_label("Invite link").input_value()
    assert "/tracker/invite/" in link
    check(ana, shots, "caregiver-invite-made")
    ana.get_by_role("link", name="Back to your plan").click()
    expect(ana.get_by_role("heading", name="Invite links nobody has used yet")).to_be_visible()
    check(ana, shots, "caregiver-owner-plan-open-invite")

    bob.goto(site + "/tracker/invite/" + link.rsplit("/", 1)[1])  # the link's host is the configured public URL
    assert "/signin?next=/tracker/invite/" in bob.url
    bob.get_by_role("link", name="Create an account").click()
    sign_up(bob, site, "bob@example.org", start="")
    expect(bob.get_by_role("heading", name="ana@example.org invites you to read their treatment plan")).to_be_visible()
    check(bob, shots, "caregiver-invite")
    bob.get_by_role("button", name="Accept").click()
    assert bob.url.split("?")[0] == plan_url.split("?")[0]
    note = bob.get_by_role("note").filter(has_text="This is the plan of ana@example.org")
    expect(note).to_be_visible()
    assert "you cannot change anything" in note.inner_text()
    main = bob.get_by_role("main")
    for write in ("Taken", "Make an invite link", "Add this contact", "Make a subscription link", "Next"):
        assert main.get_by_role("button", name=write, exact=True).count() == 0, write
    assert main.get_by_role("link", name="Delete this plan…").count() == 0
    check(bob, shots, "caregiver-plan-read-only")
    bob.get_by_role("link", name="History of the log").click()
    expect(bob.get_by_role("note").filter(has_text="This is the plan of ana@example.org")).to_be_visible()
    check(bob, shots, "caregiver-history-read-only")
    bob.goto(site + "/tracker")
    assert bob.get_by_role("link", name=re.compile("ana@example.org: ")).count() == 1
    check(bob, shots, "caregiver-home-shared")

    ana.reload()
    expect(ana.get_by_text("bob@example.org, since")).to_be_visible()
    ana.get_by_role("button", name="Stop sharing with bob@example.org").click()
    expect(ana.get_by_text("Nobody else can read it now.")).to_be_visible()
    check(ana, shots, "caregiver-owner-plan-revoked")
    response = bob.goto(plan_url)
    assert response.status == 404
    bob.goto(site + "/tracker")
    assert bob.get_by_role("link", name=re.compile("ana@example.org: ")).count() == 0


def test_account_page_with_password_change_and_sign_out_everywhere(two_people, site: str, shots: Path) -> None:  # noqa: ANN001
    from playwright.sync_api import expect

    page, _ = two_people
    sign_up(page, site, "cleo@example.org", "/signup?next=/account")
    check(page, shots, "account")
    page.get_by_label("Current password").fill(PASSWORD)
    page.get_by_label("New password (at least 10 characters)").fill("another fine passphrase")
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_role("status")).to_contain_text("Your password is changed")
    check(page, shots, "account-password-changed")
    page.get_by_role("button", name="Sign out everywhere").click()
    page.goto(site + "/account")
    assert "/signin" in page.url
