"""Patient pages: page contexts (one model per page type), Jinja templates, static site and Jekyll export."""

from .build import build
from .context import (
    cancer_context, drug_context, glossary_context, home_context, not_found_context, regimen_context, search_context,
)
from .jekyll import export_jekyll
from .models import CancerPage, DrugPage, GlossaryPage, HomePage, NotFoundPage, Page, RegimenPage, SearchPage
from .render import Links, environment, render

__all__ = [
    "CancerPage", "DrugPage", "GlossaryPage", "HomePage", "Links", "NotFoundPage", "Page", "RegimenPage",
    "SearchPage", "build", "cancer_context", "drug_context", "environment", "export_jekyll", "glossary_context",
    "home_context", "not_found_context", "regimen_context", "render", "search_context",
]
