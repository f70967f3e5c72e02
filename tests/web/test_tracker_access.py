"""The tracker's access matrix (#14): every tracker route x {owner, caregiver, other user, anonymous}, HTML and JSON.

The route list comes from the app's own router, so a new tracker route cannot escape: it must be classified
below as reading a plan, writing to it, the signed-in person's own (no plan), or opened by a secret link.
Expected: the owner may do everything; the caregiver may read (the same bytes as the owner for downloads) and
every write is refused with 403; any other account gets 404; without a session, a page sends the browser to
sign in and back, JSON and form posts get 401. Whoever is refused, nothing stored changes.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from kbfixture import write_kb
from test_tracker_web import csrf, make_app, new_plan, sign_up, token_in

from oncoguide.settings import Settings
from oncoguide.store import tracker as store
from oncoguide.web import create_app

READ, WRITE, OWN, LINK, LEAVE = "read", "write", "own", "secret link", "reader's own access"
P = "/tracker/{plan_id}"
ROUTES = {
    ("GET", "/tracker"): OWN,
    ("GET", "/tracker/new"): OWN,
    ("POST", "/tracker/new"): OWN,
    ("GET", "/api/tracker/plans"): OWN,
    ("GET", "/api/tracker/shared"): OWN,
    ("POST", P + "/leave"): LEAVE,
    ("GET", P): READ,
    ("GET", P + "/day/{day}"): READ,
    ("GET", P + "/history"): READ,
    ("GET", P + "/changes"): READ,
    ("POST", P + "/missed"): READ,  # what the label says about a missed dose; nothing is stored
    ("GET", P + "/calendar.ics"): READ,
    ("GET", P + "/fhir.json"): READ,
    ("GET", P + "/report.csv"): READ,
    ("GET", P + "/print"): READ,
    ("GET", P + "/calendar.pdf"): READ,
    ("GET", P + "/report.pdf"): READ,
    ("GET", "/api/tracker/plans/{plan_id}/events"): READ,
    ("POST", P + "/log"): WRITE,
    ("POST", P + "/undo"): WRITE,
    ("GET", P + "/symptom"): WRITE,  # the form of a symptom check, which goes in the diary
    ("POST", P + "/symptom"): WRITE,
    ("POST", P + "/contacts"): WRITE,
    ("POST", P + "/changes"): WRITE,
    ("GET", P + "/delete"): WRITE,  # the confirmation page of a deletion
    ("POST", P + "/delete"): WRITE,
    ("POST", P + "/feed"): WRITE,
    ("POST", P + "/medicines"): WRITE,
    ("POST", P + "/invites"): WRITE,
    ("POST", P + "/invites/{invite_id}/withdraw"): WRITE,
    ("POST", P + "/caregivers/{grant_id}/revoke"): WRITE,
    ("GET", "/tracker/feed/{token}.ics"): LINK,
    ("HEAD", "/tracker/feed/{token}.ics"): LINK,
    ("GET", "/tracker/invite/{token}"): LINK,
    ("POST", "/tracker/invite/{token}"): LINK,
}
# A request the owner may make to each plan route (query string or form), on a plan started 2026-01-05 with the
# dose of that day logged, one open invite and Bob as its caregiver.
ASK = {
    ("GET", P): {"month": "2026-01"},
    ("POST", P + "/missed"): {"drug": "lenalidomide", "now": "10:00"},
    ("POST", P + "/log"): {"day": "2026-01-06", "status": "taken"},
    ("POST", P + "/undo"): {"day": "2026-01-05"},
    ("GET", P + "/symptom"): {"symptom": "fever"},
    ("POST", P + "/symptom"): {"symptom": "chest_pain"},
    ("POST", P + "/contacts"): {"name": "Dr Lee", "daytime": "555 0100"},
    ("POST", P + "/changes"): {"kind": "delay", "cycle": "2", "days": "7"},
    ("POST", P + "/delete"): {"confirm": "yes"},
    ("POST", P + "/feed"): {"action": "new"},
    ("POST", P + "/medicines"): {"action": "add", "name": "omeprazole"},
}
PLAN_ROUTES = sorted(k for k, v in ROUTES.items() if v in (READ, WRITE))
TABLES = [store.plans, store.dose_logs, store.symptoms, store.plan_feeds, store.plan_invites, store.plan_readers,
          store.other_medicines]


def tracker_routes(app) -> set[tuple[str, str]]:  # noqa: ANN001
    """(method, path) of every route the app serves under /tracker and /api/tracker."""
    found = set()
    for route in iter_route_contexts(app.routes):  # routers included in routers, flattened as OpenAPI sees them
        if route.path and re.match(r"/(api/)?tracker(/|$)", route.path):
            found |= {(method, route.path) for method in route.methods or ()}
    return found


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Ana (owner), Bob (her caregiver, through an invite), Eve (another account) and an anonymous browser."""
    app = make_app(tmp_path_factory.mktemp("access"))
    people = {name: sign_up(app, f"{name}@example.org") for name in ("ana", "bob", "eve")}
    return {"app": app, **people, "anonymous": TestClient(app, follow_redirects=False)}


def shared_plan(world: dict) -> dict[str, str]:
    """A new plan of Ana's with a dose logged, Bob as its caregiver and one invite nobody has used."""
    ana, bob = world["ana"], world["bob"]
    plan_id = new_plan(ana)
    token = csrf(ana, f"/tracker/{plan_id}")
    assert ana.post(f"/tracker/{plan_id}/log", data={"csrf": token, "day": "2026-01-05"}).status_code == 303
    links = []
    for _ in range(2):
        made = ana.post(f"/tracker/{plan_id}/invites", data={"csrf": token})
        assert made.status_code == 200, made.text
        links.append(re.search(r'value="http://testserver(/tracker/invite/[^"]+)"', made.text).group(1))
    assert bob.post(links[0], data={"csrf": token_in(bob.get(links[0]).text)}).status_code == 303
    page = ana.get(f"/tracker/{plan_id}").text
    invite_id = re.search(r"/invites/(\d+)/withdraw", page).group(1)
    grant_id = re.search(r"/caregivers/(\d+)/revoke", page).group(1)
    return {"plan_id": plan_id, "day": "2026-01-05", "invite_id": invite_id, "grant_id": grant_id}


def snapshot(app) -> list:  # noqa: ANN001
    with app.state.engine.connect() as conn:
        return [conn.execute(sa.select(t).order_by(*t.primary_key.columns)).all() for t in TABLES]


def call(client: TestClient, method: str, url: str, ask: dict, as_json: bool = False):  # noqa: ANN201
    headers = {"accept": "application/json"} if as_json else {}
    if method == "GET":
        return client.get(url, params=ask, headers=headers)
    account = client.get("/account")  # every signed-in person's page with a form
    token = token_in(account.text) if account.status_code == 200 else "none"
    return client.post(url, data={"csrf": token, **ask}, headers=headers)


def test_every_tracker_route_is_classified(world: dict) -> None:
    served = tracker_routes(world["app"])
    assert served - set(ROUTES) == set(), "classify each new tracker route in ROUTES (read, write, own, secret link or leave)"
    assert set(ROUTES) - served == set(), "ROUTES names a route the app no longer serves"
    assert {k for k, v in ROUTES.items() if v == WRITE and k[0] == "POST"} - {k for k in ASK if k[0] == "POST"} == {
        ("POST", P + "/invites"), ("POST", P + "/invites/{invite_id}/withdraw"), ("POST", P + "/caregivers/{grant_id}/revoke")}


def _anonymous_expectation(method: str, path: str, as_json: bool) -> int:
    return 303 if method == "GET" and not as_json and not path.startswith("/api/") else 401


@pytest.mark.parametrize(("method", "path"), PLAN_ROUTES, ids=[f"{m} {p}" for m, p in PLAN_ROUTES])
def test_access_matrix(world: dict, method: str, path: str) -> None:
    app = world["app"]
    ids = shared_plan(world)
    url = path.format(**ids)
    ask = ASK.get((method, path), {})
    api = path.startswith("/api/")
    before = snapshot(app)
    # Anyone but the owner, as a page and as JSON: refused, and nothing stored changes.
    for as_json in (False, True):
        response = call(world["anonymous"], method, url, ask, as_json)
        assert response.status_code == _anonymous_expectation(method, path, as_json or api), (url, as_json)
        if response.status_code == 303:
            target = url + ("?" + "&".join(f"{k}={v}" for k, v in ask.items()) if ask else "")
            assert response.headers["location"] == f"/signin?next={quote(target, safe='/')}"
        other = call(world["eve"], method, url, ask, as_json)
        assert other.status_code == 404, (url, as_json, other.text[-500:])
        if ROUTES[method, path] == WRITE:
            refused = call(world["bob"], method, url, ask, as_json)
            assert refused.status_code == 403, (url, as_json, refused.text[-500:])
            assert "belongs to ana@example.org" in refused.text and "cannot change anything" in refused.text
        if as_json or api:
            assert other.json()["ok"] is False and other.json()["status"] == 404
    assert snapshot(app) == before, url
    # The caregiver reads what the owner reads; the owner's write goes through.
    if ROUTES[method, path] == READ:
        mine, theirs = call(world["ana"], method, url, ask), call(world["bob"], method, url, ask)
        assert mine.status_code == theirs.status_code == 200, (url, theirs.text[-500:])
        if "text/html" in mine.headers["content-type"] and not path.endswith("/print"):
            assert "This is the plan of ana@example.org" in theirs.text and "This is the plan of" not in mine.text
        elif path.endswith((".pdf", ".ics")):
            assert mine.content[:64] == theirs.content[:64] and abs(len(mine.content) - len(theirs.content)) < 64
        else:
            assert mine.content == theirs.content
        assert snapshot(app) == before, url
    else:
        done = call(world["ana"], method, url, ask)
        assert done.status_code in (200, 303), (url, done.text[-500:])
        assert method == "GET" or snapshot(app) != before, url


def write_forms(html: str) -> list[str]:
    """The routes the page's forms would post to, if they change the plan."""
    writes = [re.compile(re.sub(r"\\{\w+\\}", "[^/]+", re.escape(p)) + "$") for (m, p), v in ROUTES.items()
              if v == WRITE and m == "POST"]
    actions = re.findall(r'<form method="post" action="([^"]+)"', html)
    return [a for a in actions if any(w.match(a) for w in writes)]


@pytest.mark.parametrize("page", ["", "/day/2026-01-05", "/history", "/changes"])
def test_a_caregiver_sees_whose_plan_it_is_and_no_write_buttons(world: dict, page: str) -> None:
    ids = shared_plan(world)
    url = f"/tracker/{ids['plan_id']}{page}"
    owner, caregiver = world["ana"].get(url).text, world["bob"].get(url).text
    assert "This is the plan of ana@example.org.</strong> They shared it with you to read" in caregiver
    assert write_forms(caregiver) == []
    if page in ("", "/day/2026-01-05", "/changes"):
        assert write_forms(owner), "the owner's page has forms, so the check above means something"
    assert "/tracker/feed/" not in caregiver  # the feed link would keep working after access is revoked
    assert "/delete" not in caregiver and "Make an invite link" not in caregiver


def test_own_routes_show_only_your_own_and_what_was_shared_with_you(world: dict) -> None:
    ids = shared_plan(world)
    assert world["eve"].get("/api/tracker/plans").json() == []
    assert ids["plan_id"] not in world["eve"].get("/tracker").text
    home = world["bob"].get("/tracker").text
    assert "Plans shared with you" in home and f'href="/tracker/{ids["plan_id"]}">ana@example.org: ' in home
    assert ids["plan_id"] not in str(world["bob"].get("/api/tracker/plans").json())
    anonymous = world["anonymous"]
    assert anonymous.get("/tracker").headers["location"] == "/signin?next=/tracker"
    assert anonymous.get("/tracker/new?regimen=rd").headers["location"] == "/signin?next=/tracker/new%3Fregimen%3Drd"
    assert anonymous.get("/api/tracker/plans").status_code == 401
    assert anonymous.get("/api/tracker/shared").status_code == 401
    assert anonymous.post("/tracker/new", data={"regimen": "rd", "start": "2026-01-05"}).status_code == 401


def test_the_api_lists_the_plans_shared_with_you_apart_from_your_own(world: dict) -> None:
    ids = shared_plan(world)
    shared = world["bob"].get("/api/tracker/shared").json()
    assert {"owner": "ana@example.org", "plan_id": ids["plan_id"]} in [
        {"owner": s["owner"], "plan_id": s["plan"]["id"]} for s in shared]
    assert ids["plan_id"] not in str(world["ana"].get("/api/tracker/shared").json())
    assert world["eve"].get("/api/tracker/shared").json() == []


def test_a_caregiver_can_stop_reading_a_plan_and_nobody_else_can_use_that_button(world: dict) -> None:
    ids = shared_plan(world)
    url, page = f"/tracker/{ids['plan_id']}/leave", f"/tracker/{ids['plan_id']}"
    bob, before = world["bob"], snapshot(world["app"])
    assert 'action="' + url + '"' in bob.get(page).text and 'action="' + url + '"' not in world["ana"].get(page).text
    # The owner cannot leave their own plan, another account finds nothing, anonymous must sign in.
    assert call(world["ana"], "POST", url, {}).status_code == 400
    assert call(world["eve"], "POST", url, {}).status_code == 404
    assert call(world["anonymous"], "POST", url, {}).status_code == 401
    assert bob.post(url, data={"csrf": "forged"}).status_code in (400, 403)
    assert snapshot(world["app"]) == before
    left = call(bob, "POST", url, {})
    assert left.status_code == 303 and left.headers["location"] == "/tracker"
    assert bob.get(page).status_code == 404 and ids["plan_id"] not in bob.get("/tracker").text
    assert ids["plan_id"] not in str(bob.get("/api/tracker/shared").json())
    assert world["ana"].get(page).status_code == 200  # the owner's plan is untouched


def test_the_route_table_would_catch_a_new_unclassified_route(tmp_path: Path) -> None:
    """The classification check fails for a tracker route nobody classified (here, one added to a test app)."""
    from fastapi import APIRouter

    extra = APIRouter()

    @extra.post("/tracker/{plan_id}/other-medicines")
    def other_medicines(plan_id: str) -> dict:
        return {}

    root = write_kb(tmp_path / "content")
    app = create_app(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'db.sqlite'}", content_dir=root),
                     routers=[extra])
    assert tracker_routes(app) - set(ROUTES) == {("POST", "/tracker/{plan_id}/other-medicines")}
