"""Tracker pages' HTML (the month and one day), kept while nothing they show has changed (issue #14: a year of
log entries made them slow).

The key holds everything a page is built from: the plan as stored (care-team changes, contacts), the log,
medicines and feed state (store/plan_state.py, read on every request), the month or day asked for, the person's
today (and the minute, on today's day page) and the session's CSRF token. Any change to one of them is a new key, so a page is never stale; old keys simply
age out. A page with a message (a symptom result, an error) is never cached.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from ..site.models import Page
from .accounts import private_html

SIZE = 256


class PageCache:
    """A small thread-safe LRU map from a page's key to its HTML."""

    def __init__(self, size: int = SIZE) -> None:
        self.size = size
        self.built = 0  # pages built (misses), for tests and benchmarks
        self._pages: OrderedDict[Any, str] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any, build: Callable[[], str]) -> str:
        with self._lock:
            html = self._pages.get(key)
            if html is not None:
                self._pages.move_to_end(key)
                return html
        html = build()  # outside the lock: two builds of one key at once are harmless, both give the same page
        with self._lock:
            self.built += 1
            self._pages[key] = html
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)
        return html


def page_cache(request: Request) -> PageCache:
    """The app's plan-page cache (one per app, so tests and servers never share one)."""
    state = request.app.state
    if not hasattr(state, "plan_pages"):
        with _create:
            if not hasattr(state, "plan_pages"):
                state.plan_pages = PageCache()
    return state.plan_pages


_create = threading.Lock()


def cached_page(request: Request, key: tuple[Any, ...], page: Callable[[], Page]) -> HTMLResponse:
    """The private page for `key` (plus the session's CSRF token), built by `page()` only when not kept already."""
    cache = page_cache(request)
    return private_html(request, lambda csrf: cache.get(
        (*key, csrf), lambda: request.app.state.site.html(request, page(), csrf=csrf)))
