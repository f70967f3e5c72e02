"""The browse pages: every cancer type, every drug (generic and brand names A to Z), every regimen by cancer type."""

from __future__ import annotations

from itertools import groupby

from ..model import KnowledgeBase
from .cite import PageRefs
from .context import drug_ref, regimen_ref
from .models import (
    CancerEntry,
    CancerIndexPage,
    DrugEntry,
    DrugIndexPage,
    Letter,
    Ref,
    RegimenEntry,
    RegimenGroup,
    RegimenIndexPage,
)


def _first_letter(name: str) -> str:
    letter = name[:1].upper()
    return letter if letter.isalpha() else "#"  # names such as `5-FU` sort under one heading


def cancer_ref(kb: KnowledgeBase, slug: str) -> Ref:
    return Ref(kind="cancer", slug=slug, title=kb.cancers[slug].name)


def drug_index_context(kb: KnowledgeBase) -> DrugIndexPage:
    """Every drug under its generic name and under each brand name, A to Z."""
    entries = []
    for d in kb.drugs.values():
        ref = drug_ref(d)
        entries.append(DrugEntry(name=d.generic_name, drug=ref, brand=False, also=d.brand_names))
        entries += [DrugEntry(name=b, drug=ref, brand=True, also=[d.generic_name])
                    for b in d.brand_names if b.lower() != d.generic_name.lower()]
    entries.sort(key=lambda e: (e.name.lower(), e.brand, e.drug.slug))
    letters = [Letter(letter=k, entries=list(g)) for k, g in groupby(entries, key=lambda e: _first_letter(e.name))]
    return DrugIndexPage(title="Drugs A to Z", description="Every cancer drug on this site, by generic and brand name.",
                         letters=letters)


def regimen_index_context(kb: KnowledgeBase) -> RegimenIndexPage:
    """Every treatment plan, grouped by cancer type; a plan for two cancer types is listed under both."""
    groups = []
    for c in sorted(kb.cancers.values(), key=lambda c: c.name.lower()):
        regimens = sorted(kb.regimens_for_cancer(c.slug), key=lambda x: x.name.lower())
        if regimens:
            groups.append(RegimenGroup(cancer=cancer_ref(kb, c.slug), regimens=[
                RegimenEntry(regimen=regimen_ref(x), setting=x.setting,
                             drugs=[kb.drugs[d].generic_name for d in x.drugs if d in kb.drugs])
                for x in regimens]))
    return RegimenIndexPage(title="Treatment plans by cancer type",
                            description="Every treatment plan (regimen) on this site, grouped by cancer type.",
                            groups=groups)


def cancer_index_context(kb: KnowledgeBase) -> CancerIndexPage:
    """Every cancer type, A to Z, with its first cited sentence and how many treatment plans are written up for it."""
    r = PageRefs(kb, link_terms=False)
    cancers = [
        CancerEntry(cancer=cancer_ref(kb, c.slug), abbreviations=c.abbreviations, summary=r.item(c.what_is_it[0]),
                    regimen_count=len(kb.regimens_for_cancer(c.slug)))
        for c in sorted(kb.cancers.values(), key=lambda c: c.name.lower())
    ]
    return CancerIndexPage(title="Cancer types", description="Every cancer type on this site and its treatment plans.",
                           cancers=cancers, references=r.references())
