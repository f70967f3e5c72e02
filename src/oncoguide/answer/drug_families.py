"""A family of drugs asked of a cancer ("what are the antibody drugs used for myeloma?", "which targeted drugs are
there for CLL?"): the drugs whose labels are for that cancer and whose pages say they are of that family."""

from __future__ import annotations

import re

from ..content.lookup import cancer_names
from ..model import Drug, KnowledgeBase, sentences
from ..search.text import stem, terms
from .evidence import Evidence
from .intents import FAMILY_SAID, LIST_ASKED, NOT_A_FAMILY
from .understand import Question

MAX_LISTED = 8
# A sentence on what a drug is given with names another family: "It is taken with hormone therapy."
_GIVEN_WITH = re.compile(r"\b(given|taken|used|combined) with\b", re.I)


def _family_text(drug: Drug) -> str:
    """What a drug's page says it is: its classes, and its words on whether it is chemo, less what it is given with."""
    said = [s for s in sentences(drug.chemotherapy.text) if not _GIVEN_WITH.search(s)]
    return " ".join([*said, *(c.name for c in drug.classes)])


def family_for_cancer(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """The drugs for the one cancer named, of the family the question's own words name, when those words pick out
    some of the cancer's drugs but not all of them (then they name no family)."""
    lowered = q.text.lower()
    if len(q.cancers) != 1 or q.drugs or q.regimens or "uses" not in q.intents or not LIST_ASKED.search(lowered):
        return None
    cancer = kb.cancers[q.cancers[0]]
    named = {w for n in cancer_names(cancer) for w in terms(n)}
    words = [w for m in FAMILY_SAID.finditer(lowered) for w in [m[1]]
             if len(w) > 3 and w not in named and not NOT_A_FAMILY.match(w)]
    if not words:
        return None
    pool = [d for d in kb.drugs.values() if any(u.cancer == cancer.slug for u in d.uses)]  # only for such questions
    stems = {stem(w) for w in words}
    family = [d for d in pool if stems & {stem(t) for t in terms(_family_text(d))}]
    if not family or len(family) == len(pool):
        return None
    # the cancer page's own line on the family when it names half its drugs or more ("Targeted pills are used for
    # CLL. They include ..."), else the list
    lines = [st for st in cancer.treatment_note if stems & {stem(t) for t in terms(st.text)}]
    best = max(lines, key=lambda st: sum(d.generic_name.lower() in st.text.lower() for d in family), default=None)
    if best is not None and 2 * sum(d.generic_name.lower() in best.text.lower() for d in family) >= len(family):
        return Evidence(text=best.text, cite=list(best.cite), topic="uses", where=f"cancer {cancer.slug}: treatment_note")
    family = family[:MAX_LISTED]
    asked = " ".join(words)
    titles = [d.title for d in family]
    listed = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
    name = cancer.name.split(" (")[0]
    text = f"{asked[:1].upper()}{asked[1:]} drugs used for {name[:1].lower()}{name[1:]} include {listed}."
    cite = {(c.source, c.section): c for d in family
            for c in [*(c for u in d.uses if u.cancer == cancer.slug for c in u.cite), *d.chemotherapy.cite,
                      *(c for k in d.classes for c in k.cite)]}
    return Evidence(text=text, cite=list(cite.values()), topic="uses", where=f"cancer {cancer.slug}")
