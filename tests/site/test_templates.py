"""Each page model's fields are what its template shows: a field nobody renders is drift, so it fails here."""

from __future__ import annotations

import pytest

from oncoguide.site import models
from oncoguide.site.render import TEMPLATES

# Rendered for every page by base.html / macros.page_foot, or used only to build links and file names.
COMMON = {"kind", "slug", "title", "description", "reading_grade", "created", "updated", "reviewed", "references", "terms"}
PAGES = [models.DrugPage, models.RegimenPage, models.CancerPage, models.GlossaryPage, models.HomePage,
         models.SearchPage, models.NotFoundPage, models.ErrorPage, models.CancerIndexPage, models.DrugIndexPage,
         models.RegimenIndexPage]


def test_common_fields_are_in_the_shared_templates() -> None:
    shared = (TEMPLATES / "base.html").read_text() + (TEMPLATES / "macros.html").read_text()
    for field in COMMON - {"kind", "slug"}:
        assert f"page.{field}" in shared, field


@pytest.mark.parametrize("model", PAGES, ids=lambda m: m.__name__)
def test_template_shows_every_declared_field(model: type[models.Page]) -> None:
    source = (TEMPLATES / model.template).read_text()
    missing = [f for f in model.model_fields if f not in COMMON and f"page.{f}" not in source]
    assert not missing, f"{model.template} does not show {missing}"
