"""The live site: page contexts built once per page (the knowledge base does not change while serving)."""

from __future__ import annotations

import gzip
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from fastapi import Request

from ..model import KnowledgeBase
from ..site import context as ctx
from ..site import indexes
from ..site.models import ErrorPage, NotFoundPage, Page
from ..site.render import Links, environment, render

LIVE = Links()


@dataclass(frozen=True)
class Rendered:
    """A page's HTML, and the same gzipped once (compressing a 46 KB glossary per request cost 10x its rate)."""

    html: str
    gzip: bytes

    @classmethod
    def of(cls, html: str) -> Rendered:
        return cls(html, gzip.compress(html.encode(), compresslevel=9, mtime=0))

    @property
    def size(self) -> int:
        return len(self.html.encode()) + len(self.gzip)


class HtmlCache:
    """Rendered pages by (kind, slug), least recently used dropped first once they pass `max_bytes`."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.bytes = 0
        self._pages: OrderedDict[tuple[str, str], Rendered] = OrderedDict()

    def get(self, key: tuple[str, str]) -> Rendered | None:
        page = self._pages.get(key)
        if page is not None:
            self._pages.move_to_end(key)
        return page

    def put(self, key: tuple[str, str], page: Rendered) -> None:
        if page.size > self.max_bytes:
            return
        old = self._pages.pop(key, None)
        self.bytes += page.size - (old.size if old is not None else 0)
        self._pages[key] = page
        while self.bytes > self.max_bytes:
            _, dropped = self._pages.popitem(last=False)
            self.bytes -= dropped.size

    def __len__(self) -> int:
        return len(self._pages)


class Site:
    """Holds the knowledge base and caches each page's context and HTML."""

    def __init__(self, kb: KnowledgeBase, template_dirs: tuple[str, ...] = (), public_url: str = "",
                 cache_bytes: int = 32 * 1024 * 1024, search_cache_bytes: int = 8 * 1024 * 1024):
        self.kb = kb
        self.env = environment(template_dirs)
        self.public_url = public_url
        # Unknown slugs raise NotFound and are never cached, so these hold at most one entry per real page.
        self.drug: Callable[[str], Page] = lru_cache(maxsize=4096)(lambda slug: ctx.drug_context(kb, slug))
        self.regimen: Callable[[str], Page] = lru_cache(maxsize=4096)(lambda slug: ctx.regimen_context(kb, slug))
        self.cancer: Callable[[str], Page] = lru_cache(maxsize=4096)(lambda slug: ctx.cancer_context(kb, slug))
        self.glossary: Callable[[], Page] = lru_cache(maxsize=1)(lambda: ctx.glossary_context(kb))
        self.home: Callable[[], Page] = lru_cache(maxsize=1)(lambda: ctx.home_context(kb))
        builders = {"cancers": indexes.cancer_index_context, "drugs": indexes.drug_index_context,
                    "regimens": indexes.regimen_index_context}
        self.index: Callable[[str], Page] = lru_cache(maxsize=3)(lambda kind: builders[kind](kb))
        self.cache = HtmlCache(cache_bytes)
        # Search pages apart, so queries (which anyone can vary) never push a content page out (#11).
        self.search_cache = HtmlCache(search_cache_bytes)
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
        if cache and not extra:
            return self.rendered(page).html
        return render(page, LIVE, self.public_url + LIVE.path(page), self.env, **extra)

    def rendered(self, page: Page) -> Rendered:
        """A content page's cached HTML and gzip."""
        return self._cached(self.cache, (page.kind, page.slug), lambda: page)

    def search_rendered(self, query: str) -> Rendered:
        """The search page for a query, kept per query: it shows the query and its hits, and the hits depend
        only on the query and the knowledge base, which does not change while serving (#11)."""
        return self._cached(self.search_cache, ("search", query), lambda: self.search(query))

    def _cached(self, cache: HtmlCache, key: tuple[str, str], page: Callable[[], Page]) -> Rendered:
        hit = cache.get(key)
        if hit is None:
            built = page()
            hit = Rendered.of(render(built, LIVE, self.public_url + LIVE.path(built), self.env))
            cache.put(key, hit)
        return hit
