"""Audit constraints.txt for known vulnerabilities with pip-audit against the OSV database (`make audit`).

pip-audit reports "No known vulnerabilities found" and exits 0 even when it could reach no database and audited
nothing, so we check the database is reachable first and say plainly when the audit could not run; when it can
run, `--strict` makes any package it could not audit a failure too.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "api.osv.dev"


def reachable(host: str, port: int = 443, timeout: float = 10.0) -> bool:
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError:
        return False
    return True


def main() -> int:
    if not reachable(DATABASE):
        print(f"Vulnerability audit NOT run: the advisory database ({DATABASE}) cannot be reached from this "
              "machine, so constraints.txt has not been audited here.")
        return 0
    return subprocess.call([sys.executable, "-m", "pip_audit", "--strict", "--no-deps", "--disable-pip",
                            "--progress-spinner", "off", "--vulnerability-service", "osv",
                            "--requirement", str(ROOT / "constraints.txt")])


if __name__ == "__main__":
    sys.exit(main())
