"""Page search finds the right page by brand, generic name, misspelling or plain words."""

from __future__ import annotations

import pytest
from pagesfixture import PAGES_CONTENT

from oncoguide.content import load
from oncoguide.search.pages import search_pages


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return load(PAGES_CONTENT)


@pytest.mark.parametrize("query, kind, slug, anchor", [
    ("Revlimid", "drug", "lenalidomide", None),
    ("revlimid®", "drug", "lenalidomide", None),
    ("lenalidamide", "drug", "lenalidomide", None),
    ("Lenalidomide", "drug", "lenalidomide", None),
    ("MDS", "cancer", "myelodysplastic-syndromes", None),
    ("myelodisplastic syndrome", "cancer", "myelodysplastic-syndromes", None),
    ("low platelets", "glossary", "", "thrombocytopenia"),
    ("CBC", "glossary", "", "cbc"),
])
def test_first_hit(kb, query: str, kind: str, slug: str, anchor: str | None) -> None:  # noqa: ANN001
    first = search_pages(kb, query)[0].page
    assert (first.kind, first.slug, first.anchor) == (kind, slug, anchor)


def test_plain_words_also_find_the_side_effect_on_drug_pages(kb) -> None:  # noqa: ANN001
    hits = search_pages(kb, "low platelets")
    assert any(h.page.kind == "drug" and h.page.anchor == "side-effects" and "thrombocytopenia" in h.why for h in hits)


def test_nonsense_and_empty_find_nothing(kb) -> None:  # noqa: ANN001
    assert search_pages(kb, "qwzxv") == []
    assert search_pages(kb, "  ") == []
