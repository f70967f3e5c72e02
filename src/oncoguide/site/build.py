"""`oncoguide build`: the whole site as plain HTML files with relative links and an offline search.

The pipeline reads top-down: load and validate the content, build every page context, render them,
then write. Nothing is written until everything has rendered, and the output is the same byte for byte
for the same content (sorted order, no build timestamps).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..content import load
from ..model import KnowledgeBase
from ..search.pages import DESCRIPTION_SCORE, index_of, names_of
from . import context as ctx
from . import indexes
from .models import Page
from .render import FOLDERS, STATIC, Links, environment, render

ASSETS = ("style.css", "print.css", "search.js", "favicon.svg")


@dataclass(frozen=True)
class BuildReport:
    out: Path
    pages: int
    files: int
    bytes: int


def page_path(page: Page) -> str:
    """Where a page lives inside the output folder, e.g. `drugs/lenalidomide.html`."""
    if page.kind in FOLDERS:
        return f"{FOLDERS[page.kind]}/{page.slug}.html"
    return {"home": "index.html", "notfound": "404.html"}.get(page.kind, f"{page.kind}.html")


def contexts(kb: KnowledgeBase) -> list[Page]:
    """Every page of the site, in a fixed order."""
    return [
        ctx.home_context(kb),
        indexes.cancer_index_context(kb),
        indexes.drug_index_context(kb),
        indexes.regimen_index_context(kb),
        *(ctx.cancer_context(kb, slug) for slug in sorted(kb.cancers)),
        *(ctx.regimen_context(kb, slug) for slug in sorted(kb.regimens)),
        *(ctx.drug_context(kb, slug) for slug in sorted(kb.drugs)),
        ctx.glossary_context(kb),
        ctx.search_context(kb, ""),
        ctx.not_found_context(kb, "There is no page at this address.", ""),
    ]


def static_links(path: str) -> Links:
    return Links(root="../" * path.count("/"), suffix=".html", live=False, index="index.html")


def render_pages(pages: list[Page], base_url: str = "") -> dict[str, bytes]:
    """HTML of every page and its JSON twin under api/, by output path."""
    env = environment()
    files: dict[str, bytes] = {}
    for page in pages:
        path = page_path(page)
        share = f"{base_url.rstrip('/')}/{path}" if base_url else static_links(path).root + path
        files[path] = render(page, static_links(path), share, env).encode()
        if page.kind not in ("search", "notfound"):
            files[f"api/{path[:-5]}.json"] = (page.model_dump_json(indent=1) + "\n").encode()
    return files


def search_index(kb: KnowledgeBase) -> bytes:
    """The names the offline search looks through, as a script (fetch() of JSON is blocked on file://)."""
    pages: list[list[str]] = []
    seen: dict[tuple, int] = {}
    names = []
    for name in names_of(kb):
        key = (name.page.kind, name.page.slug, name.page.anchor)
        if key not in seen:
            seen[key] = len(pages)
            pages.append([name.page.title, Links(root="", suffix=".html", live=False, index="index.html").page(name.page)])
        names.append([seen[key], name.text, name.why, name.weight])
    described = []  # what cancer pages say they are: found when one sentence holds every query word ("blood cancer")
    for ref, sentences, why in index_of(kb).descriptions:
        key = (ref.kind, ref.slug, ref.anchor)
        if key not in seen:
            seen[key] = len(pages)
            pages.append([ref.title, Links(root="", suffix=".html", live=False, index="index.html").page(ref)])
        described.append([seen[key], [sorted(words) for words in sentences], why])
    body = json.dumps({"pages": pages, "names": names, "descriptions": described, "description_score": DESCRIPTION_SCORE},
                      ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return f"window.ONCOGUIDE_SEARCH={body};\n".encode()


def assets(kb: KnowledgeBase) -> dict[str, bytes]:
    files = {f"static/{name}": (STATIC / name).read_bytes() for name in ASSETS}
    files["static/search-index.js"] = search_index(kb)
    return files


def write(out: Path, files: dict[str, bytes]) -> None:
    """Replace the output folder with exactly these files."""
    if out.exists():
        shutil.rmtree(out)
    for path in sorted(files):
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(files[path])


def build(content_dir: Path, out: Path, base_url: str = "") -> BuildReport:
    """Build the static site from content_dir into out."""
    kb = load(content_dir)                     # 1. load and validate everything (ContentError lists all problems)
    pages = contexts(kb)                       # 2. one context per page
    files = render_pages(pages, base_url)      # 3. render HTML and JSON in memory
    files |= assets(kb)                        # 4. stylesheets, search script and its index
    write(out, files)                          # 5. only now touch the disk
    return BuildReport(out=out, pages=len(pages), files=len(files), bytes=sum(map(len, files.values())))
