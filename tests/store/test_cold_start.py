"""`oncoguide ask` with nothing ingested never loads SQLAlchemy or Alembic (issue #16 moved the SQLite-file rule
into store/url.py; the answer service asks it instead of parsing the URL itself)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, sys
from oncoguide.answer.service import store_passages
from oncoguide.settings import Settings
found = store_passages(Settings.from_env())
print(json.dumps({"found": found is not None, "loaded": sorted(m for m in ("sqlalchemy", "alembic") if m in sys.modules)}))
"""


def _probe(home: Path, url: str | None = None) -> dict:
    env = {**os.environ, "ONCOGUIDE_HOME": str(home)}
    env.pop("ONCOGUIDE_DATABASE_URL", None)
    if url:
        env["ONCOGUIDE_DATABASE_URL"] = url
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_no_database_file_means_no_database_library(tmp_path: Path) -> None:
    assert _probe(tmp_path / "home") == {"found": False, "loaded": []}


def test_a_database_with_passages_is_opened_without_alembic(tmp_path: Path) -> None:
    from oncoguide.store import open_engine

    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    open_engine(url).dispose()
    assert _probe(tmp_path / "home", url) == {"found": True, "loaded": ["sqlalchemy"]}
