"""A tumor test result asked of a cancer ("they are testing his AML for FLT3, why?", "what does MSI-high on my colon
cancer report mean?"): what it means for treatment is which drugs it opens, so the drugs whose label use for that
cancer rests on a test finding it are named."""

from __future__ import annotations

import re
from functools import lru_cache

from ..content.lookup import cancer_names, norm
from ..model import Drug, Indication, KnowledgeBase, sentences
from .evidence import Evidence
from .understand import Question

# A use resting on a test result: "found by an FDA-approved test", "when tests show it is MSI-high".
_TESTED = re.compile(r"\btest(s|ed|ing)?\b|\bfinds?\b|\bfound by\b", re.I)
# ... and not one saying the result is not needed or must be absent ("no PD-L1 test result is needed")
_NOT = re.compile(r"\bno\b[^.]*\btest|\bnot needed\b|\bnegative\b", re.I)
# A gene or protein a test finds is named in capitals or with digits ("FLT3", "MSI-high", "PD-L1"), unlike the
# everyday words a glossary also holds ("mutation", "relapse")
_MARKER_NAME = re.compile(r"^.+[A-Z0-9]")
MAX_LISTED = 6


@lru_cache(maxsize=4)
def _tested_uses(kb: KnowledgeBase) -> dict[str, list[tuple[Drug, Indication, str]]]:
    """Cancer slug -> (drug, use, its sentence resting on a test result, normalised): built once per knowledge base."""
    out: dict[str, list[tuple[Drug, Indication, str]]] = {}
    for drug in kb.drugs.values():
        for use in drug.uses:
            for said in sentences(use.text):
                if use.cancer and _TESTED.search(said) and not _NOT.search(said):
                    out.setdefault(use.cancer, []).append((drug, use, f" {norm(said)} "))
    return out


def marker_drugs(kb: KnowledgeBase, q: Question) -> Evidence | None:
    """For one cancer and a glossary word the question names, no drug or plan: the drugs whose use for that cancer
    rests on a test finding that word, each named once, cited to those uses."""
    if len(q.cancers) != 1 or q.drugs or q.regimens or not q.terms:
        return None
    cancer = kb.cancers[q.cancers[0]]
    uses = _tested_uses(kb).get(cancer.slug, [])
    said_names = {norm(n) for n in cancer_names(cancer)}
    for slug in q.terms:
        term = kb.glossary[slug]
        if not _MARKER_NAME.match(term.term.split(" (")[0]) or norm(term.term) in said_names:
            continue  # an everyday word, or the cancer's own name ("Myelodysplastic syndromes (MDS)")
        names = [f" {norm(n)} " for n in (term.term, *term.aliases)]
        found = {d.slug: (d, u) for d, u, said in uses if any(n in said for n in names)}
        if not found:
            continue
        titles = [d.title for d, _ in found.values()][:MAX_LISTED]
        listed = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
        name = cancer.name.split(" (")[0]
        name = name[:1].lower() + name[1:] if name[1:2].islower() else name  # "AML" stays as it is
        text = (f"Drugs used for {name} when a test finds {term.term} include {listed}." if len(titles) > 1 else
                f"{listed[:1].upper()}{listed[1:]} is used for {name} when a test finds {term.term}.")
        cite = {(c.source, c.section): c for _, u in found.values() for c in u.cite}
        return Evidence(text=text, cite=list(cite.values()), topic="uses", where=f"cancer {cancer.slug}")
    return None
