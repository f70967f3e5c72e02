"""`oncoguide serve`: the web options reach the app it starts."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from oncoguide.cli import app


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list:
    """Catch the app uvicorn would serve instead of listening on a port."""
    import uvicorn

    apps: list = []
    monkeypatch.setattr(uvicorn, "run", lambda web_app, **kw: apps.append(web_app))
    return apps


def serve(kb_dir: Path, *args: str):  # noqa: ANN201
    return CliRunner().invoke(app, ["serve", "--content", str(kb_dir), *args])


def test_serve_builds_share_links_from_public_url_and_keeps_docs_off(kb_dir: Path, started: list) -> None:
    result = serve(kb_dir, "--public-url", "https://oncoguide.example.org/")
    assert result.exit_code == 0, result.output
    settings = started[0].state.settings
    assert settings.public_url == "https://oncoguide.example.org" and settings.api_docs is False


def test_serve_defaults_public_url_to_its_own_address(kb_dir: Path, started: list,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ONCOGUIDE_PUBLIC_URL", raising=False)
    assert serve(kb_dir, "--port", "8123", "--api-docs").exit_code == 0
    assert started[0].state.settings.public_url == "http://127.0.0.1:8123"
    assert started[0].state.settings.api_docs is True
    assert serve(kb_dir, "--host", "0.0.0.0").exit_code == 0
    assert started[1].state.settings.public_url == ""  # not a reachable address: links stay paths


def test_serve_refuses_a_bad_public_url(kb_dir: Path, started: list) -> None:
    result = serve(kb_dir, "--public-url", "oncoguide.example.org")
    assert result.exit_code == 1 and "should look like https://" in result.output and not started
