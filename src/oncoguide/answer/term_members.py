"""The medicines a glossary word stands for ("which pills are the CDK4/6 inhibitors?", "what shots count as GnRH
agonists?", "ALK positive, what medicines are there?"): the drug pages whose own words say the word (a class, what
the drug is or does, what it treats), listed with the citations of those words. A definition names a family's
best-known members; the list names every one oncoguide has a page for."""

from __future__ import annotations

import re

from ..content.lookup import norm
from ..model import Drug, KnowledgeBase, sentences
from ..search.text import compiled
from .defined import term_reply
from .evidence import Evidence
from .understand import Question

# Which medicines a word stands for is asked: "which pills are ...", "what shots count as ...", "what medicines are
# there for that" (not "what counts as a birth defect?": what the word means)
# (a medicine said as when something happens asks for none: "what side effects do they watch for after the infusion?")
# (nor one said far after the question word, of something else asked: "what are the odds he stays in remission off
# the pill?" asks how likely, not which pills name remission)
MEMBERS_ASKED = re.compile(r"\b(which|what|any|name|list)\b( [^ ?.]+){0,4}? (?<!after the )(?<!before the )(?<!during the )"
                           r"(?<!after each )(?<!after my )(?<!after his )(?<!after her )\b(drugs?|medicines?|"
                           r"medications?|meds|pills?|shots?|injections?|infusions?)\b")
# A sentence on what a drug is given with or after names another medicine's kind, not its own: "It is used with an
# aromatase inhibitor", "after an EGFR inhibitor stopped working".
_BESIDE = re.compile(r"\b(with|after|plus|before|instead of|and)\b")
# A word followed by one of these names another thing: "growth factor receptor", "(VEGF) growth factor inhibitor"
_LONGER = frozenset({"receptor", "receptors", "inhibitor", "inhibitors", "antagonist", "antagonists", "blocker",
                     "blockers"})
MAX_LISTED = 8
LEAD = "Medicines here whose pages name "


def _own_lines(drug: Drug) -> list[tuple[str, list]]:
    """What a drug's page says the drug is and does: its classes, its mechanism, its summary's sentences."""
    return [*((c.name, list(c.cite)) for c in drug.classes), *((st.text, list(st.cite)) for st in drug.mechanism),
            *((s, list(drug.summary.cite)) for s in sentences(drug.summary.text))]


def _says(text: str, names: list[str]) -> bool:
    """Whether a line says one of the word's names of the drug itself, not of a medicine it is given with."""
    padded = f" {norm(text)} "
    bare = f" {norm(re.sub(r'[(][^)]*[)]', ' ', text))} "  # "(VEGF)" left out: what follows the word
    for name in names:
        at, bare_at = padded.find(f" {name} "), bare.find(f" {name} ")
        after = bare[bare_at + len(name) + 2:].split()[:1] if bare_at >= 0 else []
        if at >= 0 and not _BESIDE.search(padded[:at]) and not _LONGER & set(after):
            return True
    return False


def _names(kb: KnowledgeBase, slug: str) -> list[str]:
    """The word's name and the other names sharing a word with it ("LHRH agonist" of GnRH agonist; not a plain
    description such as "hormone shots", which other medicines' pages say too)."""
    term = kb.glossary[slug]
    own = norm(re.sub(r"\s*\(.*?\)", "", term.term))
    names = [norm(re.sub(r"\s*\(.*?\)", "", x)) for x in (term.term, *term.aliases)]
    return [n for n in dict.fromkeys(names) if n and set(n.split()) & set(own.split())]


def members(kb: KnowledgeBase, slug: str) -> list[tuple[Drug, list]]:
    """The drugs whose own lines say the glossary word, each with the citations of the first line saying it."""
    names = _names(kb, slug)
    out = []
    for drug in kb.drugs.values():
        cite = next((c for text, c in _own_lines(drug) if _says(text, names)), None)
        if cite is not None:
            out.append((drug, cite))
    return out


def members_asked(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """For a question naming no medicine that asks which medicines a glossary word stands for, the list of those
    with a page here; of a cancer named, only those used for it when some are."""
    if q.drugs or q.regimens or not q.terms:
        return None
    normed = f" {norm(q.text)} "
    for i, slug in enumerate(dict.fromkeys([*q.asked_terms, *q.terms])):
        # the word said by its own name, or its plural ("shots that keep my white count up" mean growth factors, and
        # what they are answers), and medicines asked beside it ("what is an immunomodulatory drug?" asks what it is)
        said = compiled("|".join(rf" {re.escape(n)}s? " for n in _names(kb, slug)))
        if not said.search(normed):
            if i == 0:
                return None
            continue
        if not MEMBERS_ASKED.search(said.sub(" ", normed)):
            continue
        found = members(kb, slug)
        if q.cancers:
            found = [m for m in found if any(u.cancer in q.cancers for u in m[0].uses)] or found
        if len(found) > MAX_LISTED:
            continue  # a word most pages say ("chemotherapy") names no family to list
        if found:
            return _listed(kb, slug, found)
    return None


def meaning_under(kb: KnowledgeBase, reply: Evidence) -> Evidence | None:
    """Under a list of the medicines a word stands for, what the word means."""
    if not (reply.text.startswith(LEAD) and reply.where.startswith("glossary ")):
        return None
    return term_reply(kb, reply.where.removeprefix("glossary "))


# Other medicines of a word asked beside one named: "Rituxan goes after CD20, are there other drugs that target it?",
# "besides Arimidex, which aromatase inhibitors are there?"
OTHERS_ASKED = re.compile(r"\b(other|others|another|besides|else)\b")
_OTHER_MEDICINES = re.compile(r"\b(which|what|any|name|list|other|another)\b[^?.]*\b(drugs?|medicines?|medications?|"
                              r"meds|pills?|shots?|injections?|infusions?)\b")


def other_members(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """For a question naming a medicine that asks which other medicines a glossary word said by name stands for,
    those with a page here besides the one named (of a cancer named, those used for it when some are): the named
    drug's own page does not list its kin."""
    if not q.drugs or q.regimens or not q.terms or not OTHERS_ASKED.search(q.text.lower()):
        return None
    normed = f" {norm(q.text)} "
    for slug in dict.fromkeys([*q.asked_terms, *q.terms]):
        said = compiled("|".join(rf" {re.escape(n)}s? " for n in _names(kb, slug)))
        if not said.search(normed) or not _OTHER_MEDICINES.search(said.sub(" ", normed)):
            continue
        named = [m for m in members(kb, slug) if m[0].slug in q.drugs]
        found = [m for m in members(kb, slug) if m[0].slug not in q.drugs]
        if q.cancers:
            found = [m for m in found if any(u.cancer in q.cancers for u in m[0].uses)] or found
        if not named or not found or len(found) > MAX_LISTED:
            continue  # the word is not the named drug's own (its kin are not asked), or names no family
        return _listed(kb, slug, found, f" besides {named[0][0].generic_name}")
    return None


def _listed(kb: KnowledgeBase, slug: str, found: list[tuple[Drug, list]], besides: str = "") -> Evidence:
    titles = [d.title for d, _ in found]
    listed = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]
    cite = {(c.source, c.section): c for _, cs in found for c in cs}
    name = kb.glossary[slug].term
    name = name[:1].lower() + name[1:] if name.split()[0][1:].islower() else name  # "GnRH" stays
    return Evidence(text=f"{LEAD}{name}{besides}: {listed}.", cite=list(cite.values()), topic="definition",
                    where=f"glossary {slug}")
