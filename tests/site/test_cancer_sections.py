"""A cancer page shows, under plain headings and in page order, each section on the disease that it has (its signs,
how it is found, stages, outlook, who gets it), every statement with its reference numbers; the Markdown export
shows the same headings. Shipped knowledge base."""

from __future__ import annotations

import dataclasses
import re

import pytest
from shippedkb import shipped_kb

from oncoguide.model import DISEASE_SECTIONS
from oncoguide.site import context as ctx
from oncoguide.site.jekyll import render_markdown
from oncoguide.site.render import Links, render


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


def test_the_breast_cancer_page_shows_its_sections_in_order_with_citations(kb) -> None:  # noqa: ANN001
    page = ctx.cancer_context(kb, "breast-cancer")
    html = render(page, Links(), share="")
    headings = re.findall(r"<h2 id=\"[^\"]+\">([^<]+)</h2>", html)
    wanted = ["What it is", *(t for f, t in DISEASE_SECTIONS.items() if getattr(kb.cancers["breast-cancer"], f)),
              "About treatment"]
    assert [h for h in headings if h in wanted] == wanted
    assert {"Signs to know", "How it is found", "Stages", "Who gets it"} <= set(headings)
    assert all(item.refs for s in page.about for item in s.items)
    numbers = [n for s in page.about for item in s.items for n in item.refs]
    assert numbers and min(numbers) >= min(n for i in page.what_is_it for n in i.refs)  # numbered in page order


def test_a_page_without_a_section_shows_no_empty_heading(kb) -> None:  # noqa: ANN001
    # every shipped page now fills every section, so the page without one is made here
    cancer = kb.cancers["kidney-cancer"].model_copy(update={"stages": []})
    without = dataclasses.replace(kb, cancers={**kb.cancers, cancer.slug: cancer})
    html = render(ctx.cancer_context(without, cancer.slug), Links(), share="")
    assert ">Stages</h2>" not in html
    assert ">Stages</h2>" in render(ctx.cancer_context(kb, cancer.slug), Links(), share="")


def test_the_markdown_export_has_the_same_headings(kb) -> None:  # noqa: ANN001
    md = render_markdown(ctx.cancer_context(kb, "multiple-myeloma"))
    assert all(f"## {t}" in md for f, t in DISEASE_SECTIONS.items() if getattr(kb.cancers["multiple-myeloma"], f))
