"""How long a refused sign-in takes for an email with an account and one without (issue #15, item 2), against a
baseline that skips the stand-in hash for unknown emails, in the same run.

    .venv/bin/python benchmarks/signin_timing.py [--tries 31]

The times must not tell whether an email has an account (here: whether someone has cancer). Tries alternate
between the kinds so load on the machine falls on both alike, each from its own address so the attempt limits
never cut one short. CPU time of this process counts only its own work. The test suite checks the cause (the
same argon2 check on both paths, tests/store/test_throttle.py), not the times, which flake on a shared machine.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from oncoguide.errors import AuthError
from oncoguide.store import accounts, open_engine

PASSWORD = "a long passphrase"
REAL_VERIFY: Callable[[str, str], bool] = accounts._verify  # noqa: SLF001


def timed(engine, email: str, client: str) -> tuple[float, float]:  # noqa: ANN001
    """(wall s, CPU s) of one refused sign-in."""
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        accounts.authenticate(engine, email, "not the password", client=client)
    except AuthError:
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def without_stand_in(password_hash: str, password: str) -> bool:
    """The baseline: what a sign-in that does not check unknown emails against a stand-in hash would cost."""
    return False if password_hash == accounts._dummy_hash() else REAL_VERIFY(password_hash, password)  # noqa: SLF001


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tries", type=int, default=31, help="refusals of each kind (default 31)")
    tries = ap.parse_args().tries
    with tempfile.TemporaryDirectory() as home:
        engine = open_engine(f"sqlite:///{Path(home) / 'db.sqlite'}")
        accounts.create_user(engine, "ana@example.org", PASSWORD)
        addresses = (f"10.1.{n // 200}.{n % 200 + 1}" for n in itertools.count())
        timed(engine, "warm@example.org", next(addresses))  # the first sign-in makes the stand-in hash
        rows: dict[str, list[tuple[float, float]]] = {"known email": [], "unknown email": [],
                                                      "unknown email, no stand-in hash (baseline)": []}
        for n in range(tries):
            kinds = list(rows.items())
            for name, samples in kinds if n % 2 else kinds[::-1]:
                email = "ana@example.org" if name == "known email" else f"nobody{n}@example.org"
                if "baseline" in name:
                    accounts._verify = without_stand_in  # noqa: SLF001
                try:
                    samples.append(timed(engine, email, next(addresses)))
                finally:
                    accounts._verify = REAL_VERIFY  # noqa: SLF001
    known_cpu = statistics.median(cpu for _, cpu in rows["known email"])
    print(f"{tries} refusals of each kind, interleaved\n")
    print("| sign-in refused for | median wall ms | median CPU ms | CPU vs known email |\n|---|---|---|---|")
    for name, samples in rows.items():
        wall, cpu = statistics.median(w for w, _ in samples), statistics.median(c for _, c in samples)
        print(f"| {name} | {wall * 1000:.1f} | {cpu * 1000:.1f} | {cpu / known_cpu:.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
