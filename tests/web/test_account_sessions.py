"""Change password and sign out everywhere (#14): what a person on two devices would notice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_tracker_caregivers import accept, alert, make_invite
from test_tracker_web import csrf, make_app, new_plan, sign_up

PASSWORD, NEW = "a long passphrase", "another fine passphrase"


@pytest.fixture
def app(tmp_path: Path):  # noqa: ANN201
    return make_app(tmp_path)


def sign_in(app, email: str = "ana@example.org", password: str = PASSWORD) -> TestClient:  # noqa: ANN001
    client = TestClient(app, follow_redirects=False)
    client.post("/signin", data={"email": email, "password": password, "csrf": csrf(client, "/signin")})
    return client


def signed_in(client: TestClient) -> bool:
    return client.get("/account").status_code == 200


def change(client: TestClient, current: str, new: str):  # noqa: ANN201
    return client.post("/account/password", data={"csrf": csrf(client, "/account"), "current": current, "new": new})


def test_changing_the_password_ends_the_other_sessions_and_keeps_this_one(app) -> None:  # noqa: ANN001
    phone = sign_up(app, "ana@example.org")
    laptop = sign_in(app)
    assert signed_in(phone) and signed_in(laptop)
    done = change(phone, PASSWORD, NEW)
    assert done.status_code == 200 and "Your password is changed" in done.text
    assert signed_in(phone) and not signed_in(laptop)
    assert not signed_in(sign_in(app, password=PASSWORD))
    assert signed_in(sign_in(app, password=NEW))


@pytest.mark.parametrize(("current", "new", "status", "message"), [
    ("not my password", NEW, 401, "Your current password is not right."),
    (PASSWORD, "short", 400, "Choose a password of at least 10 characters."),
    (PASSWORD, "password123", 400, "This password is too easy to guess."),
    (PASSWORD, "passwordpassword", 400, "This password is too easy to guess."),
    (PASSWORD, "ana@example.org!!", 400, "Choose a password that is not your email address."),
    (PASSWORD, PASSWORD, 400, "Choose a new password that is not the same as the current one."),
    (PASSWORD, "x" * 300, 400, "Choose a password of at most 256 characters."),
])
def test_a_refused_change_says_why_and_changes_nothing(app, current: str, new: str, status: int, message: str) -> None:  # noqa: ANN001
    phone = sign_up(app, "ana@example.org")
    laptop = sign_in(app)
    refused = change(phone, current, new)
    assert refused.status_code == status and alert(refused.text).startswith(message), refused.text[-1500:]
    assert signed_in(phone) and signed_in(laptop)
    assert signed_in(sign_in(app, password=PASSWORD))


def test_guessing_the_current_password_is_limited_like_a_sign_in(app) -> None:  # noqa: ANN001
    phone = sign_up(app, "ana@example.org")
    codes = [change(phone, f"guess number {i}", NEW).status_code for i in range(6)]
    assert codes[:5] == [401] * 5 and codes[5] == 429


def test_sign_out_everywhere_ends_every_session_and_nothing_else(app) -> None:  # noqa: ANN001
    phone = sign_up(app, "ana@example.org")
    laptop = sign_in(app)
    bob = sign_up(app, "bob@example.org")
    plan_id = new_plan(phone)
    token = csrf(phone, f"/tracker/{plan_id}")
    phone.post(f"/tracker/{plan_id}/feed", data={"csrf": token, "action": "new"})
    feed = re.search(r'value="http://testserver(/tracker/feed/[^"]+\.ics)"', phone.get(f"/tracker/{plan_id}").text).group(1)
    assert accept(bob, make_invite(phone, plan_id)).status_code == 303
    out = laptop.post("/account/signout-everywhere", data={"csrf": csrf(laptop, "/account")})
    assert out.status_code == 303 and 'og_session=""' in out.headers["set-cookie"]
    assert not signed_in(phone) and not signed_in(laptop)
    assert phone.get(f"/tracker/{plan_id}").headers["location"].startswith("/signin")
    assert TestClient(app).get(feed).status_code == 200  # the calendar link keeps working
    assert bob.get(f"/tracker/{plan_id}").status_code == 200  # so does the caregiver's access
    again = sign_in(app)
    assert signed_in(again) and again.get(f"/tracker/{plan_id}").status_code == 200  # the password still works


@pytest.mark.parametrize("path", ["/account/password", "/account/signout-everywhere"])
def test_account_forms_need_the_forms_token_and_a_session(app, path: str) -> None:  # noqa: ANN001
    phone = sign_up(app, "ana@example.org")
    forged = phone.post(path, data={"csrf": "forged", "current": PASSWORD, "new": NEW})
    assert forged.status_code == 403 and signed_in(phone)
    stranger = TestClient(app, follow_redirects=False)
    assert stranger.post(path, data={"csrf": "x", "current": PASSWORD, "new": NEW}).status_code in (401, 403)
    assert signed_in(sign_in(app, password=PASSWORD))
