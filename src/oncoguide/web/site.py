"""The live site: page contexts built once per page (the knowledge base does not change while serving)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache

from fastapi import Request

from ..model import KnowledgeBase
from ..site import context as ctx
from ..site.models import ErrorPage, NotFoundPage, Page
from ..site.render import Links, environment, render

LIVE = Links()


class HtmlCache:
    """Rendered pages by (kind, slug), least recently used dropped first once they pass `max_bytes`."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.bytes = 0
        self._pages: OrderedDict[tuple[str, str], str] = OrderedDict()

    def get(self, key: tuple[str, str]) -> str | None:
        html = self._pages.get(key)
        if html is not None:
            self._pages.move_to_end(key)
        return html

    def put(self, key: tuple[str, str], html: str) -> None:
        size = len(html.encode())
        if size > self.max_bytes:
            return
        old = self._pages.pop(key, None)
        self.bytes += size - (len(old.encode()) if old is not None else 0)
        self._pages[key] = html
        while self.bytes > self.max_bytes:
            _, dropped = self._pages.popitem(last=False)
            self.bytes -= len(dropped.encode())

    def __len__(self) -> int:
        return len(self._pages)


class Site:
    """Holds the knowledge base and caches each page's context and HTML."""

    def __init__(self, kb: KnowledgeBase, template_dirs: tuple[str, ...] = (), public_url: str = "",
                 cache_bytes: int = 32 * 1024 * 1024):
        self.kb = kb
        self.env = environment(template_dirs)
        self.public_url = public_url
        # Unknown slugs raise NotFound and are never cached, so these hold at most one entry per real page.
        self.drug: Callable[[str], Page] = lru_cache(maxsize=4096)(lambda slug: ctx.drug_context(kb, slug))
        self.regimen: Callable[[str], Page] = lru_cache(maxsize=4096)(lambda slug: ctx.regimen_context(kb, slug))
        self.cancer: Callable[[str], Page] = lru_cache(maxsize=4096)(lambda slug: ctx.cancer_context(kb, slug))
        self.glossary: Callable[[], Page] = lru_cache(maxsize=1)(lambda: ctx.glossary_context(kb))
        self.home: Callable[[], Page] = lru_cache(maxsize=1)(lambda: ctx.home_context(kb))
        self.cache = HtmlCache(cache_bytes)
        self.glossary()  # loads the syllable dictionary now, not during the first reader's request

    def search(self, query: str) -> Page:
        return ctx.search_context(self.kb, query)

    def not_found(self, message: str, wanted: str) -> NotFoundPage:
        return ctx.not_found_context(self.kb, message, wanted)

    def error(self, status: int, message: str) -> ErrorPage:
        return ErrorPage(title="Something went wrong" if status >= 500 else "That did not work", message=message)

    def html(self, request: Request, page: Page, cache: bool = False, **extra: object) -> str:
        """HTML of a page. Content pages are cached by what they show (kind and slug) and nothing the
        reader sends, so no header or query string can grow the cache or change what others get (#15)."""
        key = (page.kind, page.slug)
        cache = cache and not extra
        if cache and (hit := self.cache.get(key)) is not None:
            return hit
        html = render(page, LIVE, self.public_url + LIVE.path(page), self.env, **extra)
        if cache:
            self.cache.put(key, html)
        return html
