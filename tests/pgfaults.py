"""Lost connections on a real PostgreSQL server: a statement is held on a table lock, then its backend is
terminated (pg_terminate_backend), as a restarted server or a failed-over replica would end it."""

from __future__ import annotations

import threading
from collections.abc import Callable

import sqlalchemy as sa


def waiting_backend(conn: sa.Connection, seen: set[int]) -> int:
    """The pid of a backend (not one seen before) waiting for a lock; waits for one to appear."""
    while True:
        pid = conn.execute(sa.text("SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                   "AND pid <> pg_backend_pid() AND NOT pid = ANY(:seen)"), {"seen": list(seen)}).scalar()
        if pid is not None:
            return int(pid)
        conn.execute(sa.text("SELECT pg_sleep(0.02)"))


def in_thread(work: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    out: list[object] = []

    def run() -> None:
        try:
            out.append(work())
        except Exception as exc:  # noqa: BLE001 - the test looks at what was raised
            out.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, out


def terminated(postgres_url: str, work: Callable[[], object], times: int) -> object:
    """Run `work` while passages is locked; terminate the backends that wait for the lock `times` times."""
    watcher = sa.create_engine(postgres_url)
    locker = watcher.connect()
    locker.begin()
    locker.execute(sa.text("LOCK TABLE passages IN ACCESS EXCLUSIVE MODE"))
    try:
        thread, out = in_thread(work)
        seen: set[int] = set()
        # Autocommit: each look at pg_stat_activity is a new transaction, so it sees a new snapshot.
        with watcher.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for _ in range(times):
                pid = waiting_backend(conn, seen)
                seen.add(pid)
                conn.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        locker.rollback()
        locker.close()
    thread.join()
    watcher.dispose()
    return out[0]
