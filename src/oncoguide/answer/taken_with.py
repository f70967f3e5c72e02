"""What a pill goes down with, asked beside another medicine: "can I take Lynparza with water?", "can I take my
Tasigna with an antacid?".

The named drug's own line that says it (in how to take it, its interactions or an FAQ) leads, before lines on other
medicines that share no word with what was asked ("strong CYP3A blockers raise olaparib levels"); what the drug is
follows below it.
"""

from __future__ import annotations

from ..model import KnowledgeBase
from ..search.text import whole_word
from .evidence import Evidence
from .intents import READS_TAKEN_WITH, taken_with
from .understand import Question

FIELDS = ("faqs", "interactions", "administration")


def taken_with_line(kb: KnowledgeBase, q: Question, evidence: list[Evidence]) -> Evidence | None:
    """The named drug's line saying what the question asks the pill be taken with: of those, one naming the
    medicine the question names ("heartburn, I take Pepcid": the line on famotidine, not the one on proton pump
    inhibitors, which says "acid" more often), else the one saying it most."""
    taken = taken_with(q.text)
    if not set(READS_TAKEN_WITH) & set(q.intents) or "food" in q.intents or taken is None:
        return None  # (food has its own rule, which reads how to take it)
    own = {f"drug {slug}: {name}" for slug in q.drugs for name in FIELDS}
    said = [e for e in evidence if e.where in own and taken.search(e.text)]
    naming = _naming(said, _names(kb, q.text)) or _naming(said, _kinds(kb, q.text)) or said
    return max(naming, key=lambda e: len(taken.findall(e.text)), default=None)


def _naming(lines: list[Evidence], names: list[str]) -> list[Evidence]:
    return [e for e in lines if any(whole_word(n).search(e.text.lower()) for n in names)]


def _names(kb: KnowledgeBase, text: str) -> list[str]:
    """Every name of the everyday medicines the question names (medicines.yaml): "Pepcid" -> famotidine."""
    return [n.lower() for m in kb.medicines.named_in(text) for n in m.names] if kb.medicines else []


def _kinds(kb: KnowledgeBase, text: str) -> list[str]:
    """The words for their kinds ("Tums" -> antacid), each kind cited in medicines.yaml."""
    medicines = kb.medicines
    if medicines is None:
        return []
    return [t.lower() for m in medicines.named_in(text) for c in m.classes if (k := medicines.kind(c)) for t in k.terms]
