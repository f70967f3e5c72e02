"""A side-effect row that a drug's page and a plan using the drug both hold: the question that names the drug, not
the plan, is answered from the drug's own page ("his bone pain got worse after the first Lupron shot" leads with
leuprolide's flare row, not "In Bicalutamide + leuprolide: ..." which holds the same row and a plan never asked of)."""

from __future__ import annotations

import re

from .evidence import Evidence
from .understand import Question

_PLAN_PREFIX = re.compile(r"^In [^:]*: ")
_ROW_NAME = re.compile(r"^[^.]*\([^)]*\)")  # "Symptoms getting worse in the first weeks (tumor flare)"


def own_row_instead(q: Question, found: Evidence, candidates: list[Evidence]) -> Evidence:
    """The named drug's own row of the same name when the found line is a plan's copy of it and no plan was named."""
    if q.regimens or not found.where.startswith("regimen "):
        return found
    name = _ROW_NAME.match(_PLAN_PREFIX.sub("", found.text))
    if name is None:
        return found
    pages = {f"drug {slug}" for slug in q.drugs}
    return next((e for e in candidates if e.where.split(":")[0] in pages and e.text.startswith(name[0])), found)
