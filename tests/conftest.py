import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

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
