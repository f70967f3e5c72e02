"""Issue #15, accounts: no account enumeration, no lock-out by strangers, no login CSRF, nothing left after
deletion, and a clear 4xx (never a 500) for any bad input on an account route."""

import hashlib
import hmac
import re
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from kbfixture import write_kb

from oncoguide.settings import Settings
from oncoguide.store import accounts
from oncoguide.web import create_app

PASSWORD = "a long passphrase"


@pytest.fixture
def app(tmp_path: Path):  # noqa: ANN201
    root = write_kb(tmp_path / "content")
    return create_app(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'db.sqlite'}", content_dir=root))


def browser(app) -> TestClient:  # noqa: ANN001
    return TestClient(app, follow_redirects=False)


def form_token(client: TestClient, path: str = "/signin") -> str:
    page = client.get(path)
    assert page.status_code == 200, page.text
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def post(client: TestClient, path: str, **data: str):  # noqa: ANN201
    return client.post(path, data={"csrf": form_token(client, path), **data})


def alert(html: str) -> str:
    found = re.search(r'role="alert">([^<]*)<', html)
    return found.group(1) if found else ""


def sign_up(app, email: str = "ana@example.org") -> TestClient:  # noqa: ANN001
    client = browser(app)
    assert post(client, "/signup", email=email, password=PASSWORD).status_code == 303
    return client


# Item 2: whether an email has an account (here: whether someone has cancer) must not show.

def test_sign_up_of_a_taken_email_looks_like_any_failed_sign_in(app) -> None:  # noqa: ANN001
    sign_up(app)
    taken = post(browser(app), "/signup", email="ana@example.org", password="another fine passphrase")
    unknown = post(browser(app), "/signin", email="nobody@example.org", password="another fine passphrase")
    wrong = post(browser(app), "/signin", email="ana@example.org", password="another fine passphrase")
    assert taken.status_code == unknown.status_code == wrong.status_code == 401
    assert alert(taken.text) == alert(unknown.text) == alert(wrong.text) == "Wrong email or password."
    assert "exists" not in taken.text


# Item 8: one account per visible address, and no guessable password.

@pytest.mark.parametrize("password", [" " * 10, "1234567890", "ana@example.org", "ANA@EXAMPLE.ORG", "password123"])
def test_guessable_passwords_are_refused(app, password: str) -> None:  # noqa: ANN001
    response = post(browser(app), "/signup", email="ana@example.org", password=password)
    assert response.status_code == 400 and alert(response.text)


@pytest.mark.parametrize("email", ["ana\x00@example.org", "a\u200bna@example.org", "ana @example.org",
                                   "ana@example.org\u202e"])
def test_emails_with_control_or_invisible_characters_are_refused(app, email: str) -> None:  # noqa: ANN001
    response = post(browser(app), "/signup", email=email, password=PASSWORD)
    assert response.status_code == 400 and "invisible" in alert(response.text)


def test_full_width_look_alike_is_the_same_account(app) -> None:  # noqa: ANN001
    sign_up(app, "ana@example.org")
    look_alike = post(browser(app), "/signup", email="ＡＮＡ@ｅｘａｍｐｌｅ.ｏｒｇ", password="someone else's phrase")
    assert look_alike.status_code == 401  # not a second account
    same = post(browser(app), "/signin", email="ａｎａ@example.org", password=PASSWORD)
    assert same.status_code == 303


# Item 8: login CSRF. The signed-out forms' token must be one this server made for this browser.

def test_token_of_another_browser_is_refused(app) -> None:  # noqa: ANN001
    sign_up(app)
    attacker, victim = browser(app), browser(app)
    stolen = form_token(attacker)
    form_token(victim)  # the victim has a cookie of their own
    response = victim.post("/signin", data={"csrf": stolen, "email": "ana@example.org", "password": PASSWORD})
    assert response.status_code == 403


def test_planted_cookie_with_matching_form_value_is_refused(app) -> None:  # noqa: ANN001
    """The old double-submit check accepted any cookie equal to the form value, so another site could plant both."""
    sign_up(app)
    victim = browser(app)
    victim.cookies.set("og_csrf", "planted")
    response = victim.post("/signin", data={"csrf": "planted", "email": "ana@example.org", "password": PASSWORD})
    assert response.status_code == 403


def test_expired_token_is_refused(app) -> None:  # noqa: ANN001
    client = browser(app)
    form_token(client)
    issued = int(time.time()) - 7 * 3600
    key = accounts.form_secret(app.state.engine)
    mac = hmac.new(key, f"signed-out-form\0{client.cookies['og_csrf']}\0{issued}".encode(), hashlib.sha256).hexdigest()
    response = client.post("/signin", data={"csrf": f"{issued}.{mac}", "email": "a@b.org", "password": PASSWORD})
    assert response.status_code == 403 and "Reload the page" in response.text


def test_cross_site_post_is_refused_even_with_a_good_token(app) -> None:  # noqa: ANN001
    sign_up(app)
    client = browser(app)
    token = form_token(client)
    response = client.post("/signin", data={"csrf": token, "email": "ana@example.org", "password": PASSWORD},
                           headers={"sec-fetch-site": "cross-site"})
    assert response.status_code == 403
    response = client.post("/signin", data={"csrf": token, "email": "ana@example.org", "password": PASSWORD},
                           headers={"sec-fetch-site": "same-origin"})
    assert response.status_code == 303


# Item 3: a stranger's guesses do not lock the owner out; sign-ups are limited per address.

def test_guesses_from_elsewhere_do_not_lock_out_the_owner(app) -> None:  # noqa: ANN001
    sign_up(app)
    attacker = TestClient(app, follow_redirects=False, client=("203.0.113.9", 5000))
    token = form_token(attacker)
    codes = [attacker.post("/signin", data={"csrf": token, "email": "ana@example.org", "password": f"guess {i}"}).status_code
             for i in range(8)]
    assert codes[:5] == [401] * 5 and set(codes[5:]) == {429}
    owner = TestClient(app, follow_redirects=False, client=("198.51.100.7", 5000))
    assert post(owner, "/signin", email="ana@example.org", password=PASSWORD).status_code == 303


def test_sign_ups_are_limited_per_address(app) -> None:  # noqa: ANN001
    from oncoguide.store import throttle

    crowd = TestClient(app, follow_redirects=False, client=("203.0.113.9", 5000))
    for _ in range(throttle.SIGNUP.free):  # as if this address had just made that many accounts
        throttle.reserve(app.state.engine, throttle.signup_keys("203.0.113.9"))
    refused = post(crowd, "/signup", email="new@example.org", password=PASSWORD)
    assert refused.status_code == 429 and "Too many new accounts" in alert(refused.text)
    elsewhere = TestClient(app, follow_redirects=False, client=("198.51.100.7", 5000))
    assert post(elsewhere, "/signup", email="new@example.org", password=PASSWORD).status_code == 303


# Item 6: "delete my account" leaves no copy of the email in the database files.

def test_deleted_email_is_gone_from_the_database_files(app, tmp_path: Path) -> None:  # noqa: ANN001
    email = "unique.person.4471@example.org"
    client = sign_up(app, email)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/account").text).group(1)
    files = [tmp_path / "db.sqlite", tmp_path / "db.sqlite-wal"]
    assert any(email.encode() in f.read_bytes() for f in files if f.exists())  # the check can see it
    assert client.post("/account/delete", data={"csrf": token, "confirm": "delete"}).status_code == 303
    for f in files:
        if f.exists():
            assert email.encode() not in f.read_bytes(), f.name


# Every account route: bad input gives a clear 4xx, never a 500.

@pytest.mark.parametrize("path", ["/signin", "/signup"])
@pytest.mark.parametrize("data", [
    {},
    {"email": "x" * 5_000, "password": PASSWORD},  # under the app-wide body limit (web-hardening)
    {"email": "ana@example.org", "password": "p" * 10_000},
    {"email": "ana@example.org", "password": "pass\x00word with nul"},
    {"email": "@", "password": PASSWORD},
    {"email": "ana@example.org", "password": PASSWORD, "next": "/tracker\r\nSet-Cookie: x=1"},
])
def test_bad_input_gets_a_clear_4xx(app, path: str, data: dict) -> None:  # noqa: ANN001
    response = post(browser(app), path, **data)
    assert 400 <= response.status_code < 500 or response.status_code == 303, response.text
    if response.status_code != 303:
        assert alert(response.text)


def test_form_body_that_is_not_utf8_gets_a_4xx(app) -> None:  # noqa: ANN001
    client = browser(app)
    token = form_token(client)
    body = b"csrf=" + token.encode() + b"&email=ana%FF%FE@example.org&password=%C3%28%A0%A1xxxxxxxxxxxxxx"
    response = client.post("/signin", content=body, headers={"content-type": "application/x-www-form-urlencoded"})
    assert 400 <= response.status_code < 500


@pytest.mark.parametrize("target", ["/\\evil.example", "//evil.example", "https://evil.example", "/\tevil"])
def test_next_never_leaves_the_site(app, target: str) -> None:  # noqa: ANN001
    response = post(browser(app), "/signup", email="ana@example.org", password=PASSWORD, next=target)
    assert response.status_code == 303 and response.headers["location"] == "/tracker"


@pytest.mark.parametrize("path", ["/signin?next=" + "a" * 10_000, "/signup?next=%00%0d%0a", "/signin?next=/%5Cevil",
                                  "/account/data.json", "/account"])
def test_account_pages_answer_odd_requests_without_a_500(app, path: str) -> None:  # noqa: ANN001
    response = browser(app).get(path)
    assert response.status_code in (200, 303, 401), response.text
    if response.status_code == 200:
        assert 'name="next" value="/tracker"' in response.text


@pytest.mark.parametrize("path", ["/signout", "/account/delete"])
def test_account_posts_without_a_session_get_a_clear_refusal(app, path: str) -> None:  # noqa: ANN001
    response = browser(app).post(path, data={"csrf": "anything", "confirm": "delete"})
    assert response.status_code in (401, 403) and "Reload the page" in response.text
