"""Accounts for the web tracker: users, sessions and sign-in rate limiting.

Passwords are hashed with argon2id; session tokens are stored only as SHA-256 hashes, so a copy of the
database does not let anyone sign in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..errors import AuthError, InputError, TooManyAttempts

metadata = sa.MetaData()

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

signin_failures = sa.Table(
    "signin_failures", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(300), nullable=False, index=True),
    sa.Column("at", sa.DateTime, nullable=False),
)

SESSION_DAYS = 14
MAX_FAILURES = 5
FAILURE_WINDOW = dt.timedelta(minutes=15)
MIN_PASSWORD = 10
_hasher = PasswordHasher()
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Session:
    user_id: int
    email: str
    csrf: str


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalize_email(email: str) -> str:
    email = email.strip().lower()
    if not _EMAIL.match(email) or len(email) > 254:
        raise InputError("Enter a valid email address, like name@example.org.")
    return email


def create_user(engine: sa.Engine, email: str, password: str) -> int:
    email = normalize_email(email)
    if len(password) < MIN_PASSWORD:
        raise InputError(f"Choose a password of at least {MIN_PASSWORD} characters.")
    with engine.begin() as conn:
        if conn.execute(sa.select(users.c.id).where(users.c.email == email)).first():
            raise InputError("An account with this email already exists. Sign in instead.")
        result = conn.execute(users.insert().values(email=email, password_hash=_hasher.hash(password), created_at=_now()))
        return int(result.inserted_primary_key[0])


def authenticate(engine: sa.Engine, email: str, password: str, client: str = "") -> int:
    """Check a password; repeated failures for the same email or client are refused for a while."""
    email = email.strip().lower()
    keys = [f"email:{email}"] + ([f"client:{client}"] if client else [])
    with engine.begin() as conn:
        since = _now() - FAILURE_WINDOW
        for key in keys:
            count = conn.execute(sa.select(sa.func.count()).select_from(signin_failures)
                                 .where(signin_failures.c.key == key, signin_failures.c.at > since)).scalar_one()
            if count >= MAX_FAILURES:
                raise TooManyAttempts("Too many failed sign-ins. Wait 15 minutes and try again.")
        row = conn.execute(sa.select(users.c.id, users.c.password_hash).where(users.c.email == email)).first()
        ok = row is not None and _verify(row.password_hash, password)
        if ok:
            conn.execute(signin_failures.delete().where(signin_failures.c.key == f"email:{email}"))
        else:  # recorded in this transaction, which must commit before we refuse
            conn.execute(signin_failures.insert(), [{"key": k, "at": _now()} for k in keys])
    if not ok:
        raise AuthError("Wrong email or password.")
    return int(row.id)  # type: ignore[union-attr]


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
            token_hash=_hash_token(token), user_id=user_id, csrf=csrf,
            expires_at=_now() + dt.timedelta(days=SESSION_DAYS)))
    return token, csrf


def session_for(engine: sa.Engine, token: str | None) -> Session | None:
    if not token:
        return None
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(web_sessions.c.user_id, web_sessions.c.csrf, web_sessions.c.expires_at, users.c.email)
            .join(users, users.c.id == web_sessions.c.user_id)
            .where(web_sessions.c.token_hash == _hash_token(token))
        ).first()
    if row is None or row.expires_at < _now():
        return None
    return Session(user_id=int(row.user_id), email=row.email, csrf=row.csrf)


def end_session(engine: sa.Engine, token: str | None) -> None:
    if token:
        with engine.begin() as conn:
            conn.execute(web_sessions.delete().where(web_sessions.c.token_hash == _hash_token(token)))


def delete_user(engine: sa.Engine, user_id: int, owned: list[sa.Table] = ()) -> None:  # type: ignore[assignment]
    """Remove the user, their sessions and every row of `owned` tables (which have an owner_id column)."""
    with engine.begin() as conn:
        for table in owned:
            conn.execute(table.delete().where(table.c.owner_id == user_id))
        email = conn.execute(sa.select(users.c.email).where(users.c.id == user_id)).scalar_one_or_none()
        conn.execute(web_sessions.delete().where(web_sessions.c.user_id == user_id))
        if email:
            conn.execute(signin_failures.delete().where(signin_failures.c.key == f"email:{email}"))
        conn.execute(users.delete().where(users.c.id == user_id))


def user_record(engine: sa.Engine, user_id: int) -> dict[str, str]:
    with engine.connect() as conn:
        row = conn.execute(sa.select(users.c.email, users.c.created_at).where(users.c.id == user_id)).one()
    return {"email": row.email, "created_at": row.created_at.isoformat()}
