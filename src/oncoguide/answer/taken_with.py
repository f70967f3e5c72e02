"""What a pill goes down with, asked beside another medicine: "can I take Lynparza with water?", "can I take my
Tasigna with an antacid?".

The named drug's own line that says it (in how to take it, its interactions or an FAQ) leads, before lines on other
medicines that share no word with what was asked ("strong CYP3A blockers raise olaparib levels"); what the drug is
follows below it.
"""

from __future__ import annotations

from ..model import KnowledgeBase
from .evidence import Evidence
from .intents import READS_TAKEN_WITH, taken_with
from .understand import Question

FIELDS = ("faqs", "interactions", "administration")


def taken_with_line(_: KnowledgeBase, q: Question, evidence: list[Evidence]) -> Evidence | None:
    """The named drug's line saying what the question asks the pill be taken with, the one saying it most."""
    taken = taken_with(q.text)
    if not set(READS_TAKEN_WITH) & set(q.intents) or "food" in q.intents or taken is None:
        return None  # (food has its own rule, which reads how to take it)
    own = {f"drug {slug}: {name}" for slug in q.drugs for name in FIELDS}
    said = [e for e in evidence if e.where in own and taken.search(e.text)]
    return max(said, key=lambda e: len(taken.findall(e.text)), default=None)
