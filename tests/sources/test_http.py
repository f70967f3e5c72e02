"""Online clients against httpx.MockTransport: retries, rate limits, keys, cache — never the network."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from oncoguide.errors import FetchError
from oncoguide.sources.http import EUTILS, OPENFDA, Client, RateLimiter


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def client(handler, tmp_path: Path | None = None, env: dict | None = None, fake: FakeTime | None = None, **kw) -> Client:  # noqa: ANN001
    fake = fake or FakeTime()
    return Client(OPENFDA, cache_dir=tmp_path, transport=httpx.MockTransport(handler), env=env or {},
                  sleep=fake.sleep, clock=fake.clock, **kw)


def test_429_then_success_honours_retry_after() -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, content=b"ok")])
    fake = FakeTime()
    assert client(lambda r: next(answers), fake=fake).get("/x") == b"ok"
    assert 7.0 in fake.sleeps


def test_persistent_500_is_one_fetch_error_after_retries() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(500)

    fake = FakeTime()
    with pytest.raises(FetchError, match=r"openFDA: GET /drug/label.json: HTTP 500 .* after 4 attempts"):
        client(handler, fake=fake, retries=3).get("/drug/label.json")
    assert len(calls) == 4
    assert [s for s in fake.sleeps if s >= 1] == [1.0, 2.0, 4.0]  # exponential backoff


def test_dropped_connection_is_retried_then_reported() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)

    with pytest.raises(FetchError, match="connection failed .*RemoteProtocolError"):
        client(handler, retries=2).get("/x")


def test_404_is_an_error_unless_missing_is_fine() -> None:
    c = client(lambda r: httpx.Response(404))
    assert c.get("/x", missing_ok=True) is None
    with pytest.raises(FetchError, match="HTTP 404"):
        c.get("/x")


def test_api_key_comes_from_environment_and_is_never_in_messages() -> None:
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.params.get("api_key"))
        return httpx.Response(503)

    with pytest.raises(FetchError) as info:
        client(handler, env={"OPENFDA_API_KEY": "secret-key"}, retries=0).get("/x")
    assert seen == ["secret-key"]
    assert "secret-key" not in str(info.value)


def test_ncbi_rate_is_3_per_second_without_key_and_10_with() -> None:
    ok = httpx.MockTransport(lambda r: httpx.Response(200))
    assert Client(EUTILS, transport=ok, env={}).limiter.interval == pytest.approx(1 / 3)
    assert Client(EUTILS, transport=ok, env={"NCBI_API_KEY": "k"}).limiter.interval == pytest.approx(1 / 10)
    assert Client(OPENFDA, transport=ok, env={}).limiter.interval == pytest.approx(60 / 240)


def test_rate_limiter_spaces_calls() -> None:
    fake = FakeTime()
    limiter = RateLimiter(3, clock=fake.clock, sleep=fake.sleep)
    starts = []
    for _ in range(4):
        limiter.wait()
        starts.append(fake.now)
    assert all(b - a >= 1 / 3 - 1e-9 for a, b in zip(starts, starts[1:]))


def test_cache_serves_the_second_request(tmp_path: Path) -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, content=b"body")

    c = client(handler, tmp_path)
    assert c.get("/x", {"a": 1}) == c.get("/x", {"a": 1}) == b"body"
    assert len(calls) == 1
    c.get("/x", {"a": 1}, refresh=True)
    assert len(calls) == 2


def test_a_body_that_will_not_decode_is_retried_then_one_fetch_error() -> None:
    def damaged(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip at all"))

    fake = FakeTime()
    with pytest.raises(FetchError, match=r"openFDA: GET /x: the answer could not be read \(DecodingError"):
        client(damaged, fake=fake, retries=2).get("/x")
    assert len(fake.sleeps) == 2


def test_an_odd_retry_after_falls_back_to_backoff() -> None:
    # '²' passes str.isdigit() but not float(): it used to escape as a ValueError.
    answers = iter([httpx.Response(503, headers={"Retry-After": b"\xb2"}), httpx.Response(200, content=b"ok")])
    fake = FakeTime()
    assert client(lambda r: next(answers), fake=fake).get("/x") == b"ok"
    assert fake.sleeps and fake.sleeps[0] == 1.0
