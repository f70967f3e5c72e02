"""The static site's offline search ranks the page a person means first, like /search (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
SHIPPED = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:  # noqa: ANN001
    from oncoguide.site.build import build

    out = tmp_path_factory.mktemp("static") / "site"
    build(SHIPPED, out)
    return out


def _hrefs(page, site: Path, query: str) -> list[str]:  # noqa: ANN001
    page.goto((site / "search.html").as_uri() + "?q=" + query)
    return [a.get_attribute("href") for a in page.locator("#results ol.hits a").all()]


@pytest.mark.parametrize("query, first", [
    ("myeloma", "cancers/multiple-myeloma.html"),
    ("breast+cancer", "cancers/breast-cancer.html"),
    ("VRd", "regimens/vrd-myeloma.html"),
    ("lenalidamide", "drugs/lenalidomide.html"),
])
def test_static_search_puts_the_page_meant_first(page, site: Path, query: str, first: str) -> None:  # noqa: ANN001
    hrefs = _hrefs(page, site, query)
    assert hrefs and hrefs[0] == first
    assert "cancers/melanoma.html" not in hrefs[:3] and "cancers/glioblastoma.html" not in hrefs[:3]


def test_static_search_for_blood_cancer_lists_cancers_before_drugs(page, site: Path) -> None:  # noqa: ANN001
    hrefs = _hrefs(page, site, "blood+cancer")
    assert hrefs and all(h.startswith("cancers/") for h in hrefs[:3])
