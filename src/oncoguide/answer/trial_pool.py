"""Which plan's trial a result question asks about, when it names drugs but no plan: "Opdivo + Yervoy vs Sutent,
how much longer did people live?" asks about nivolumab with ipilimumab, not a plan holding Sutent too; "how much
did adding Imfinzi to the etoposide chemo help?" about the one plan for the cancer named that holds both."""

from __future__ import annotations

import re

from ..content.lookup import drug_names
from ..model import KnowledgeBase, Regimen
from .understand import Question

# Words that set what follows beside the treatment asked about: "vs Sutent", "better than Arimidex", "beat the
# older 5-FU", "compared with letrozole alone"
AGAINST = r"\b(vs\.?|versus|compared (to|with)|than|against|beat|beats|instead of)\s+(\w+\s+){0,3}?"


def compared_with(kb: KnowledgeBase, q: Question) -> set[str]:
    """The named drugs whose first mention follows a comparison word: what the treatment was set against."""
    lowered = q.text.lower()
    out = set()
    for slug in q.drugs:
        said = [re.escape(n.lower()) for n in drug_names(kb.drugs[slug]) if len(n) > 2] if slug in kb.drugs else []
        name = rf"(?<![\w-])({'|'.join(sorted(said, key=len, reverse=True))})(?![\w-])" if said else None
        first = re.search(name, lowered) if name else None
        if first is not None and re.search(AGAINST + r"$", lowered[:first.start()]):
            out.add(slug)
    return out


def trial_plans(kb: KnowledgeBase, q: Question) -> list[Regimen]:
    """The plans made of just the drugs asked about (less those they were compared with), for the cancer named;
    with none such and a cancer named, the plans for it holding all of them."""
    asked = set(q.drugs) - compared_with(kb, q) or set(q.drugs)
    cancers = set(q.cancers)
    fits = [r for r in kb.regimens.values() if not cancers or not cancers.isdisjoint(r.cancers)]
    exact = [r for r in fits if set(r.drugs) == asked]
    return exact or ([r for r in fits if asked <= set(r.drugs)] if cancers else [])
