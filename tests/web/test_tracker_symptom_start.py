"""A symptom check records when the symptom started (issue #14), in the person's time zone, and refuses a start
in the future, too long ago or unreadable with a clear 400 while nothing is stored."""

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

from fhir.resources.R4B.bundle import Bundle
from test_tracker_web import csrf, make_app, new_plan, sign_up

from oncoguide.store import tracker as store


def test_the_start_time_is_kept_shown_and_exported_and_bad_times_are_refused(tmp_path) -> None:  # noqa: ANN001
    app = make_app(tmp_path)
    client = sign_up(app, "ana@example.org")
    plan_id = new_plan(client)  # its time zone is Europe/Paris
    form = client.get(f"/tracker/{plan_id}/symptom", params={"symptom": "diarrhea"}).text
    assert 'type="datetime-local"' in form and "When did it start?" in form
    token = csrf(client, f"/tracker/{plan_id}")
    now = dt.datetime.now(ZoneInfo("Europe/Paris")).replace(tzinfo=None, second=0, microsecond=0)
    ask = {"csrf": token, "symptom": "diarrhea", "extra_stools": "5"}

    for bad, says in [((now + dt.timedelta(hours=2)).isoformat(timespec="minutes"), "is in the future"),
                      ((now - dt.timedelta(days=120)).isoformat(timespec="minutes"), "more than 90 days ago"),
                      ("yesterday evening", "as a date and time")]:
        refused = client.post(f"/tracker/{plan_id}/symptom", data={**ask, "started": bad})
        assert refused.status_code == 400 and says in refused.text, bad
    assert store.symptom_log(app.state.engine, 1, plan_id) == []

    started = now - dt.timedelta(days=1, hours=3)
    done = client.post(f"/tracker/{plan_id}/symptom", data={**ask, "started": started.isoformat(timespec="minutes")})
    assert done.status_code == 200 and "Call your care team today" in done.text
    client.post(f"/tracker/{plan_id}/symptom", data=ask)  # no start given: kept as not given, not as now

    history = client.get(f"/tracker/{plan_id}/history").text
    assert f"{started:%d %b %Y %H:%M}" in history and "not given" in history and "CTCAE grade 2" in history
    rows = [r for r in csv.DictReader(io.StringIO(client.get(f"/tracker/{plan_id}/report.csv").text))
            if r["record"] == "symptom"]
    assert [r["detail"] for r in rows] == [f"started {started:%Y-%m-%d %H:%M}; CTCAE grade 2", "CTCAE grade 2"]
    bundle = client.get(f"/tracker/{plan_id}/fhir.json").json()
    Bundle.model_validate(bundle)
    first = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation")
    utc = started.replace(tzinfo=ZoneInfo("Europe/Paris")).astimezone(dt.UTC)
    assert first["component"][0]["code"] == {"text": "Symptom started"}
    assert dt.datetime.fromisoformat(first["component"][0]["valueDateTime"]) == utc
