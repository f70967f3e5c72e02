"""The web tracker: private per person, CSRF-protected, and complete from sign-up to account deletion."""

import re
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from kbfixture import write_kb

from oncoguide.settings import Settings
from oncoguide.web import create_app

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(tmp_path: Path):  # noqa: ANN201
    root = write_kb(tmp_path / "content")
    shutil.copy(REPO / "content" / "triage.yaml", root / "triage.yaml")
    (root / "sources").mkdir(exist_ok=True)
    shutil.copy(REPO / "content" / "sources" / "tracker.yaml", root / "sources" / "tracker.yaml")
    return create_app(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'db.sqlite'}", content_dir=root))


def csrf(client: TestClient, path: str) -> str:
    page = client.get(path)
    assert page.status_code == 200, page.text
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def sign_up(app, email: str) -> TestClient:  # noqa: ANN001
    client = TestClient(app, follow_redirects=False)
    token = csrf(client, "/signup")
    response = client.post("/signup", data={"email": email, "password": "a long passphrase", "csrf": token})
    assert response.status_code == 303, response.text
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    return client


def new_plan(client: TestClient) -> str:
    token = csrf(client, "/tracker/new?regimen=rd")
    response = client.post("/tracker/new", data={"csrf": token, "regimen": "rd", "start": "2026-01-05",
                                                  "dose_time": "08:00", "timezone": "Europe/Paris"})
    assert response.status_code == 303, response.text
    return response.headers["location"].rsplit("/", 1)[-1]


def test_tracker_needs_sign_in(app) -> None:  # noqa: ANN001
    client = TestClient(app, follow_redirects=False)
    assert client.get("/tracker").headers["location"].startswith("/signin?next=/tracker")
    assert client.get("/api/tracker/plans").status_code == 401


def test_plan_calendar_log_and_downloads(app) -> None:  # noqa: ANN001
    client = sign_up(app, "ana@example.org")
    plan_id = new_plan(client)
    page = client.get(f"/tracker/{plan_id}?month=2026-01")
    assert "January 2026" in page.text and "08:00 Take lenalidomide 25 mg by mouth" in page.text
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    logged = client.post(f"/tracker/{plan_id}/log", data={"csrf": token, "day": "2026-01-05", "status": "taken"})
    assert logged.status_code == 303
    assert "(taken)" in client.get(f"/tracker/{plan_id}?month=2026-01").text
    events = client.get(f"/api/tracker/plans/{plan_id}/events").json()
    assert [e["logged"] for e in events if e["date"] == "2026-01-05" and e["kind"] == "dose"] == ["taken"]
    ics = client.get(f"/tracker/{plan_id}/calendar.ics")
    assert ics.headers["content-type"].startswith("text/calendar") and b"BEGIN:VEVENT" in ics.content
    assert client.get(f"/tracker/{plan_id}/fhir.json").json()["resourceType"] == "Bundle"
    assert "January 2026" in client.get(f"/tracker/{plan_id}/print").text
    symptom = client.post(f"/tracker/{plan_id}/symptom", data={"csrf": token, "symptom": "chest_pain"})
    assert "Call 911" in symptom.text
    fever = client.post(f"/tracker/{plan_id}/symptom", data={"csrf": token, "symptom": "fever", "temperature": "101", "unit": "C"})
    assert fever.status_code == 400 and "Did you mean °F" in fever.text


def test_other_people_get_404_for_my_plan(app) -> None:  # noqa: ANN001
    ana = sign_up(app, "ana@example.org")
    plan_id = new_plan(ana)
    bob = sign_up(app, "bob@example.org")
    for path in (f"/tracker/{plan_id}", f"/tracker/{plan_id}/calendar.ics", f"/tracker/{plan_id}/fhir.json",
                 f"/tracker/{plan_id}/print", f"/tracker/{plan_id}/calendar.pdf", f"/api/tracker/plans/{plan_id}/events"):
        assert bob.get(path).status_code == 404, path
    token = csrf(bob, "/tracker")
    assert bob.post(f"/tracker/{plan_id}/log", data={"csrf": token, "day": "2026-01-05"}).status_code == 404
    assert bob.post(f"/tracker/{plan_id}/delete", data={"csrf": token}).status_code == 404
    assert bob.get("/api/tracker/plans").json() == []
    assert ana.get(f"/tracker/{plan_id}").status_code == 200


def test_forms_without_a_valid_csrf_token_are_refused(app) -> None:  # noqa: ANN001
    client = sign_up(app, "ana@example.org")
    plan_id = new_plan(client)
    assert client.post(f"/tracker/{plan_id}/delete", data={"csrf": "forged"}).status_code == 403
    assert client.post(f"/tracker/{plan_id}/delete", data={}).status_code == 403
    stranger = TestClient(app, follow_redirects=False)
    assert stranger.post("/signin", data={"email": "ana@example.org", "password": "a long passphrase"}).status_code == 403


def test_sign_in_rate_limit_and_wrong_password(app) -> None:  # noqa: ANN001
    sign_up(app, "ana@example.org")
    client = TestClient(app, follow_redirects=False)
    token = csrf(client, "/signin")
    codes = [client.post("/signin", data={"email": "ana@example.org", "password": "wrong", "csrf": token}).status_code
             for _ in range(6)]
    assert codes[:5] == [401] * 5 and codes[5] == 429
    assert "Too many failed sign-ins" in client.post(
        "/signin", data={"email": "ana@example.org", "password": "a long passphrase", "csrf": token}).text


def test_download_and_delete_my_data(app) -> None:  # noqa: ANN001
    client = sign_up(app, "ana@example.org")
    plan_id = new_plan(client)
    data = client.get("/account/data.json").json()
    assert data["account"]["email"] == "ana@example.org" and data["plans"][0]["plan"]["id"] == plan_id
    token = csrf(client, "/account")
    assert client.post("/account/delete", data={"csrf": token, "confirm": "nope"}).status_code == 400
    assert client.post("/account/delete", data={"csrf": token, "confirm": "delete"}).status_code == 303
    engine = app.state.engine
    with engine.connect() as conn:
        import sqlalchemy as sa

        for table in ("users", "web_sessions", "plans", "dose_logs", "symptoms"):
            assert conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one() == 0, table
    again = TestClient(app, follow_redirects=False)
    token = csrf(again, "/signin")
    assert again.post("/signin", data={"email": "ana@example.org", "password": "a long passphrase", "csrf": token}).status_code == 401
