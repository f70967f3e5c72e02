"""The lowered dose a plan steps down to for side effects, when that is what a question asks.

"If Enhertu is too much, what is the first reduced dose?" asks the plan's dose step (4.4 mg/kg), not the usual dose
its schedule gives. The plan's dose changes say it ("the dose may go down to 4.4 mg/kg, then 3.2 mg/kg"); the drug's
own page may say it in an FAQ or how it is given. A dose changed for the kidneys or liver is another rule's
(`_dose_change`, `_organ_dose`): the person's organs are not side effects.
"""

from __future__ import annotations

import re

from ..model import KnowledgeBase, cited_items
from .evidence import Evidence, item_text, match_count
from .intents import ORGAN_CONDITION
from .regimen_reply import one_drug, regimen_for
from .understand import Question

# "the first reduced dose", "a lower dose", "how far can they cut the dose", "dose reductions", "if the dose goes down"
LOWERED_ASKED = re.compile(r"\b(reduced|lower(ed)?|smaller|decreased) doses?\b|\bdose (reductions?|levels?|steps?)\b|"
                           r"\b(reduce|lower|cut|decrease|drop)( the| his| her| my| your| their)? doses?\b|"
                           r"\bdoses? (is |be |gets? |was )?(reduced|lowered|cut|decreased|dropped)\b|"
                           r"\bdoses? (go|goes|going|come|comes) down\b|"
                           # "his sorafenib may be reduced. to what dose?"
                           r"\b(be|been|being|is|gets?|getting) (reduced|lowered)\b[^?]*\bdoses?\b|"
                           # "when they restart it, what dose?", "what dose does it restart at?": after a pause
                           r"\b(restart\w*|resum\w*|goes back on|go back on|going back on|starts? (it )?again)\b[^?]*\bdoses?\b|"
                           r"\bdoses?\b[^?]*\b(restart\w*|resum\w*)\b")
# A line giving the dose stepped down to: "may go down to 4.4 mg/kg", "can be lowered from 4 mg to 3 mg",
# "nab-paclitaxel goes to 100, then 75 mg/m²" (not "a lower dose may be used", which gives no amount).
# "It may restart at 40 mg", "the first lower dose is 100 mg"
LOWERED_LINE = re.compile(r"\b(go(es)? down|lower(ed)?|reduced?|drops?|goes)\b[^.]*\bto \d|"
                          r"\b(restart(s|ed)?|resume[sd]?) at \d|\blower dose is \d", re.I)
# The drug page's fields that may say it.
DRUG_FIELDS = ("faqs", "administration")


def lowered_dose(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """The meant plan's dose change that gives the lowered dose, else the named drug's line that does; among
    several, the one naming the drugs asked ("darolutamide is lowered to 300 mg" in a plan with docetaxel)."""
    lowered = q.text.lower()
    if not LOWERED_ASKED.search(lowered) or re.search(ORGAN_CONDITION, lowered):
        return None
    names = [kb.drugs[s].generic_name for s in q.drugs]
    plan = regimen_for(kb, q, min_drugs=1)
    if plan is not None:
        lines = [m for m in plan.dose_modifications if LOWERED_LINE.search(m.text)]
        if lines:
            # the line on the cause said ("a long QT": the QTc line's restart dose) before any other step
            best = max(lines, key=lambda m: (match_count(m.text, names), match_count(m.text, list(q.subject_terms))))
            return Evidence(text=f"In {plan.display_name}: {best.text}", cite=list(best.cite), topic="dose",
                            where=f"regimen {plan.slug}: dose_modifications")
    drug = one_drug(kb, q)
    if drug is None:
        return None
    found = next(((f, i) for f in DRUG_FIELDS for i in cited_items(getattr(drug, f))
                  if LOWERED_LINE.search(item_text(i))), None)
    if found is None:
        return None
    field, item = found
    return Evidence(text=item_text(item), cite=list(item.cite), topic="dose", where=f"drug {drug.slug}: {field}")
