"""Page search finds the right page by brand, generic name, misspelling or plain words."""

from __future__ import annotations

import pytest
from pagesfixture import PAGES_CONTENT
from shippedkb import shipped_kb

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




@pytest.fixture(scope="module")
def shipped():  # noqa: ANN201
    return shipped_kb()


def _blood_cancers(kb) -> set[str]:  # noqa: ANN001
    """Cancer pages that say, in one sentence of what they are, that they are cancers of the blood."""
    return {c.slug for c in kb.cancers.values()
            if any({"blood", "cancer"} <= set(x.lower().replace(",", " ").split())
                   for s in c.about_disease() for x in s.text.split(". "))}


def test_a_cancer_by_name_comes_first_and_a_look_alike_name_not_near_it(shipped) -> None:  # noqa: ANN001
    top = [h.page.slug for h in search_pages(shipped, "breast cancer")[:3]]
    assert top[0] == "breast-cancer" and "glioblastoma" not in top
    hits = search_pages(shipped, "myeloma")
    assert hits[0].page.slug == "multiple-myeloma"
    assert "melanoma" not in [h.page.slug for h in hits]


def test_blood_cancer_lists_the_blood_cancers_not_drugs_with_a_late_blood_cancer_risk(shipped) -> None:  # noqa: ANN001
    hits = search_pages(shipped, "blood cancer")
    expected = _blood_cancers(shipped)
    assert expected and {h.page.slug for h in hits[:len(expected)]} == expected
    assert all(h.page.kind == "cancer" for h in hits[:len(expected)])


@pytest.mark.parametrize("query", ["VRd", "mFOLFOX6", "7+3", "R-CHOP", "AC"])
def test_regimen_abbreviations_find_the_regimen(shipped, query: str) -> None:  # noqa: ANN001
    assert search_pages(shipped, query)[0].page.kind == "regimen"


def test_misspelt_words_still_find_the_regimen(shipped) -> None:  # noqa: ANN001
    assert search_pages(shipped, "lenalidamide dexamethason")[0].page.slug == "lenalidomide-dexamethasone-myeloma"


def test_the_same_query_twice_gives_the_same_hits(shipped) -> None:  # noqa: ANN001
    assert search_pages(shipped, "low platelets") == search_pages(shipped, "low platelets")
