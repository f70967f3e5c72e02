"""`oncoguide export jekyll`: the same page contexts as Markdown pages with Jekyll front matter."""

from __future__ import annotations

import re
from pathlib import Path

from ..content import load
from .build import BuildReport, contexts, write
from .models import Page
from .render import FOLDERS, Links, environment


def permalink(page: Page) -> str:
    if page.kind in FOLDERS:
        return f"/{FOLDERS[page.kind]}/{page.slug}/"
    return "/" if page.kind == "home" else f"/{page.kind}/"


def render_markdown(page: Page) -> str:
    env = environment()
    link = permalink(page)
    links = Links(root="../" * (link.count("/") - 1), suffix="/", live=False)
    defs = {t.slug: t.definition for t in page.terms}
    text = env.get_template("jekyll/page.md").render(page=page, url=links, defs=defs, permalink=link)
    return _blank_lines(text)


def _block(line: str) -> str | None:
    if line.startswith("#"):
        return "heading"
    if line.startswith("* "):
        return "list"
    if line.startswith("|"):
        return "table"
    return "numbered" if re.match(r"\d+\. ", line) else None


def _blank_lines(text: str) -> str:
    """A blank line before every heading, list and table (kramdown needs it), and never two in a row."""
    out: list[str] = []
    for line in text.strip().splitlines():
        prev = out[-1] if out else ""
        kind = _block(line)
        if prev.strip() and kind and (kind == "heading" or kind != _block(prev)):
            out.append("")
        out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)) + "\n"


def export_jekyll(content_dir: Path, out: Path) -> BuildReport:
    """Write one Markdown page per drug, regimen and cancer type, plus the glossary."""
    kb = load(content_dir)
    pages = [p for p in contexts(kb) if p.kind in ("drug", "regimen", "cancer", "glossary")]
    files = {permalink(p).strip("/") + ".md": render_markdown(p).encode() for p in pages}
    write(out, files)
    return BuildReport(out=out, pages=len(pages), files=len(files), bytes=sum(map(len, files.values())))
