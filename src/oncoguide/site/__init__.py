"""Patient pages: page contexts (one model per page type), Jinja templates, static site and Jekyll export."""

from .build import build
from .context import (
    cancer_context,
    drug_context,
    glossary_context,
    home_context,
    not_found_context,
    regimen_context,
    search_context,
)
from .indexes import cancer_index_context, drug_index_context, regimen_index_context
from .jekyll import export_jekyll
from .models import (
    CancerIndexPage,
    CancerPage,
    DrugIndexPage,
    DrugPage,
    GlossaryPage,
    HomePage,
    NotFoundPage,
    Page,
    RegimenIndexPage,
    RegimenPage,
    SearchPage,
)
from .render import Links, environment, render

__all__ = [
    "CancerIndexPage", "CancerPage", "DrugIndexPage", "DrugPage", "GlossaryPage", "HomePage", "Links", "NotFoundPage",
    "Page", "RegimenIndexPage", "RegimenPage", "SearchPage", "build", "cancer_context", "cancer_index_context",
    "drug_context", "drug_index_context", "environment", "export_jekyll", "glossary_context", "home_context",
    "not_found_context", "regimen_context", "regimen_index_context", "render", "search_context",
]
