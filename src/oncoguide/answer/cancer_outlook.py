"""How long people live with the cancer named, asked beside its treatment: "he will get radiation and Temodar,
realistically how long do people live with this?". The plan's trial compares two treatments; how long people live
with the cancer is on the cancer page's outlook, which answers the question whatever the plan."""

from __future__ import annotations

import re

from ..model import KnowledgeBase
from .cancer_aspects import ASPECTS, on_disease
from .evidence import Evidence
from .understand import Question

SURVIVAL = next(a for a in ASPECTS if a.name == "survival")
# A trial's or a plan's own result is asked, not the cancer's outlook: "in the study, did people live longer?",
# "does adding Nubeqa help him live longer?"
OF_A_TRIAL = re.compile(r"\b(trials?|stud(y|ies)|studied|adding|added|compared|versus|vs)\b|\blive longer\b")
MAX_LINES = 2


def outlook_beside(kb: KnowledgeBase, q: Question) -> list[Evidence]:
    """The named cancer page's lines on how long people live, for a question that asks it and names a drug or plan
    too (a question on the cancer alone reads its page already); none when the trial's result is asked."""
    lowered = q.text.lower()
    if not q.cancers or not (q.drugs or q.regimens) or not SURVIVAL.asked.search(lowered) or OF_A_TRIAL.search(lowered):
        return []
    cancer = kb.cancers[q.cancers[0]]
    lines = [st for st in on_disease(cancer, [SURVIVAL]) if cancer.field_of(st) == "outlook"][:MAX_LINES]
    return [Evidence(text=st.text, cite=list(st.cite), topic="results", where=f"cancer {cancer.slug}: outlook")
            for st in lines]
