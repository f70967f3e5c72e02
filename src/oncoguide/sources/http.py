"""One polite HTTP client per outside service: rate limit, retries with backoff, API key, on-disk cache."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, overload

import httpx

from ..errors import FetchError
from .problems import ascii_digits

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Service:
    """An online service and its published limits (requests per second without and with an API key)."""

    name: str
    base_url: str
    per_second: float
    per_second_with_key: float
    key_env: str | None = None
    key_param: str = "api_key"
    url_env: str | None = None  # lets tests (and mirrors) point the client at another server

    def url(self, env: Mapping[str, str]) -> str:
        return (env.get(self.url_env) if self.url_env else None) or self.base_url


# openFDA: 240 requests per minute per IP, with or without a key (the key raises only the daily cap).
OPENFDA = Service("openFDA", "https://api.fda.gov", 4.0, 4.0, "OPENFDA_API_KEY", url_env="ONCOGUIDE_OPENFDA_URL")
# DailyMed publishes no limit; stay at the openFDA rate, which the same agency serves.
DAILYMED = Service("DailyMed", "https://dailymed.nlm.nih.gov/dailymed/services/v2", 4.0, 4.0,
                   url_env="ONCOGUIDE_DAILYMED_URL")
# NCBI E-utilities: 3 requests per second without a key, 10 with NCBI_API_KEY.
EUTILS = Service("NCBI E-utilities", "https://eutils.ncbi.nlm.nih.gov/entrez/eutils", 3.0, 10.0, "NCBI_API_KEY",
                 url_env="ONCOGUIDE_EUTILS_URL")


class RateLimiter:
    """Space calls at least 1/per_second apart (thread-safe); clock and sleep are seams for tests."""

    def __init__(self, per_second: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.interval = 1.0 / per_second
        self._clock, self._sleep = clock, sleep
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = self._clock()
            if self._next > now:
                self._sleep(self._next - now)
                now = self._next
            self._next = now + self.interval


class Client:
    """GET with the service's rate limit, retries on 429/5xx/dropped connections, and a response cache."""

    def __init__(
        self,
        service: Service,
        cache_dir: Path | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        env: Mapping[str, str] | None = None,
        retries: int = 4,
        backoff: float = 1.0,
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ):
        env = os.environ if env is None else env
        self.service = service
        self.api_key = env.get(service.key_env) if service.key_env else None
        rate = service.per_second_with_key if self.api_key else service.per_second
        self.limiter = RateLimiter(rate, clock=clock, sleep=sleep)
        self.cache_dir = cache_dir / service.name.split()[0].lower() if cache_dir else None
        self.retries, self.backoff, self._sleep = retries, backoff, sleep
        self._http = httpx.Client(base_url=service.url(env), transport=transport, timeout=timeout,
                                  headers={"User-Agent": "oncoguide (+https://github.com/oncoguide)"})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @overload
    def get(self, path: str, params: Mapping[str, Any] | None = None, *, refresh: bool = False,
            missing_ok: Literal[False] = False) -> bytes: ...

    @overload
    def get(self, path: str, params: Mapping[str, Any] | None = None, *, refresh: bool = False,
            missing_ok: bool) -> bytes | None: ...

    def get(self, path: str, params: Mapping[str, Any] | None = None, *, refresh: bool = False,
            missing_ok: bool = False) -> bytes | None:
        """The response body of GET path?params, from the cache when it holds it (unless refresh).

        With missing_ok, a 404 returns None (openFDA answers "no match" with a 404).
        """
        params = dict(params or {})
        cached = self._cache_path(path, params)
        if cached and cached.exists() and not refresh:
            return cached.read_bytes()
        if self.api_key:
            params[self.service.key_param] = self.api_key
        body = self._get_with_retries(path, params, missing_ok)
        if body is None:
            return None
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(".part")
            partial.write_bytes(body)
            partial.replace(cached)  # a crash never leaves half a response in the cache
        return body

    def _get_with_retries(self, path: str, params: dict[str, Any], missing_ok: bool) -> bytes | None:
        shown = f"{self.service.name}: GET {path}"  # never print the API key
        problem, retry_after = "", None
        for attempt in range(self.retries + 1):
            if attempt:
                self._sleep(self._delay(attempt, retry_after))
                retry_after = None
            self.limiter.wait()
            try:
                response = self._http.get(path, params=params)
                body = response.content  # decoded here: a damaged gzip body raises now, and is retried
            except httpx.RequestError as exc:  # connection failures, and a body that will not decode
                what = "connection failed" if isinstance(exc, httpx.TransportError) else "the answer could not be read"
                problem = f"{what} ({type(exc).__name__}: {exc})"
                continue
            if response.status_code == 200:
                return body
            if response.status_code == 404 and missing_ok:
                return None
            problem = f"HTTP {response.status_code} {response.reason_phrase}"
            if response.status_code not in RETRY_STATUS:
                raise FetchError(f"{shown}: {problem}")
            retry_after = response.headers.get("Retry-After")
        raise FetchError(f"{shown}: {problem}, still failing after {self.retries + 1} attempts")

    def _delay(self, attempt: int, after: str | None) -> float:
        """Honour a numeric Retry-After on 429/503 (capped at 2 minutes); otherwise back off exponentially."""
        if after is not None and ascii_digits(after.strip()):
            return min(float(after), 120.0)
        return self.backoff * 2 ** (attempt - 1)

    def _cache_path(self, path: str, params: Mapping[str, Any]) -> Path | None:
        if not self.cache_dir:
            return None
        key = path + "?" + "&".join(f"{k}={params[k]}" for k in sorted(params))
        return self.cache_dir / f"{hashlib.sha256(key.encode()).hexdigest()}.body"
