"""Load the curated YAML knowledge base into model objects, with located errors."""

from .cache import load_cached
from .loader import load, load_with_problems
from .lookup import find_cancer, find_drug, find_regimen
from .readability import PageGrade, grade_pages
from .schema import content_schemas

__all__ = [
    "PageGrade", "content_schemas", "find_cancer", "find_drug", "find_regimen", "grade_pages", "load", "load_cached",
    "load_with_problems",
]
