"""Accounts for the web tracker: users, sessions, sign-in and the server's form secret.

Passwords are hashed with argon2id; session tokens are stored only as SHA-256 hashes, so a copy of the
database does not let anyone sign in.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import secrets
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..errors import AuthError, InputError
from . import throttle
from .engine import inserted_id
from .identity import check_password, normalize_email
from .tables import metadata

log = logging.getLogger(__name__)

users = sa.Table(
    "users", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("email", sa.String(254), nullable=False, unique=True),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

web_sessions = sa.Table(
    "web_sessions", metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("expires_at", sa.DateTime, nullable=False),
)

server_secrets = sa.Table(
    "server_secrets", metadata,
    sa.Column("name", sa.String(32), primary_key=True),
    sa.Column("value", sa.String(128), nullable=False),
)

SESSION_DAYS = 14
WRONG = "Wrong email or password."
_hasher = PasswordHasher()
_secrets: weakref.WeakKeyDictionary[sa.Engine, bytes] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Session:
    user_id: int
    email: str
    csrf: str


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def hash_token(token: str) -> str:
    """How a secret token is stored: its SHA-256, so a copy of the database holds no usable token."""
    return hashlib.sha256(token.encode()).hexdigest()


@functools.cache
def _dummy_hash() -> str:
    """A hash with the same cost as a real one, checked for unknown emails so both take the same time."""
    return _hasher.hash(secrets.token_urlsafe(16))


def create_user(engine: sa.Engine, email: str, password: str, client: str = "") -> int:
    """Create an account and return its id.

    An email that already has an account is not revealed (issue #15, item 2): the sign-up is treated as a
    sign-in with the same email and password, with the same limits, and fails with the same words.
    """
    email = normalize_email(email)
    check_password(password, email)
    throttle.reserve(engine, throttle.signup_keys(client))
    with engine.connect() as conn:
        exists = conn.execute(sa.select(users.c.id).where(users.c.email == email)).first()
    if exists:
        return authenticate(engine, email, password, client)
    password_hash = _new_hash(password, email)
    try:
        with engine.begin() as conn:
            result = conn.execute(users.insert().values(email=email, password_hash=password_hash, created_at=_now()))
            return inserted_id(result, "account")
    except sa.exc.IntegrityError:  # created in parallel since we looked
        return authenticate(engine, email, password, client)


def authenticate(engine: sa.Engine, email: str, password: str, client: str = "") -> int:
    """Check a password and return the account id; the same time and words whether or not the email exists.

    Attempts are limited per account *and* client address (store/throttle.py), so someone guessing from
    elsewhere slows themselves down, never the owner.
    """
    email = normalize_email(email)
    dummy = _dummy_hash()  # made on the first sign-in of any email, so that one is not the slow one either
    keys = throttle.signin_keys(email, client)
    throttle.reserve(engine, keys)
    with engine.connect() as conn:
        row = conn.execute(sa.select(users.c.id, users.c.password_hash).where(users.c.email == email)).first()
    if not _verify(row.password_hash if row else dummy, password) or row is None:
        raise AuthError(WRONG)
    throttle.succeeded(engine, keys)
    return int(row.id)


def _new_hash(password: str, email: str) -> str:
    """The stored form of a new password, once it passes the rules (store/identity.py): the one place both apply."""
    check_password(password, email)
    return _hasher.hash(password)


def change_password(engine: sa.Engine, user_id: int, current: str, new: str, keep: str | None, client: str = "") -> None:
    """Set a new password, given the current one; every other session of the account ends, `keep` stays.

    The current password is checked under the same attempt limits as a sign-in, so a borrowed session
    cannot be used to guess it.
    """
    with engine.connect() as conn:
        row = conn.execute(sa.select(users.c.email, users.c.password_hash).where(users.c.id == user_id)).one()
    keys = throttle.signin_keys(row.email, client)
    throttle.reserve(engine, keys)
    if not _verify(row.password_hash, current):
        raise AuthError("Your current password is not right.")
    throttle.succeeded(engine, keys)
    if new == current:
        raise InputError("Choose a new password that is not the same as the current one.")
    password_hash = _new_hash(new, row.email)
    with engine.begin() as conn:
        conn.execute(users.update().where(users.c.id == user_id).values(password_hash=password_hash))
        _end_sessions(conn, user_id, keep)


def end_sessions(engine: sa.Engine, user_id: int, keep: str | None = None) -> None:
    """Sign the account out everywhere (but the session `keep`, if given); nothing else changes."""
    with engine.begin() as conn:
        _end_sessions(conn, user_id, keep)


def _end_sessions(conn: sa.Connection, user_id: int, keep: str | None) -> None:
    others = [web_sessions.c.token_hash != hash_token(keep)] if keep else []
    conn.execute(web_sessions.delete().where(web_sessions.c.user_id == user_id, *others))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def start_session(engine: sa.Engine, user_id: int) -> tuple[str, str]:
    """Return (session token for the cookie, CSRF token for forms)."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(web_sessions.insert().values(
            token_hash=hash_token(token), user_id=user_id, csrf=csrf,
            expires_at=_now() + dt.timedelta(days=SESSION_DAYS)))
    return token, csrf


def session_for(engine: sa.Engine, token: str | None) -> Session | None:
    if not token:
        return None
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(web_sessions.c.user_id, web_sessions.c.csrf, web_sessions.c.expires_at, users.c.email)
            .join(users, users.c.id == web_sessions.c.user_id)
            .where(web_sessions.c.token_hash == hash_token(token))
        ).first()
    if row is None or row.expires_at < _now():
        return None
    return Session(user_id=int(row.user_id), email=row.email, csrf=row.csrf)


def end_session(engine: sa.Engine, token: str | None) -> None:
    if token:
        with engine.begin() as conn:
            conn.execute(web_sessions.delete().where(web_sessions.c.token_hash == hash_token(token)))


def delete_user(engine: sa.Engine, user_id: int, owned: Sequence[sa.Column[int]] = ()) -> None:
    """Remove the user, their sessions, their sign-in attempts and every row whose `owned` column holds their id."""
    with engine.begin() as conn:
        for column in owned:
            conn.execute(column.table.delete().where(column == user_id))
        email = conn.execute(sa.select(users.c.email).where(users.c.id == user_id)).scalar_one_or_none()
        conn.execute(web_sessions.delete().where(web_sessions.c.user_id == user_id))
        if email:
            throttle.forget_subject(conn, email)
        conn.execute(users.delete().where(users.c.id == user_id))
    _erase_freed_pages(engine)


def _erase_freed_pages(engine: sa.Engine) -> None:
    """Leave no copy of deleted rows in the files (issue #15, item 6).

    SQLite: every connection runs with secure_delete=ON (store/engine.py), so deleted rows are overwritten
    with zeros in the database pages; the write-ahead log still holds the old pages until a checkpoint, so
    copy them back and truncate it. PostgreSQL has no equivalent: deleted rows stay in the table's pages
    until VACUUM reuses the space, and in WAL segments and backups until they are recycled; run regular
    VACUUM and keep the data directory and backups encrypted.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        busy, _, _ = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    if busy:
        log.warning("WAL checkpoint after an account deletion was blocked by a reader; it runs at the next checkpoint")


def form_secret(engine: sa.Engine) -> bytes:
    """The server's secret key for signing form tokens, made once by migration 0006."""
    if engine not in _secrets:
        with engine.connect() as conn:
            value = conn.execute(sa.select(server_secrets.c.value).where(server_secrets.c.name == "forms")).scalar_one()
        _secrets[engine] = bytes.fromhex(value)
    return _secrets[engine]


def user_record(engine: sa.Engine, user_id: int) -> dict[str, str]:
    with engine.connect() as conn:
        row = conn.execute(sa.select(users.c.email, users.c.created_at).where(users.c.id == user_id)).one()
    return {"email": row.email, "created_at": row.created_at.isoformat()}
