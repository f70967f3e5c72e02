"""Which medicine goes in first on a shared treatment day ("Imfinzi and chemo the same day, which goes in first?"):
the line of a named drug's page (else of the named plan's page) that gives the order. A plan's schedule gives each
drug's days, not the order within a day, so it does not answer."""

from __future__ import annotations

import re

from ..model import Drug, KnowledgeBase, Regimen, cited_items
from .evidence import Evidence, item_text
from .understand import Question

# The order within a day asked: "which one goes in first", "which drip do they hang first", "what order", "before or
# after the chemo?" (not "which drug is usually tried first", a line of treatment)
ORDER_ASKED = re.compile(r"\bwhich\b[^?.]{0,30}\b(go|goes|going|given|give|run|runs|hang|hung|come|comes|drips?|put|"
                         r"infused)\b[^?.]{0,15}\bfirst\b|\b(what|which|in what) order\b|\bbefore or after\b|"
                         r"\bfirst or (second|last)\b|\bsame day\b[^?]*\b(first|before|after)\b")
# A line giving that order: "before chemo on the same day", "nivolumab is given first", "right after atezolizumab on
# the same day" (not "never two doses on the same day ... the day before", a missed-dose rule)
ORDER_SAID = re.compile(r"\b(before|after|first|then)\b[^.;]{0,40}\bon the same day\b|"
                        r"\bsame day\b[^.;]{0,20}\b(before|after|first)\b|\b(goes|is given|drips in|comes) first\b", re.I)
CHEMO = re.compile(r"\bchemo")


def given_order(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """The named drug's line on the order of giving, else the named plan's, when the order within a day is asked;
    of several, the first that names most of the other medicines asked ("right after atezolizumab", not a line on
    the same drug given with chemo when Avastin was asked)."""
    lowered = q.text.lower()
    if not ORDER_ASKED.search(lowered):
        return None
    pages: list[tuple[str, Drug | Regimen]] = [("drug", kb.drugs[d]) for d in q.drugs if d in kb.drugs]
    pages += [("regimen", kb.regimens[r]) for r in q.regimens if r in kb.regimens]
    lines = [(kind, page, name, item) for kind, page in pages for name in type(page).model_fields
             for item in cited_items(getattr(page, name)) if ORDER_SAID.search(item_text(item))]
    if not lines:
        return None
    kind, page, name, item = max(lines, key=lambda line: _others_named(kb, q, line[1].slug, item_text(line[3])))
    return Evidence(text=item_text(item), cite=list(item.cite), topic="form", where=f"{kind} {page.slug}: {name}")


def _others_named(kb: KnowledgeBase, q: Question, slug: str, text: str) -> int:
    """How many of the other medicines asked (drugs by any name, "chemo" when said) a line names."""
    lowered = text.lower()
    others = [{kb.drugs[d].generic_name, *kb.drugs[d].brand_names} for d in q.drugs if d != slug and d in kb.drugs]
    if CHEMO.search(q.text.lower()):
        others.append({"chemo"})
    return sum(any(re.search(rf"\b{re.escape(n.lower())}", lowered) for n in names) for names in others)
