"""Render page contexts to HTML with Jinja2, for the live app and the static site alike."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from .models import Page, Ref

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
FOLDERS = {"drug": "drugs", "regimen": "regimens", "cancer": "cancers"}


@dataclass(frozen=True)
class Links:
    """Where pages live: `/drugs/x` on the live site, `../drugs/x.html` in the static site."""

    root: str = "/"
    suffix: str = ""
    live: bool = True
    index: str = ""  # what the home page is called inside `root`: "" live, "index.html" on disk

    def home(self) -> str:
        return f"{self.root}{self.index}" or "./"

    def asset(self, name: str) -> str:
        return f"{self.root}static/{name}"

    def search(self) -> str:
        return f"{self.root}search{self.suffix}"

    def browse(self, kind: str) -> str:
        """A browse page: `cancers`, `drugs` or `regimens`."""
        return f"{self.root}{kind}{self.suffix}"

    def glossary(self, anchor: str | None = None) -> str:
        return f"{self.root}glossary{self.suffix}" + (f"#{anchor}" if anchor else "")

    def page(self, ref: Ref) -> str:
        if ref.kind == "home":
            base = self.home()
        elif ref.kind in FOLDERS:
            base = f"{self.root}{FOLDERS[ref.kind]}/{ref.slug}{self.suffix}"
        else:
            base = f"{self.root}{ref.kind}{self.suffix}"
        return base + (f"#{ref.anchor}" if ref.anchor else "")

    def path(self, page: Page) -> str:
        """The page's own path on the live site, for the share link."""
        return Links().page(Ref(kind=page.kind if page.kind != "notfound" else "home", slug=page.slug, title=page.title))


@cache
def environment(extra_dirs: tuple[str, ...] = ()) -> Environment:
    """The Jinja environment; other packages may add their template folders (they extend `base.html`)."""
    env = Environment(
        loader=FileSystemLoader([*extra_dirs, str(TEMPLATES)]),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = md_escape
    env.filters["sentence"] = sentence
    return env


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md_escape(text: object) -> str:
    """Escape the characters Markdown would read as markup (for the Jekyll export)."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def sentence(text: str) -> str:
    """`with a meal` -> `With a meal.`: a content fragment shown as a sentence of its own."""
    text = text.strip()
    if not text:
        return text
    return text[:1].upper() + text[1:] + ("" if text[-1] in ".!?)" else ".")


def render(page: Page, links: Links, share: str, env: Environment | None = None, **extra: Any) -> str:
    """HTML of one page context."""
    env = env or environment()
    defs = {t.slug: t.definition for t in page.terms}
    return env.get_template(page.template).render(page=page, url=links, share=share, defs=defs, **extra)
