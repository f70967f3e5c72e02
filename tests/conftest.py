import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent / "tracker"))

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CONTENT = Path(__file__).resolve().parents[1] / "content"


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    from kbfixture import write_kb

    return write_kb(tmp_path / "content")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real data directory from a test."""
    monkeypatch.setenv("ONCOGUIDE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ONCOGUIDE_DATABASE_URL", raising=False)


@pytest.fixture(scope="session")
def postgres_url():  # noqa: ANN201
    """URL of a throwaway PostgreSQL server, or skip with the reason it cannot run here."""
    from pgserver import PgServer, unavailable_reason

    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    server = PgServer()
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Run a store test once on SQLite and once on a real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db.sqlite'}"
    from pgserver import emptied

    return emptied(request.getfixturevalue("postgres_url"))
