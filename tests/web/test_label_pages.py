"""Ingested FDA labels are browsable, clearly marked, and a drug with no curated page leads to its label."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from kbfixture import write_kb

from oncoguide.ingest.files import ingest
from oncoguide.settings import Settings
from oncoguide.web import create_app

SHARED = Path(__file__).resolve().parents[3] / "shared"
HUMIRA = SHARED / "data" / "openfda" / "humira.xml"


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    if not HUMIRA.exists():
        pytest.skip("../shared/data/openfda/humira.xml is not beside the project")
    settings = Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'db.sqlite'}",
                        content_dir=write_kb(tmp_path / "content"))
    app = create_app(settings)
    assert not ingest(app.state.engine, "spl", [HUMIRA]).failed
    return TestClient(app, follow_redirects=False)


def test_label_page_and_json(client: TestClient) -> None:
    from oncoguide.sources.spl import parse_spl

    set_id = parse_spl(HUMIRA).set_id
    page = client.get(f"/labels/{set_id}")
    assert page.status_code == 200
    assert "Official FDA label text" in page.text and "Boxed warning" in page.text
    data = client.get(f"/api/labels/{set_id}").json()
    assert data["set_id"] == set_id and data["boxed_warning"]
    assert client.get("/labels/no-such-set-id").status_code == 404


def test_uncurated_drug_leads_to_its_label(client: TestClient) -> None:
    response = client.get("/drugs/adalimumab")
    assert response.status_code == 302 and response.headers["location"].startswith("/labels/")
    assert client.get("/drugs/no-such-drug-at-all").status_code == 404
