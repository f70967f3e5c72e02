"""The web tracker: private per person, CSRF-protected, and complete from sign-up to account deletion."""

import copy
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml
from fastapi.testclient import TestClient
from kbfixture import DRUG, REGIMEN, write_kb

from oncoguide.settings import Settings
from oncoguide.store import tracker as store
from oncoguide.web import create_app

REPO = Path(__file__).resolve().parents[2]
TODAY = dt.date.today()


def _iv_content(root: Path) -> None:
    """A drug given only in the clinic, and its regimen with two schedules, beside the fixture's pills-only one."""
    drug = copy.deepcopy(DRUG) | {"slug": "rituximab", "generic_name": "rituximab", "brand_names": ["Rituxan"],
                                  "misspellings": []}
    drug.pop("missed_dose")
    regimen = copy.deepcopy(REGIMEN) | {"slug": "r-iv", "name": "Rituximab alone"}
    component = {"drug": "rituximab", "dose": 375, "unit": "mg/m²", "route": "IV", "days": "1",
                 "cite": ["revlimid-label § 2.1"]}
    regimen["schedules"] = [
        {"id": "every-3-weeks", "name": "Every 3 weeks", "phases": [{"cycle_length_days": 21, "components": [component]}]},
        {"id": "weekly", "name": "Every week", "phases": [{"cycle_length_days": 7, "components": [component]}]},
    ]
    (root / "drugs" / "rituximab.yaml").write_text(yaml.safe_dump(drug, allow_unicode=True), encoding="utf-8")
    (root / "regimens" / "r-iv.yaml").write_text(yaml.safe_dump(regimen, allow_unicode=True), encoding="utf-8")


def make_app(tmp_path: Path):  # noqa: ANN201
    """The app over the fixture content with a clinic-only regimen and the shipped symptom rules."""
    root = write_kb(tmp_path / "content")
    _iv_content(root)
    shutil.copy(REPO / "content" / "triage.yaml", root / "triage.yaml")
    (root / "sources").mkdir(exist_ok=True)
    shutil.copy(REPO / "content" / "sources" / "tracker.yaml", root / "sources" / "tracker.yaml")
    return create_app(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'db.sqlite'}", content_dir=root,
                               public_url="http://testserver"))  # links come from configuration, not the Host


@pytest.fixture
def app(tmp_path: Path):  # noqa: ANN201
    return make_app(tmp_path)


def token_in(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def csrf(client: TestClient, path: str) -> str:
    page = client.get(path)
    assert page.status_code == 200, page.text
    return token_in(page.text)


def sign_up(app, email: str) -> TestClient:  # noqa: ANN001
    client = TestClient(app, follow_redirects=False)
    token = csrf(client, "/signup")
    response = client.post("/signup", data={"email": email, "password": "a long passphrase", "csrf": token})
    assert response.status_code == 303, response.text
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    return client


def new_plan(client: TestClient, regimen: str = "rd", start: str = "2026-01-05", **extra: str) -> str:
    token = csrf(client, f"/tracker/new?regimen={regimen}")
    response = client.post("/tracker/new", data={"csrf": token, "regimen": regimen, "start": start,
                                                  "dose_time": "08:00", "timezone": "Europe/Paris", **extra})
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
    assert "Pills at 08:00 (Europe/Paris)" in page.text
    token = token_in(page.text)
    logged = client.post(f"/tracker/{plan_id}/log", data={"csrf": token, "day": "2026-01-05", "status": "taken"})
    assert logged.status_code == 303
    assert "(taken at 08:00)" in client.get(f"/tracker/{plan_id}?month=2026-01").text  # back-dated: the usual time
    events = client.get(f"/api/tracker/plans/{plan_id}/events").json()
    assert [(e["logged"], e["taken_at"]) for e in events if e["date"] == "2026-01-05" and e["kind"] == "dose"] == \
        [("taken", "2026-01-05T08:00:00")]
    ics = client.get(f"/tracker/{plan_id}/calendar.ics")
    assert ics.headers["content-type"].startswith("text/calendar") and b"BEGIN:VEVENT" in ics.content
    assert client.get(f"/tracker/{plan_id}/fhir.json").json()["resourceType"] == "Bundle"
    assert "January 2026" in client.get(f"/tracker/{plan_id}/print").text
    symptom = client.post(f"/tracker/{plan_id}/symptom", data={"csrf": token, "symptom": "chest_pain"})
    assert "Call 911" in symptom.text
    fever = client.post(f"/tracker/{plan_id}/symptom", data={"csrf": token, "symptom": "fever", "temperature": "101", "unit": "C"})
    assert fever.status_code == 400 and "Did you mean °F" in fever.text


def test_each_dose_is_taken_skipped_missed_or_vomited_with_time_note_edit_and_undo(app) -> None:  # noqa: ANN001
    client = sign_up(app, "ana@example.org")
    plan_id = new_plan(client)
    day = client.get(f"/tracker/{plan_id}/day/2026-01-07")
    assert day.status_code == 200
    assert [s for s in ("taken", "skipped", "missed", "vomited", "attended") if f'value="{s}"' in day.text] == \
        ["taken", "skipped", "missed", "vomited"]
    uid = re.search(r'name="uid" value="([^"]+)"', day.text).group(1)
    token = token_in(day.text)
    form = {"csrf": token, "day": "2026-01-07", "uid": uid, "back": "day"}
    assert client.post(f"/tracker/{plan_id}/log", data={**form, "status": "taken", "at": "07:40",
                                                        "note": "with breakfast"}).status_code == 303
    assert client.post(f"/tracker/{plan_id}/log", data={**form, "status": "vomited", "at": "08:05"}).status_code == 303
    assert "vomited at 08:05" in client.get(f"/tracker/{plan_id}/day/2026-01-07").text
    assert client.post(f"/tracker/{plan_id}/undo", data=form).status_code == 303
    day = client.get(f"/tracker/{plan_id}/day/2026-01-07").text
    assert "Logged: <strong>taken at 07:40</strong>. Note: with breakfast" in day
    next_uid = re.search(r'name="uid" value="([^"]+)"', client.get(f"/tracker/{plan_id}/day/2026-01-08").text).group(1)
    assert client.post(f"/tracker/{plan_id}/log", data={**form, "status": "missed", "day": "2026-01-08",
                                                        "uid": next_uid}).status_code == 303
    client.post(f"/tracker/{plan_id}/symptom", data={"csrf": token, "symptom": "chest_pain"})
    history = client.get(f"/tracker/{plan_id}/history").text
    rows = [(d, e.strip()) for d, e in re.findall(r"<tr[^>]*><td>(\d\d \w\w\w 2026)</td><td>[^<]*</td><td>([^<]*)", history)]
    assert rows == [("08 Jan 2026", "missed"), ("07 Jan 2026", "undid the entry before"),
                    ("07 Jan 2026", "vomited at 08:05"), ("07 Jan 2026", "taken at 07:40 (with breakfast)")]
    assert re.search(r"<td>\d\d \w\w\w 2026 \d\d:\d\d</td><td>chest pain</td><td>not given</td><td>emergency</td><td>none given</td>", history)


def test_clinic_visits_are_attended_or_moved_not_taken(app) -> None:  # noqa: ANN001
    client = sign_up(app, "ana@example.org")
    plan_id = new_plan(client, "r-iv", schedule="every-3-weeks")
    page = client.get(f"/tracker/{plan_id}?month=2026-01").text
    assert "Pills at" not in page and "Times are in Europe/Paris" in page
    assert "as taken" not in page  # no "Taken" button for an infusion
    assert "Clinic visit for treatment" in page and "Pills by mouth" not in page  # the legend fits the plan
    day = client.get(f"/tracker/{plan_id}/day/2026-01-05").text
    assert 'value="attended"' in day and 'value="moved"' in day and 'value="taken"' not in day
    token = token_in(day)
    refused = client.post(f"/tracker/{plan_id}/log", data={"csrf": token, "day": "2026-01-05", "status": "taken"})
    assert refused.status_code == 400 and "no dose by mouth to log as taken" in refused.text
    assert client.post(f"/tracker/{plan_id}/log", data={"csrf": token, "day": "2026-01-05",
                                                        "status": "attended"}).status_code == 303
    assert "(attended)" in client.get(f"/tracker/{plan_id}?month=2026-01").text


@pytest.mark.parametrize(("path", "form", "message"), [
    ("log", {"day": "2025-12-31"}, "31 December 2025 is not a day of this plan"),
    ("log", {"day": (TODAY + dt.timedelta(days=3)).isoformat()}, "is in the future"),
    ("log", {"day": "2026-01-06", "at": "25:00"}, "is not a time of day"),
    ("log", {"day": "2026-01-06", "status": "forgot"}, "Status must be one of taken, skipped"),
    ("log", {"day": "2026-02-30"}, "is not a date"),
    ("undo", {"day": "2026-01-06"}, "Nothing logged on 06 January 2026"),
    ("new", {"regimen": "rd", "start": "9999-01-05"}, "not a likely treatment start"),
    ("new", {"regimen": "rd", "start": "2026-01-05", "timezone": "America"}, "unknown time zone"),
    ("new", {"regimen": "rd", "start": "2026-01-05", "schedule": "weekly"}, "is not one of Lenalidomide and dexamethasone"),
    ("new", {"regimen": "nope", "start": "2026-01-05"}, "Choose a regimen from the list"),
])
def test_bad_input_gets_a_clear_4xx_and_nothing_logged_is_lost(app, path: str, form: dict, message: str) -> None:  # noqa: ANN001
    client = sign_up(app, "ana@example.org")
    plan_id = new_plan(client)
    token = csrf(client, f"/tracker/{plan_id}")
    client.post(f"/tracker/{plan_id}/log", data={"csrf": token, "day": "2026-01-05", "status": "taken"})
    url = "/tracker/new" if path == "new" else f"/tracker/{plan_id}/{path}"
    response = client.post(url, data={"csrf": token, **({"status": "taken"} if path == "log" else {}), **form})
    assert 400 <= response.status_code < 500 and message in response.text.replace("&#39;", "'"), response.text[-3000:]
    events = client.get(f"/api/tracker/plans/{plan_id}/events").json()
    assert [e["date"] for e in events if e["logged"]] == ["2026-01-05"]
    assert len(client.get("/api/tracker/plans").json()) == 1


@pytest.mark.parametrize(("month", "message"), [("9999-12", "December 9999 is outside this plan"),
                                                 ("2026-13", "should look like 2026-03"), ("2025-11", "outside this plan")])
def test_a_month_outside_the_plan_is_a_clear_400(app, month: str, message: str) -> None:  # noqa: ANN001
    client = sign_up(app, "ana@example.org")
    plan_id = new_plan(client)
    response = client.get(f"/tracker/{plan_id}?month={month}")
    assert response.status_code == 400 and message in response.text


def test_the_form_fits_the_chosen_regimen(app) -> None:  # noqa: ANN001
    client = sign_up(app, "ana@example.org")
    home = client.get("/tracker").text
    assert 'action="/tracker/new"' in home and 'name="start"' not in home  # the regimen comes first
    form = client.get("/tracker/new?regimen=r-iv").text
    assert re.findall(r'name="schedule" value="([^"]+)"', form) == ["every-3-weeks", "weekly"]
    assert 'name="dose_time"' not in form  # no pills in this regimen
    zones = re.findall(r"<option(?: selected)?>([^<]+)</option>", form)
    assert "Europe/Paris" in zones and "America/New_York" in zones and "America" not in zones and len(zones) > 300
    assert "tracker.js" in form and "<script>" not in form and "onclick" not in form
    oral = client.get("/tracker/new?regimen=rd").text
    assert 'name="dose_time"' in oral and 'name="schedule" value=' not in oral
    assert client.get("/tracker/new?regimen=rdd").status_code == 404


def test_today_is_marked_and_the_calendar_has_a_legend(app) -> None:  # noqa: ANN001
    client = sign_up(app, "ana@example.org")
    plan_id = new_plan(client, start=(TODAY - dt.timedelta(days=3)).isoformat(), timezone="UTC")
    page = client.get(f"/tracker/{plan_id}").text
    today = re.findall(r'<td class="[^"]*" aria-current="date">\s*<a class="num" href="#day-([0-9-]+)"', page)
    assert today == [TODAY.isoformat()]
    assert "What the calendar shows" in page and "Rest day" in page and "Pills by mouth" in page
    assert re.findall(r'<abbr title="(\w+)">', page) == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                          "Saturday", "Sunday"]


def test_deleting_a_plan_asks_first(app) -> None:  # noqa: ANN001
    client = sign_up(app, "ana@example.org")
    plan_id = new_plan(client)
    plan_page = client.get(f"/tracker/{plan_id}").text
    assert f'action="/tracker/{plan_id}/delete"' not in plan_page  # one tap cannot delete
    confirm = client.get(f"/tracker/{plan_id}/delete")
    assert confirm.status_code == 200 and "cannot be undone" in confirm.text
    token = token_in(confirm.text)
    assert client.post(f"/tracker/{plan_id}/delete", data={"csrf": token}).status_code == 400
    assert client.get(f"/tracker/{plan_id}").status_code == 200
    assert client.post(f"/tracker/{plan_id}/delete", data={"csrf": token, "confirm": "yes"}).status_code == 303
    assert client.get(f"/tracker/{plan_id}").status_code == 404


def test_forms_without_a_valid_csrf_token_are_refused(app) -> None:  # noqa: ANN001
    client = sign_up(app, "ana@example.org")
    plan_id = new_plan(client)
    assert client.post(f"/tracker/{plan_id}/delete", data={"csrf": "forged", "confirm": "yes"}).status_code == 403
    assert client.post(f"/tracker/{plan_id}/delete", data={}).status_code == 403
    assert client.post(f"/tracker/{plan_id}/log", data={"day": "2026-01-05"}).status_code == 403
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
    token = csrf(client, f"/tracker/{plan_id}")
    client.post(f"/tracker/{plan_id}/log", data={"csrf": token, "day": "2026-01-05", "note": "first pill"})
    client.post(f"/tracker/{plan_id}/feed", data={"csrf": token, "action": "new"})
    data = client.get("/account/data.json").json()
    assert data["account"]["email"] == "ana@example.org" and data["plans"][0]["plan"]["id"] == plan_id
    assert data["plans"][0]["dose_log"][0]["note"] == "first pill"
    token = csrf(client, "/account")
    assert client.post("/account/delete", data={"csrf": token, "confirm": "nope"}).status_code == 400
    assert client.post("/account/delete", data={"csrf": token, "confirm": "delete"}).status_code == 303
    engine = app.state.engine
    with engine.connect() as conn:
        for table in ("users", "web_sessions", "plans", "dose_logs", "symptoms", "plan_feeds"):
            assert conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one() == 0, table
    again = TestClient(app, follow_redirects=False)
    token = csrf(again, "/signin")
    assert again.post("/signin", data={"email": "ana@example.org", "password": "a long passphrase", "csrf": token}).status_code == 401


def owner_id(app, plan_id: str) -> int:  # noqa: ANN001
    with app.state.engine.connect() as conn:
        return conn.execute(sa.select(store.plans.c.owner_id).where(store.plans.c.id == plan_id)).scalar_one()


def feed_events(client: TestClient, url: str) -> dict[str, "icalendar.Event"]:  # noqa: F821
    import icalendar

    response = client.get(url)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(response.content).walk("VEVENT")}


def test_a_subscribed_calendar_follows_delays_and_holds_without_a_cookie(app) -> None:  # noqa: ANN001
    import recurring_ical_events

    ana = sign_up(app, "ana@example.org")
    plan_id = new_plan(ana)
    token = csrf(ana, f"/tracker/{plan_id}")
    ana.post(f"/tracker/{plan_id}/log", data={"csrf": token, "day": "2026-01-05", "note": "secret note"})
    ana.post(f"/tracker/{plan_id}/feed", data={"csrf": token, "action": "new"})
    page = ana.get(f"/tracker/{plan_id}").text
    url = re.search(r'value="(http://testserver/tracker/feed/[^"]+\.ics)"', page).group(1)
    assert f'href="webcal://testserver/tracker/feed/{url.rsplit("/", 1)[1]}"' in page
    calendar_app = TestClient(app)  # no cookie at all
    before = feed_events(calendar_app, url)
    body = calendar_app.get(url).text
    assert "ana@example.org" not in body and "secret note" not in body and "taken" not in body.lower()
    change = {"csrf": token}
    assert ana.post(f"/tracker/{plan_id}/changes", data={**change, "kind": "delay", "cycle": "2", "days": "7"}).status_code == 303
    assert ana.post(f"/tracker/{plan_id}/changes", data={**change, "kind": "hold", "drug": "lenalidomide",
                                                         "start": "2026-01-12", "end": "2026-01-13"}).status_code == 303
    backwards = ana.post(f"/tracker/{plan_id}/changes", data={**change, "kind": "hold", "drug": "lenalidomide",
                                                              "start": "2026-03-12", "end": "2026-03-01"})
    assert backwards.status_code == 400 and "ends (2026-03-01) before it starts" in backwards.text
    listed = ana.get(f"/tracker/{plan_id}/changes").text
    assert "Cycle 2 delayed (7 days)" in listed and "12 January 2026: lenalidomide on hold (until 2026-01-13)" in listed
    after = feed_events(calendar_app, url)
    etag = calendar_app.get(url).headers["etag"]
    assert calendar_app.get(url, headers={"if-none-match": etag}).status_code == 304  # unchanged: no body to poll
    assert calendar_app.head(url).headers["etag"] == etag
    moved = f"{plan_id}-lenalidomide-c2d1@oncoguide"
    assert before[moved]["DTSTART"].dt.date() == dt.date(2026, 2, 2) and after[moved]["DTSTART"].dt.date() == dt.date(2026, 2, 9)
    assert after[moved]["SEQUENCE"] > before[moved]["SEQUENCE"]
    held = {u for u, e in after.items() if e.get("STATUS") == "CANCELLED"}
    assert held == {f"{plan_id}-lenalidomide-c1d8@oncoguide", f"{plan_id}-lenalidomide-c1d9@oncoguide"}
    assert set(before) <= set(after)  # nothing silently dropped: updated in place or cancelled
    import icalendar

    live = recurring_ical_events.of(icalendar.Calendar.from_ical(calendar_app.get(url).content)).between(
        dt.date(2026, 1, 12), dt.date(2026, 1, 14))
    assert {e.get("STATUS") for e in live if "lenalidomide" in str(e["SUMMARY"])} == {"CANCELLED"}
    # Replace the link: the old one stops working; turn it off: the new one stops too.
    ana.post(f"/tracker/{plan_id}/feed", data={"csrf": token, "action": "new"})
    assert calendar_app.get(url).status_code == 404
    new_url = re.search(r'value="(http://testserver/tracker/feed/[^"]+\.ics)"', ana.get(f"/tracker/{plan_id}").text).group(1)
    assert new_url != url and calendar_app.get(new_url).status_code == 200
    ana.post(f"/tracker/{plan_id}/feed", data={"csrf": token, "action": "off"})
    assert calendar_app.get(new_url).status_code == 404
    assert calendar_app.get("/tracker/feed/guessed.ics").status_code == 404


def test_report_fhir_and_care_team_for_the_clinic(app) -> None:  # noqa: ANN001
    import csv
    import io

    from fhir.resources.R4B.bundle import Bundle

    from oncoguide.tracker import service

    client = sign_up(app, "ana@example.org")
    plan_id = new_plan(client)
    token = csrf(client, f"/tracker/{plan_id}")
    client.post(f"/tracker/{plan_id}/log", data={"csrf": token, "day": "2026-01-05", "at": "08:10"})
    client.post(f"/tracker/{plan_id}/log", data={"csrf": token, "day": "2026-01-06", "status": "missed", "note": "away"})
    client.post(f"/tracker/{plan_id}/symptom", data={"csrf": token, "symptom": "chest_pain"})
    service.change_plan(app.state.engine, app.state.site.kb, owner_id(app, plan_id), plan_id,
                        delay={"cycle": 2, "days": 7})
    added = client.post(f"/tracker/{plan_id}/contacts", data={"csrf": token, "name": "Dr Lee's clinic",
                                                              "daytime": "+1 555 0100", "after_hours": "555-0199"})
    assert added.status_code == 303
    bad = client.post(f"/tracker/{plan_id}/contacts", data={"csrf": token, "name": "X", "daytime": "call me"})
    assert bad.status_code == 400 and "is not a phone number" in bad.text.replace("&#39;", "'")
    page = client.get(f"/tracker/{plan_id}").text
    assert 'href="tel:+15550100"' in page and "Dr Lee&#39;s clinic" in page
    assert "after hours 555-0199" in client.get(f"/tracker/{plan_id}/print").text
    rows = list(csv.DictReader(io.StringIO(client.get(f"/tracker/{plan_id}/report.csv").text)))
    by = {(r["record"], r["date"]): r for r in rows}
    assert by["dose", "2026-01-05"]["status"] == "taken" and by["dose", "2026-01-05"]["time"] == "08:10"
    assert (by["dose", "2026-01-06"]["status"], by["dose", "2026-01-06"]["detail"]) == ("missed", "away")
    assert by["dose", "2026-01-07"]["status"] == "not logged"
    assert [(r["what"], r["status"]) for r in rows if r["record"] == "symptom"] == [("chest pain", "emergency")]
    assert [(r["what"], r["detail"]) for r in rows if r["record"] == "change"] == [("Cycle 2 delayed", "7 days")]
    assert rows[0]["record"] == "care team" and "after hours 555-0199" in rows[0]["what"]
    bundle = client.get(f"/tracker/{plan_id}/fhir.json").json()
    Bundle.model_validate(bundle)
    given = {r["resource"]["effectiveDateTime"]: r["resource"] for r in bundle["entry"]
             if r["resource"]["resourceType"] == "MedicationAdministration"}
    assert given["2026-01-05T08:10:00+01:00"]["status"] == "completed"
    missed = given["2026-01-06T08:00:00+01:00"] if "2026-01-06T08:00:00+01:00" in given else given["2026-01-06"]
    assert missed["status"] == "not-done" and missed["statusReason"][0]["text"] == "missed"
    observations = [r["resource"] for r in bundle["entry"] if r["resource"]["resourceType"] == "Observation"]
    assert [(o["code"]["text"], o["valueString"]) for o in observations] == [("chest pain", "emergency")]
    team = [r["resource"] for r in bundle["entry"] if r["resource"]["resourceType"] == "CareTeam"]
    assert team[0]["participant"][0]["member"]["display"] == "Dr Lee's clinic"
