"""Accounts: what a person signing up, signing in, and leaving would notice."""

import pytest
import sqlalchemy as sa

from oncoguide.errors import AuthError, InputError, TooManyAttempts
from oncoguide.store import open_engine
from oncoguide.store import accounts as acc


@pytest.fixture
def engine(database_url: str) -> sa.Engine:
    return open_engine(database_url)


def test_sign_up_and_in(engine: sa.Engine) -> None:
    uid = acc.create_user(engine, " Ana@Example.org ", "correct horse battery")
    assert acc.authenticate(engine, "ana@example.org", "correct horse battery") == uid
    with pytest.raises(AuthError, match="Wrong email or password"):
        acc.authenticate(engine, "ana@example.org", "wrong password!!")
    with engine.connect() as conn:
        stored = conn.execute(sa.select(acc.users.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and "correct horse" not in stored


def test_bad_sign_up_input(engine: sa.Engine) -> None:
    with pytest.raises(InputError, match="valid email"):
        acc.create_user(engine, "not-an-email", "long enough password")
    with pytest.raises(InputError, match="at least 10"):
        acc.create_user(engine, "a@b.org", "short")
    acc.create_user(engine, "a@b.org", "long enough password")
    with pytest.raises(InputError, match="already exists"):
        acc.create_user(engine, "A@B.org", "long enough password")


def test_sign_in_is_rate_limited(engine: sa.Engine) -> None:
    acc.create_user(engine, "a@b.org", "long enough password")
    for _ in range(acc.MAX_FAILURES):
        with pytest.raises(AuthError):
            acc.authenticate(engine, "a@b.org", "guess", client="1.2.3.4")
    with pytest.raises(TooManyAttempts):
        acc.authenticate(engine, "a@b.org", "long enough password", client="5.6.7.8")


def test_sessions(engine: sa.Engine) -> None:
    uid = acc.create_user(engine, "a@b.org", "long enough password")
    token, csrf = acc.start_session(engine, uid)
    session = acc.session_for(engine, token)
    assert session == acc.Session(user_id=uid, email="a@b.org", csrf=csrf)
    with engine.connect() as conn:
        assert token not in str(conn.execute(sa.select(acc.web_sessions)).all())
    assert acc.session_for(engine, "forged") is None
    acc.end_session(engine, token)
    assert acc.session_for(engine, token) is None


def test_delete_user_removes_every_row(engine: sa.Engine) -> None:
    uid = acc.create_user(engine, "a@b.org", "long enough password")
    acc.start_session(engine, uid)
    with pytest.raises(AuthError):
        acc.authenticate(engine, "a@b.org", "nope")
    acc.delete_user(engine, uid)
    with engine.connect() as conn:
        for table in (acc.users, acc.web_sessions, acc.signin_failures):
            assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one() == 0
