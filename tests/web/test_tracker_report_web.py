"""The care-team PDF over HTTP: the owner downloads it, one page per cycle so far; anyone else gets 404."""

import datetime as dt
import io

import pytest
from fastapi.testclient import TestClient
from test_tracker_web import app, csrf, new_plan, sign_up  # noqa: F401  (app is the shared fixture)

pypdf = pytest.importorskip("pypdf", reason="pypdf (test extra) reads the PDF's text")


def test_owner_gets_one_page_per_cycle_and_others_get_404(app) -> None:  # noqa: ANN001, F811
    client: TestClient = sign_up(app, "report@example.org")
    start = dt.date.today() - dt.timedelta(days=30)  # the fixture regimen has 28-day cycles: cycle 2 has begun
    plan = new_plan(client, start=start.isoformat())
    token = csrf(client, f"/tracker/{plan}")
    client.post(f"/tracker/{plan}/contacts", data={"csrf": token, "name": "Oncology clinic", "daytime": "555 0100"})
    client.post(f"/tracker/{plan}/log", data={"csrf": token, "day": start.isoformat(), "status": "missed"})
    response = client.get(f"/tracker/{plan}/report.pdf")
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    assert response.headers["cache-control"] == "no-store"
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(response.content)).pages]
    assert len(pages) == 2 and "cycle 1" in pages[0] and "cycle 2" in pages[1]
    assert ": missed" in pages[0] and all("Oncology clinic: daytime 555 0100" in p for p in pages)
    assert "/report.pdf" in client.get(f"/tracker/{plan}").text  # linked from the plan page
    other = sign_up(app, "someone@example.org")
    assert other.get(f"/tracker/{plan}/report.pdf").status_code == 404
    anonymous = TestClient(app, follow_redirects=False).get(f"/tracker/{plan}/report.pdf")
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/signin")
