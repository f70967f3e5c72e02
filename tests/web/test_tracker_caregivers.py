"""Caregivers over HTTP (#14): the owner invites, the invited person accepts while signed in and reads; the owner
sees who can read and takes it back. A bad invite link gets one clear sentence and a 4xx, never a 500, and
changes nothing."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from test_tracker_access import snapshot
from test_tracker_web import csrf, make_app, new_plan, sign_up, token_in

from oncoguide.store import tracker as store


@pytest.fixture
def app(tmp_path: Path):  # noqa: ANN201
    return make_app(tmp_path)


def alert(html: str) -> str:
    found = re.search(r'role="alert">([^<]*)<', html)
    return found.group(1).replace("&#39;", "'") if found else ""


def make_invite(owner: TestClient, plan_id: str) -> str:
    """The invite's path, from the one page that shows it."""
    made = owner.post(f"/tracker/{plan_id}/invites", data={"csrf": csrf(owner, f"/tracker/{plan_id}")})
    assert made.status_code == 200 and "we show it only this once" in made.text
    return re.search(r'value="http://testserver(/tracker/invite/[^"]+)"', made.text).group(1)


def accept(client: TestClient, link: str):  # noqa: ANN201
    return client.post(link, data={"csrf": token_in(client.get("/account").text)})


def test_invite_accept_read_and_revoke(app) -> None:  # noqa: ANN001
    ana = sign_up(app, "ana@example.org")
    plan_id = new_plan(ana)
    ana.post(f"/tracker/{plan_id}/log", data={"csrf": csrf(ana, f"/tracker/{plan_id}"), "day": "2026-01-05",
                                              "note": "with breakfast"})
    link = make_invite(ana, plan_id)
    mine = ana.get(f"/tracker/{plan_id}").text
    assert link not in mine and "Invite links nobody has used yet" in mine and "Nobody else can read it now" in mine
    # Bob has no account yet: the link takes him to sign in, then back to the invite.
    bob = TestClient(app, follow_redirects=False)
    sent = bob.get(link)
    assert sent.status_code == 303 and sent.headers["location"].startswith("/signin?next=/tracker/invite/")
    token = csrf(bob, "/signup")
    joined = bob.post("/signup", data={"email": "bob@example.org", "password": "a long passphrase", "csrf": token,
                                       "next": link})
    assert joined.headers["location"] == link
    page = bob.get(link).text
    assert "ana@example.org invites you to read their treatment plan" in page and "You cannot change anything" in page
    assert bob.get(f"/tracker/{plan_id}").status_code == 404  # opening the link alone grants nothing
    accepted = accept(bob, link)
    assert accepted.status_code == 303 and accepted.headers["location"] == f"/tracker/{plan_id}"
    shown = bob.get(f"/tracker/{plan_id}?month=2026-01").text
    assert "This is the plan of ana@example.org." in shown and "(taken at 08:00)" in shown
    assert "with breakfast" in bob.get(f"/tracker/{plan_id}/history").text
    assert [e["note"] for e in bob.get(f"/api/tracker/plans/{plan_id}/events").json() if e["note"]] == ["with breakfast"]
    # Ana sees who can read, and takes it back.
    mine = ana.get(f"/tracker/{plan_id}").text
    assert "bob@example.org, since" in mine and "Invite links nobody has used yet" not in mine
    grant = re.search(r'action="(/tracker/[^"]+/caregivers/\d+/revoke)"', mine).group(1)
    assert ana.post(grant, data={"csrf": token_in(mine)}).status_code == 303
    assert bob.get(f"/tracker/{plan_id}").status_code == 404
    assert plan_id not in bob.get("/tracker").text
    assert bob.get(f"/tracker/{plan_id}/report.csv").status_code == 404


def test_owner_withdraws_an_unused_invite(app) -> None:  # noqa: ANN001
    ana, bob = sign_up(app, "ana@example.org"), sign_up(app, "bob@example.org")
    plan_id = new_plan(ana)
    link = make_invite(ana, plan_id)
    mine = ana.get(f"/tracker/{plan_id}").text
    withdraw = re.search(r'action="(/tracker/[^"]+/invites/\d+/withdraw)"', mine).group(1)
    assert ana.post(withdraw, data={"csrf": token_in(mine)}).status_code == 303
    assert "Invite links nobody has used yet" not in ana.get(f"/tracker/{plan_id}").text
    refused = accept(bob, link) if bob.get(link).status_code == 200 else bob.get(link)
    assert refused.status_code == 400 and alert(refused.text).startswith("ana@example.org withdrew this invite")
    again = ana.post(withdraw, data={"csrf": token_in(mine)})
    assert again.status_code == 404  # nothing left to withdraw: clear, not a 500


def _expire(app, plan_id: str) -> None:  # noqa: ANN001
    with app.state.engine.begin() as conn:
        conn.execute(store.plan_invites.update().where(store.plan_invites.c.plan_id == plan_id)
                     .values(expires_at=dt.datetime(2026, 1, 2, 9, 0)))


@pytest.mark.parametrize(("case", "status", "message"), [
    ("unknown", 404, "This invite link does not work. Check that you copied all of it."),
    ("used", 400, "This invite link was already used on "),
    ("withdrawn", 400, "ana@example.org withdrew this invite."),
    ("expired", 400, "This invite link expired on 02 January 2026. Ask ana@example.org for a new one."),
    ("own", 400, "This is your own invite link."),
    ("plan deleted", 404, "If the plan it was for has been deleted, the link stopped working too"),
])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_bad_invite_link_gets_one_clear_message_and_changes_nothing(app, case: str, status: int, message: str,  # noqa: ANN001
                                                                      method: str) -> None:
    ana, bob, eve = (sign_up(app, f"{n}@example.org") for n in ("ana", "bob", "eve"))
    plan_id = new_plan(ana)
    link = make_invite(ana, plan_id)
    opener = {"own": ana, "used": eve}.get(case, bob)
    if case == "unknown":
        link = link[:-6] + "abcdef"
    elif case == "used":
        assert accept(bob, link).status_code == 303
    elif case == "withdrawn":
        page = ana.get(f"/tracker/{plan_id}").text
        ana.post(re.search(r'action="([^"]+/withdraw)"', page).group(1), data={"csrf": token_in(page)})
    elif case == "expired":
        _expire(app, plan_id)
    elif case == "plan deleted":
        token = csrf(ana, f"/tracker/{plan_id}/delete")
        assert ana.post(f"/tracker/{plan_id}/delete", data={"csrf": token, "confirm": "yes"}).status_code == 303
    before = snapshot(app)
    response = opener.get(link) if method == "GET" else opener.post(link, data={"csrf": token_in(opener.get("/account").text)})
    assert response.status_code == status and message in alert(response.text), response.text[-2000:]
    assert 'action="/tracker/invite/' not in response.text  # no Accept button on a refusal
    assert snapshot(app) == before
    if case != "own":
        assert opener.get(f"/tracker/{plan_id}").status_code == 404


@pytest.mark.parametrize("token", ["x" * 3000, "%00%0d%0a", "..%2F..%2Fetc", "' OR 1=1 --"])
def test_odd_invite_tokens_are_a_404_not_a_500(app, token: str) -> None:  # noqa: ANN001
    bob = sign_up(app, "bob@example.org")
    assert bob.get(f"/tracker/invite/{token}").status_code == 404


def test_a_caregiver_who_already_reads_leaves_a_second_invite_unused(app) -> None:  # noqa: ANN001
    ana, bob, eve = (sign_up(app, f"{n}@example.org") for n in ("ana", "bob", "eve"))
    plan_id = new_plan(ana)
    assert accept(bob, make_invite(ana, plan_id)).status_code == 303
    second = make_invite(ana, plan_id)
    page = bob.get(second)
    assert page.status_code == 200 and "You can already read the plan of ana@example.org" in page.text
    assert accept(bob, second).headers["location"] == f"/tracker/{plan_id}"
    assert accept(eve, second).status_code == 303  # it was still open, so the person it was meant for gets in
    assert eve.get(f"/tracker/{plan_id}").status_code == 200
    readers = re.findall(r"(\w+@example.org), since", ana.get(f"/tracker/{plan_id}").text)
    assert readers == ["bob@example.org", "eve@example.org"]


def test_deleting_the_caregivers_account_or_the_owners_leaves_no_access_behind(app) -> None:  # noqa: ANN001
    ana, bob = sign_up(app, "ana@example.org"), sign_up(app, "bob@example.org")
    plan_id = new_plan(ana)
    accept(bob, make_invite(ana, plan_id))
    mine = ana.get("/account/data.json").json()
    assert mine["plans"][0]["caregivers"][0]["email"] == "bob@example.org"
    assert bob.get("/account/data.json").json()["shared_with_me"] == [{"plan": plan_id, "owner": "ana@example.org"}]
    assert bob.post("/account/delete", data={"csrf": csrf(bob, "/account"), "confirm": "delete"}).status_code == 303
    assert "Nobody else can read it now" in ana.get(f"/tracker/{plan_id}").text
    make_invite(ana, plan_id)
    assert ana.post("/account/delete", data={"csrf": csrf(ana, "/account"), "confirm": "delete"}).status_code == 303
    with app.state.engine.connect() as conn:
        for table in (store.plan_invites, store.plan_readers, store.plans):
            assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one() == 0, table.name


@pytest.mark.parametrize("number", ["0", "-1", "99999999999999999999999", "abc"])
def test_odd_invite_and_caregiver_numbers_are_a_4xx(app, number: str) -> None:  # noqa: ANN001
    ana = sign_up(app, "ana@example.org")
    plan_id = new_plan(ana)
    token = csrf(ana, f"/tracker/{plan_id}")
    for path in (f"/tracker/{plan_id}/invites/{number}/withdraw", f"/tracker/{plan_id}/caregivers/{number}/revoke"):
        assert ana.post(path, data={"csrf": token}).status_code in (404, 422), path
