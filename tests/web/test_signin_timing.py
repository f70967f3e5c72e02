"""Issue #15, item 2: how long a failed sign-in takes must not tell whether the email has an account (here:
whether someone has cancer). Known and unknown emails are tried in turn, each try from its own address so the
attempt limits never cut one short, and the median times must be within 10% of each other.

This is a security property, not a speed goal: it compares two paths of the same run, so a slow machine slows both.
"""

from __future__ import annotations

import itertools
import re
import statistics
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from kbfixture import write_kb

from oncoguide.settings import Settings
from oncoguide.web import create_app

PASSWORD = "a long passphrase"
TRIES = 31  # per kind; interleaved so that load on the machine falls on both alike


@pytest.fixture
def app(tmp_path: Path):  # noqa: ANN201
    root = write_kb(tmp_path / "content")
    return create_app(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'db.sqlite'}", content_dir=root))


def _client(app, n: int) -> TestClient:  # noqa: ANN001
    return TestClient(app, follow_redirects=False, client=(f"10.1.{n // 200}.{n % 200 + 1}", 40000))


def _timed_sign_in(client: TestClient, email: str) -> float:
    """CPU seconds the sign-in POST took (the form page is fetched first, untimed). CPU time, not wall time: the
    work a server does for a known email is what would show, and other programs on a busy machine do not add to it."""
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/signin").text).group(1)
    started = time.process_time()
    response = client.post("/signin", data={"csrf": token, "email": email, "password": "not the password"})
    elapsed = time.process_time() - started
    assert response.status_code == 401, response.text  # refused, never throttled: each try has its own address
    return elapsed


def test_a_known_and_an_unknown_email_take_the_same_time_to_refuse(app) -> None:  # noqa: ANN001
    signup = TestClient(app, follow_redirects=False)
    token = re.search(r'name="csrf" value="([^"]+)"', signup.get("/signup").text).group(1)
    assert signup.post("/signup", data={"csrf": token, "email": "ana@example.org", "password": PASSWORD}).status_code == 303
    _timed_sign_in(_client(app, 0), "warm@example.org")  # the first sign-in of the process makes the stand-in hash

    known: list[float] = []
    unknown: list[float] = []
    addresses = itertools.count(1)
    for n in range(TRIES):
        pair = [(known, "ana@example.org"), (unknown, f"nobody{n}@example.org")]
        for times, email in pair if n % 2 else pair[::-1]:  # alternate which goes first
            times.append(_timed_sign_in(_client(app, next(addresses)), email))

    fast, slow = sorted([statistics.median(known), statistics.median(unknown)])
    assert slow <= fast * 1.10, f"median sign-in: known {statistics.median(known):.3f} s, unknown {statistics.median(unknown):.3f} s"
