"""The live site: page contexts built once per page (the knowledge base does not change while serving)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from fastapi import Request

from ..model import KnowledgeBase
from ..site import context as ctx
from ..site import indexes
from ..site.models import ErrorPage, NotFoundPage, Page
from ..site.render import Links, environment, render

LIVE = Links()


class Site:
    """Holds the knowledge base and caches each page's context and HTML."""

    def __init__(self, kb: KnowledgeBase, template_dirs: tuple[str, ...] = ()):
        self.kb = kb
        self.env = environment(template_dirs)
        self.drug: Callable[[str], Page] = lru_cache(maxsize=4096)(lambda slug: ctx.drug_context(kb, slug))
        self.regimen: Callable[[str], Page] = lru_cache(maxsize=4096)(lambda slug: ctx.regimen_context(kb, slug))
        self.cancer: Callable[[str], Page] = lru_cache(maxsize=4096)(lambda slug: ctx.cancer_context(kb, slug))
        self.glossary: Callable[[], Page] = lru_cache(maxsize=1)(lambda: ctx.glossary_context(kb))
        self.home: Callable[[], Page] = lru_cache(maxsize=1)(lambda: ctx.home_context(kb))
        builders = {"cancers": indexes.cancer_index_context, "drugs": indexes.drug_index_context,
                    "regimens": indexes.regimen_index_context}
        self.index: Callable[[str], Page] = lru_cache(maxsize=3)(lambda kind: builders[kind](kb))
        self._cache: dict[tuple[str, str, str], str] = {}
        self.glossary()  # loads the syllable dictionary now, not during the first reader's request

    def search(self, query: str) -> Page:
        return ctx.search_context(self.kb, query)

    def not_found(self, message: str, wanted: str) -> NotFoundPage:
        return ctx.not_found_context(self.kb, message, wanted)

    def error(self, status: int, message: str) -> ErrorPage:
        return ErrorPage(title="Something went wrong" if status >= 500 else "That did not work", message=message)

    def html(self, request: Request, page: Page, cache: bool = False, **extra: object) -> str:
        """HTML of a page; the share link uses the address the reader came in on. Content pages are cached."""
        base = str(request.base_url).rstrip("/")
        key = (page.kind, page.slug, base)
        if cache and key in self._cache:
            return self._cache[key]
        html = render(page, LIVE, base + LIVE.path(page), self.env, **extra)
        if cache and len(self._cache) < 20_000:
            self._cache[key] = html
        return html
