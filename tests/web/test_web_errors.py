"""One error funnel: HTML readers get a 404 page with suggestions, JSON readers one fixed shape."""

from __future__ import annotations

import inspect

import pytest
from fastapi.testclient import TestClient
from pagesfixture import pages_settings

from oncoguide import errors
from oncoguide.web import create_app
from oncoguide.web.errors import STATUS


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    return TestClient(create_app(pages_settings(tmp_path_factory.mktemp("home"))))


def test_unknown_page_is_a_404_page_with_close_names(client: TestClient) -> None:
    response = client.get("/medicines/revlimid")
    assert response.status_code == 404
    assert "Page not found" in response.text and "Traceback" not in response.text
    assert 'href="/drugs/lenalidomide"' in response.text


def test_unknown_drug_suggests_pages(client: TestClient) -> None:
    response = client.get("/drugs/thrombocytopenia")
    assert response.status_code == 404
    assert 'href="/glossary#thrombocytopenia"' in response.text


@pytest.mark.parametrize("path, status", [
    ("/api/drugs/nope", 404), ("/api/regimens/nope", 404), ("/api/nothing-here", 404),
    ("/api/search?q=" + "x" * 300, 422),
])
def test_json_errors_have_one_shape(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"ok", "error", "errors", "status"}
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["errors"] and all(isinstance(e, str) for e in body["errors"])


def test_json_is_chosen_by_accept_header(client: TestClient) -> None:
    response = client.get("/drugs/nope", headers={"accept": "application/json"})
    assert response.status_code == 404 and response.json()["ok"] is False


def test_every_oncoguide_error_has_a_status() -> None:
    classes = [c for _, c in inspect.getmembers(errors, inspect.isclass)
               if issubclass(c, errors.OncoguideError) and c is not errors.OncoguideError]
    assert classes and all(any(issubclass(c, k) for k in STATUS) for c in classes)
