"""Limits on sign-in and sign-up attempts, counted atomically, per account and client address.

Issue #15, item 3. Each attempt is counted *before* the password is checked, by one conditional
`UPDATE ... RETURNING` that holds the row's write lock until it commits, so parallel guesses cannot all read
the same old count (before: 80 parallel guesses got 19 password checks instead of 5). A key's first `free`
attempts pass; after that each attempt waits `base`, doubled per further attempt, up to `cap`. A key forgets
its attempts after `forget` without any.

Keys are SHA-256 digests, so the table holds no email address or IP address in the clear; `subject` (the
digest of the email) lets deleting an account delete its rows too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import math
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from ..errors import TooManyAttempts
from .tables import metadata

attempt_limits = sa.Table(
    "attempt_limits", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("subject", sa.String(64), nullable=True, index=True),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("last_at", sa.DateTime, nullable=False, index=True),
    sa.Column("wait_until", sa.DateTime, nullable=False),
)

_EPOCH = dt.datetime(1970, 1, 1)


@dataclass(frozen=True)
class Limit:
    """`free` attempts, then a wait of `base` doubling per attempt up to `cap`; reset after `forget` of quiet."""

    name: str
    refusal: str
    free: int
    base: dt.timedelta
    cap: dt.timedelta
    forget: dt.timedelta = dt.timedelta(days=1)

    def wait(self, attempts: int) -> dt.timedelta:
        """How long the attempt numbered `attempts` makes the next one wait."""
        if attempts < self.free:
            return dt.timedelta(0)
        return min(self.base * 2 ** min(attempts - self.free, 30), self.cap)


# Guessing one account's password from one address: the owner elsewhere is never slowed down by it.
ACCOUNT = Limit(
    "signin", "Too many failed sign-ins",
    free=5, base=dt.timedelta(seconds=30), cap=dt.timedelta(minutes=15))
# Any sign-in from one address, across accounts (password spraying); generous, as a clinic may share one address.
CLIENT = Limit(
    "client", "Too many sign-ins from your network",
    free=50, base=dt.timedelta(seconds=30), cap=dt.timedelta(minutes=15))
# New accounts from one address: each costs a password hash (126 sign-ups in 20 s cut page throughput 16x).
SIGNUP = Limit(
    "signup", "Too many new accounts from your network",
    free=10, base=dt.timedelta(minutes=1), cap=dt.timedelta(hours=1))


@dataclass(frozen=True)
class Key:
    limit: Limit
    key: str
    subject: str | None = None


def digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def network(client: str) -> str:
    """The unit one client controls: an IPv4 address, or an IPv6 /64 (one home or phone gets a whole /64)."""
    try:
        address = ipaddress.ip_address(client)
    except ValueError:
        return client
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


def signin_keys(email: str, client: str) -> list[Key]:
    """The per-address key first, then the per-account-and-address key (always this order: no deadlocks)."""
    where = network(client)
    return [Key(CLIENT, digest(CLIENT.name, where)),
            Key(ACCOUNT, digest(ACCOUNT.name, email, where), subject=digest("email", email))]


def signup_keys(client: str) -> list[Key]:
    return [Key(SIGNUP, digest(SIGNUP.name, network(client)))]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _insert_missing(conn: sa.Connection, rows: list[dict]) -> None:
    dialect = {"sqlite": sqlite, "postgresql": postgresql}[conn.dialect.name]
    conn.execute(dialect.insert(attempt_limits).on_conflict_do_nothing(index_elements=["key"]), rows)


def reserve(engine: sa.Engine, keys: Sequence[Key], now: dt.datetime | None = None) -> None:
    """Count one attempt on every key, or raise TooManyAttempts (counting nothing) if any key must wait."""
    now = now or _now()
    t = attempt_limits.c
    with engine.begin() as conn:
        _insert_missing(conn, [{"key": k.key, "subject": k.subject, "attempts": 0, "last_at": now,
                                "wait_until": _EPOCH} for k in keys])
        for k in keys:
            attempts = conn.execute(
                attempt_limits.update().where(t.key == k.key, t.wait_until <= now)
                .values(attempts=sa.case((t.last_at < now - k.limit.forget, 1), else_=t.attempts + 1), last_at=now)
                .returning(t.attempts)).scalar_one_or_none()
            if attempts is None:  # raising rolls back the keys already counted
                wait_until = conn.execute(sa.select(t.wait_until).where(t.key == k.key)).scalar_one()
                raise TooManyAttempts(_refusal(k.limit, wait_until - now))
            if wait := k.limit.wait(attempts):
                conn.execute(attempt_limits.update().where(t.key == k.key).values(wait_until=now + wait))


def _refusal(limit: Limit, wait: dt.timedelta) -> str:
    minutes = max(1, math.ceil(wait.total_seconds() / 60))
    return f"{limit.refusal}. Wait {minutes} minute{'s' if minutes > 1 else ''} and try again."


def succeeded(engine: sa.Engine, keys: Sequence[Key], now: dt.datetime | None = None) -> None:
    """A right password: forget the account key, give back this attempt on the others, sweep stale keys."""
    t = attempt_limits.c
    horizon = (now or _now()) - max(limit.forget for limit in (ACCOUNT, CLIENT, SIGNUP))
    with engine.begin() as conn:
        for k in keys:
            if k.limit is ACCOUNT:
                conn.execute(attempt_limits.delete().where(t.key == k.key))
            else:
                conn.execute(attempt_limits.update().where(t.key == k.key, t.attempts > 0)
                             .values(attempts=t.attempts - 1))
        conn.execute(attempt_limits.delete().where(t.last_at < horizon))


def forget_subject(conn: sa.Connection, email: str) -> None:
    """Delete every attempt counted against this email (when its account is deleted)."""
    conn.execute(attempt_limits.delete().where(attempt_limits.c.subject == digest("email", email)))
