"""Accounts: what a person signing up, signing in, and leaving would notice."""

import pytest
import sqlalchemy as sa

from oncoguide.errors import AuthError, InputError, TooManyAttempts
from oncoguide.store import accounts as acc
from oncoguide.store import open_engine, throttle


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


def test_sign_up_of_a_taken_email_reads_like_a_failed_sign_in(engine: sa.Engine) -> None:
    uid = acc.create_user(engine, "a@b.org", "long enough password")
    with pytest.raises(AuthError) as taken:
        acc.create_user(engine, "A@B.org", "another fine passphrase")
    with pytest.raises(AuthError) as unknown:
        acc.authenticate(engine, "nobody@b.org", "another fine passphrase")
    assert str(taken.value) == str(unknown.value) == "Wrong email or password."
    assert "exist" not in str(taken.value)
    # The owner signing up again with their own password is simply signed in; still one account.
    assert acc.create_user(engine, "a@b.org", "long enough password") == uid
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(acc.users)).scalar_one() == 1


def test_sign_in_is_rate_limited_per_account_and_address(engine: sa.Engine) -> None:
    acc.create_user(engine, "a@b.org", "long enough password")
    for _ in range(throttle.ACCOUNT.free):
        with pytest.raises(AuthError, match="Wrong email"):
            acc.authenticate(engine, "a@b.org", "guess", client="1.2.3.4")
    with pytest.raises(TooManyAttempts, match="Too many failed sign-ins"):
        acc.authenticate(engine, "a@b.org", "long enough password", client="1.2.3.4")
    # The guesser slowed only themselves: the owner, elsewhere, signs in at once.
    assert acc.authenticate(engine, "a@b.org", "long enough password", client="5.6.7.8")


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
        acc.authenticate(engine, "a@b.org", "nope", client="1.2.3.4")
    acc.delete_user(engine, uid)
    with engine.connect() as conn:
        for table in (acc.users, acc.web_sessions):
            assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one() == 0
        subjects = conn.execute(sa.select(throttle.attempt_limits.c.subject)).scalars().all()
    assert throttle.digest("email", "a@b.org") not in subjects


def test_form_secret_is_random_per_database_and_stable(engine: sa.Engine, tmp_path) -> None:  # noqa: ANN001
    other = open_engine(f"sqlite:///{tmp_path / 'other.sqlite'}")
    assert acc.form_secret(engine) == acc.form_secret(engine)
    assert len(acc.form_secret(engine)) == 32 and acc.form_secret(engine) != acc.form_secret(other)
