"""The dose a drug is given at beside another medicine, when that is what a question asks.

"Dad's new heart pill is a moderate CYP3A inhibitor. Does that change how much acalabrutinib he takes?" asks the dose
with that medicine (100 mg once a day), not the usual dose (100 mg every 12 hours), which it used to get. The drug
page's interaction line that names the medicine (or its kind) and gives an amount says it.
"""

from __future__ import annotations

import re

from ..model import KnowledgeBase
from ..search.text import terms
from .evidence import Evidence, match_count
from .regimen_reply import one_drug
from .understand import Question

# Words saying the other medicine is one that changes the drug's level: "a moderate CYP3A inhibitor", "a strong
# blocker", "an inducer"
_LEVEL_CHANGER = re.compile(r"\b(cyp\w*|inhibitors?|blockers?|inducers?)\b")
_AMOUNT = re.compile(r"\b\d+ ?(mg|mcg)\b", re.I)
# said of how strong the other medicine is: the line for a moderate one is not the line for a strong one
_STRENGTH = {"strong", "moderate", "weak", "mild"}


def dose_with_medicine(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """The named drug's interaction line giving its dose beside the medicine (or kind) the dose question names."""
    drug = one_drug(kb, q)
    if drug is None or "dose" not in q.intents:
        return None
    lowered = q.text.lower()
    medicines = kb.medicines.named_in(q.text) if kb.medicines else []
    said = [n.lower() for m in medicines for n in m.names] + [
        t.lower() for m in medicines for c in m.classes if kb.medicines and (k := kb.medicines.kind(c)) for t in k.terms]
    said += [m[0] for m in _LEVEL_CHANGER.finditer(lowered)]
    if not said:
        return None
    strength = [w for w in terms(lowered) if w in _STRENGTH]
    lines = [i for i in drug.interactions if _AMOUNT.search(i.text) and match_count(i.text, said)]
    if not lines:
        return None
    best = max(lines, key=lambda i: (match_count(i.text, strength), match_count(i.text, said)))
    return Evidence(text=best.text, cite=list(best.cite), topic="dose", where=f"drug {drug.slug}: interactions")
