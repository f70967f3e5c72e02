"""Fetchers against a replayed service (MockTransport) and the CLI against a local HTTP server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from sources_fixtures import PUBMED, spl
from typer.testing import CliRunner

from oncoguide.cli import app
from oncoguide.errors import InputError, NotFound, SourceParseError
from oncoguide.sources.fetch import fetch_dailymed, fetch_openfda, fetch_pubmed
from oncoguide.sources.http import DAILYMED, EUTILS, OPENFDA, Client

SET_ID = "00000000-0000-4000-8000-000000000001"
RECORD = {"set_id": SET_ID, "version": "3", "effective_time": "20230101",
          "openfda": {"brand_name": ["TESTAMIDE"], "generic_name": ["TESTAMIDE"]},
          "dosage_and_administration": ["2 DOSAGE 25 mg once daily"]}


def replay(path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
    """Recorded-style answers of the three services (paths may carry the service's base path)."""
    path = "/" + path.rsplit("/", 2)[-1] if "/spls/" not in path else path[path.index("/spls/"):]
    if path == "/label.json":
        if "TESTAMIDE" not in query["search"][0]:
            return 404, b'{"error": {"code": "NOT_FOUND", "message": "No matches found!"}}'
        skip = int(query.get("skip", ["0"])[0])
        results = [RECORD] if skip == 0 else []
        return 200, json.dumps({"meta": {"results": {"skip": skip, "limit": 100, "total": 1}}, "results": results}).encode()
    if path == f"/spls/{SET_ID}.xml":
        return 200, spl(version=3).replace("0000-test-set", SET_ID).encode()
    if path.startswith("/spls/"):  # an unknown set id
        return 404, b"not found"
    if path == "/esearch.fcgi":
        return 200, json.dumps({"esearchresult": {"count": "2", "idlist": ["900000001", "900000002"]}}).encode()
    if path == "/efetch.fcgi":
        return 200, PUBMED.encode()
    return 404, b""


def mock_client(service, tmp_path: Path) -> Client:  # noqa: ANN001
    def handler(request: httpx.Request) -> httpx.Response:
        status, body = replay(request.url.path, parse_qs(request.url.query.decode()))
        return httpx.Response(status, content=body)

    return Client(service, cache_dir=tmp_path / "cache", transport=httpx.MockTransport(handler), env={},
                  sleep=lambda s: None)


def test_openfda_by_drug_writes_records_that_parse(tmp_path: Path) -> None:
    result = fetch_openfda(mock_client(OPENFDA, tmp_path), "TESTAMIDE", tmp_path)
    assert result.records == 1
    assert json.loads(result.files[0].read_text())["results"][0]["set_id"] == SET_ID
    with pytest.raises(NotFound, match="'nothing'"):
        fetch_openfda(mock_client(OPENFDA, tmp_path), "nothing", tmp_path)


def test_dailymed_by_set_id(tmp_path: Path) -> None:
    result = fetch_dailymed(mock_client(DAILYMED, tmp_path), SET_ID, tmp_path)
    assert result.files[0].name == f"{SET_ID}-v3.xml"
    with pytest.raises(InputError, match="not a DailyMed set id"):
        fetch_dailymed(mock_client(DAILYMED, tmp_path), "12345", tmp_path)
    with pytest.raises(NotFound):
        fetch_dailymed(mock_client(DAILYMED, tmp_path), SET_ID.replace("1", "2"), tmp_path)


def test_dailymed_answer_that_is_not_a_label_is_not_saved(tmp_path: Path) -> None:
    broken = Client(DAILYMED, transport=httpx.MockTransport(lambda r: httpx.Response(200, content=b"<html>")), env={})
    with pytest.raises(SourceParseError, match=f"DailyMed {SET_ID}"):
        fetch_dailymed(broken, SET_ID, tmp_path)
    assert not (tmp_path / "dailymed").exists()


def test_pubmed_query_in_batches(tmp_path: Path) -> None:
    result = fetch_pubmed(mock_client(EUTILS, tmp_path), "lenalidomide myeloma", tmp_path, max_records=500)
    assert (result.records, [f.name for f in result.files]) == (2, ["lenalidomide-myeloma-001.xml"])


class Replay(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        url = urlparse(self.path)
        status, body = replay(url.path, parse_qs(url.query))
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Replay)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_cli_fetch_and_ingest_end_to_end(server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONCOGUIDE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ONCOGUIDE_DATABASE_URL", raising=False)
    for name in ("ONCOGUIDE_OPENFDA_URL", "ONCOGUIDE_DAILYMED_URL", "ONCOGUIDE_EUTILS_URL"):
        monkeypatch.setenv(name, server)
    runner = CliRunner()

    result = runner.invoke(app, ["fetch", "openfda", "--drug", "TESTAMIDE", "--ingest"])
    assert result.exit_code == 0, result.output
    assert "Ingested 1 new" in result.output
    result = runner.invoke(app, ["fetch", "dailymed", "--setid", SET_ID, "--ingest"])
    assert result.exit_code == 0, result.output
    # Same set id and version as the openFDA record: the label is refreshed in place, not duplicated.
    assert "Ingested 0 new, 1 updated" in result.output
    result = runner.invoke(app, ["fetch", "pubmed", "--query", "test", "--max", "500", "--ingest"])
    assert result.exit_code == 0, result.output
    assert "Ingested 2 new" in result.output and "1 article(s) have no abstract" in result.output
    assert (tmp_path / "home" / "cache" / "http").is_dir()

    result = runner.invoke(app, ["fetch", "openfda", "--drug", "nothing"])
    assert result.exit_code == 1
    assert "No openFDA label" in result.output
