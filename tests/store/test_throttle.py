"""Sign-in limits (issue #15, items 2 and 3): atomic under parallel guessing, per account and address, with
growing waits, and the same cost whether or not the email has an account."""

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import argon2
import pytest
import sqlalchemy as sa

from oncoguide.errors import AuthError, TooManyAttempts
from oncoguide.store import accounts, open_engine, throttle

PASSWORD = "long enough password"


@pytest.fixture
def engine(database_url: str) -> sa.Engine:
    return open_engine(database_url)


def _guess(engine: sa.Engine, password: str, client: str = "203.0.113.9") -> str:
    try:
        accounts.authenticate(engine, "a@b.org", password, client=client)
        return "signed in"
    except TooManyAttempts:
        return "refused"
    except AuthError:
        return "checked"


def test_parallel_guesses_get_at_most_the_free_password_checks(engine: sa.Engine) -> None:
    accounts.create_user(engine, "a@b.org", PASSWORD)
    with ThreadPoolExecutor(max_workers=20) as pool:
        outcomes = list(pool.map(lambda i: _guess(engine, f"guess number {i}"), range(40)))
    assert outcomes.count("checked") == throttle.ACCOUNT.free, outcomes
    assert outcomes.count("refused") == 40 - throttle.ACCOUNT.free
    # None of it touches the owner, who signs in from another address.
    assert _guess(engine, PASSWORD, client="198.51.100.7") == "signed in"


def test_waits_double_after_the_free_attempts(engine: sa.Engine) -> None:
    t0 = dt.datetime(2026, 1, 5, 9, 0)
    keys = throttle.signin_keys("a@b.org", "203.0.113.9")
    at = lambda seconds: t0 + dt.timedelta(seconds=seconds)  # noqa: E731
    for _ in range(throttle.ACCOUNT.free):
        throttle.reserve(engine, keys, now=t0)
    with pytest.raises(TooManyAttempts, match="Wait 1 minute"):
        throttle.reserve(engine, keys, now=at(29))
    throttle.reserve(engine, keys, now=at(30))  # first wait: 30 s
    with pytest.raises(TooManyAttempts):
        throttle.reserve(engine, keys, now=at(30 + 59))
    throttle.reserve(engine, keys, now=at(30 + 60))  # then 60 s
    with pytest.raises(TooManyAttempts, match="Wait 2 minutes"):
        throttle.reserve(engine, keys, now=at(90 + 1))
    throttle.reserve(engine, keys, now=at(90 + 120))  # then 120 s
    # A day of quiet and the count starts over.
    for _ in range(throttle.ACCOUNT.free):
        throttle.reserve(engine, keys, now=at(210) + dt.timedelta(days=1, seconds=1))


def test_neighbours_behind_one_address_are_not_locked_out(engine: sa.Engine) -> None:
    accounts.create_user(engine, "a@b.org", PASSWORD)
    accounts.create_user(engine, "c@d.org", "another fine passphrase")
    for i in range(throttle.ACCOUNT.free + 1):
        _guess(engine, f"guess {i}")
    assert accounts.authenticate(engine, "c@d.org", "another fine passphrase", client="203.0.113.9")


def test_spraying_many_accounts_from_one_address_is_limited(engine: sa.Engine) -> None:
    keys = [throttle.signin_keys(f"user{i}@b.org", "203.0.113.9") for i in range(throttle.CLIENT.free + 1)]
    for k in keys[:-1]:
        throttle.reserve(engine, k)
    with pytest.raises(TooManyAttempts, match="from your network"):
        throttle.reserve(engine, keys[-1])


def test_a_right_password_gives_its_attempt_back(engine: sa.Engine) -> None:
    for i in range(throttle.CLIENT.free + 5):  # a busy household signing in all day from one address
        keys = throttle.signin_keys(f"user{i % 3}@b.org", "203.0.113.9")
        throttle.reserve(engine, keys)
        throttle.succeeded(engine, keys)


def test_a_right_password_starts_the_count_over(engine: sa.Engine) -> None:
    accounts.create_user(engine, "a@b.org", PASSWORD)
    outcomes = [_guess(engine, f"typo {i}") for i in range(throttle.ACCOUNT.free - 1)]
    outcomes += [_guess(engine, PASSWORD), _guess(engine, "one more typo")]
    assert outcomes == ["checked"] * (throttle.ACCOUNT.free - 1) + ["signed in", "checked"]


def test_sign_up_is_limited_per_address(engine: sa.Engine) -> None:
    for _ in range(throttle.SIGNUP.free):
        throttle.reserve(engine, throttle.signup_keys("203.0.113.9"))
    with pytest.raises(TooManyAttempts, match="new accounts"):
        accounts.create_user(engine, "new@b.org", PASSWORD, client="203.0.113.9")
    assert accounts.create_user(engine, "new@b.org", PASSWORD, client="198.51.100.7")


def test_keys_hold_no_email_or_address_in_the_clear(engine: sa.Engine) -> None:
    _guess(engine, "a guess")
    with engine.connect() as conn:
        rows = str(conn.execute(sa.select(throttle.attempt_limits)).all())
    assert "a@b.org" not in rows and "203.0.113.9" not in rows


class _CountingHasher:
    """The real hasher, counting what it checks: the work a refusal does, without timing it (timed assertions
    flake on a shared machine; benchmarks/signin_timing.py measures the times)."""

    def __init__(self) -> None:
        self.checked: list[str] = []

    def hash(self, password: str) -> str:  # noqa: A003
        return REAL_HASHER.hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        self.checked.append(password_hash)
        return REAL_HASHER.verify(password_hash, password)


REAL_HASHER = accounts._hasher  # noqa: SLF001


def test_a_known_and_an_unknown_email_cost_the_same_to_refuse(engine: sa.Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether an email has an account (here: whether someone has cancer) must not show in how long a wrong password
    takes to refuse: an unknown email checks the password against a stand-in hash made with the same argon2 cost."""
    accounts.create_user(engine, "known@b.org", PASSWORD)
    hasher = _CountingHasher()
    monkeypatch.setattr(accounts, "_hasher", hasher)
    reserved: list[int] = []
    monkeypatch.setattr(throttle, "reserve", lambda engine, keys, real=throttle.reserve: reserved.append(len(keys)) or real(engine, keys))
    for n, email in enumerate(["known@b.org", "unknown@b.org"]):
        with pytest.raises(AuthError, match=accounts.WRONG):
            accounts.authenticate(engine, email, "not the password", client=f"10.0.{n}.1")
    known, unknown = hasher.checked
    assert known != unknown  # the stand-in, not the account's own hash
    assert argon2.extract_parameters(unknown) == argon2.extract_parameters(known)  # same memory, time and threads
    assert reserved == [len(throttle.signin_keys("a@b.org", "10.0.0.1"))] * 2  # the same limits are counted


@pytest.mark.parametrize(("one", "same"), [("2001:db8:1:2::1", "2001:db8:1:2:ffff::9"), ("::ffff:192.0.2.7", "192.0.2.7")])
def test_addresses_one_client_controls_share_a_limit(engine: sa.Engine, one: str, same: str) -> None:
    """Changing the last 64 bits of an IPv6 address (every phone can) does not buy more guesses."""
    for _ in range(throttle.ACCOUNT.free):
        throttle.reserve(engine, throttle.signin_keys("a@b.org", one))
    with pytest.raises(TooManyAttempts):
        throttle.reserve(engine, throttle.signin_keys("a@b.org", same))
    throttle.reserve(engine, throttle.signin_keys("a@b.org", "2001:db8:1:3::1"))  # the next /64 is someone else
