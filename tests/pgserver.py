"""A throwaway PostgreSQL server on a Unix socket, for running store tests against a real server.

Uses Debian's PostgreSQL 15 binaries (CI installs the `postgresql` package); tests skip when they are absent.
The server listens on no TCP port: with the tests on several workers, a port found free and then released could be
taken by another worker's server before this one binds it; a socket in the server's own directory cannot clash.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

BIN = Path("/usr/lib/postgresql/15/bin")


def unavailable_reason() -> str | None:
    if not (BIN / "initdb").exists():
        return "PostgreSQL 15 server binaries not installed (apt-get install postgresql)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed"
    if os.geteuid() == 0 and shutil.which("su") is None:
        return "running as root without `su` to switch to the postgres user"
    return None


def emptied(url: str) -> str:
    """`url` after dropping everything an earlier test created there: each test starts from an empty schema."""
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return url


class PgServer:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="oncoguide-pg-"))
        self.data, self.sock = self.root / "data", self.root / "sock"

    def _run(self, *args: str) -> None:
        cmd = " ".join(args)
        if os.geteuid() == 0:  # initdb refuses to run as root
            shutil.chown(self.root, "postgres", "postgres")
            subprocess.run(["su", "postgres", "-c", cmd], check=True, capture_output=True)
        else:
            subprocess.run(["sh", "-c", cmd], check=True, capture_output=True)

    def start(self) -> str:
        os.chmod(self.root, 0o777)
        self._run(f"{BIN}/initdb -D {self.data} -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8")
        self.sock.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.sock, "postgres", "postgres")
        self._run(f"{BIN}/pg_ctl -D {self.data} -l {self.root}/log.txt -w -o "
                  f"'-c listen_addresses= -k {self.sock} -c fsync=off' start")
        return f"postgresql+psycopg://postgres@/postgres?host={self.sock}"

    def stop(self) -> None:
        try:
            self._run(f"{BIN}/pg_ctl -D {self.data} -m immediate stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
