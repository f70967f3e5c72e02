"""Coverage figures of the knowledge base, for `oncoguide stats`: how much there is, and how checkable it is."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import DAILYMED, KnowledgeBase, SideEffect, Source, SourceKind, cited_items


@dataclass(frozen=True)
class Share:
    """`part` of `whole`, e.g. 12 of 52 label sources with a revision date."""

    part: int
    whole: int

    @property
    def ratio(self) -> float:
        return self.part / self.whole if self.whole else 0.0

    def __str__(self) -> str:
        return f"{self.part} of {self.whole} ({self.ratio:.1%})"


def _has_id(src: Source) -> bool:
    return bool(src.pmid or src.doi or src.set_id)


def _with_frequency(rows: list[SideEffect]) -> Share:
    return Share(sum(r.frequency is not None for r in rows), len(rows))


def coverage(kb: KnowledgeBase) -> dict[str, int | Share]:
    """Counts of pages and sources, then the share of citations a reader can check by an identifier."""
    items = [item for table in (kb.drugs, kb.regimens, kb.cancers, kb.glossary) for obj in table.values()
             for item in cited_items(obj)]
    cited = [[kb.sources[c.source] for c in item.cite if c.source in kb.sources] for item in items]
    strong = {SourceKind.fda_label, SourceKind.research}
    labels = [s for s in kb.sources.values() if s.kind == SourceKind.fda_label]
    pages = [*kb.drugs.values(), *kb.regimens.values(), *kb.cancers.values()]
    drug_rows = [e for d in kb.drugs.values() for e in (*d.common_side_effects, *d.serious_side_effects)]
    regimen_rows = [e for r in kb.regimens.values() for e in r.side_effects]
    return {
        "cancer types": len(kb.cancers),
        "drugs": len(kb.drugs),
        "regimens": len(kb.regimens),
        "glossary terms": len(kb.glossary),
        "sources": len(kb.sources),
        "cited statements": len(items),
        "label sources with a DailyMed link": Share(sum((s.link or "").startswith(DAILYMED) for s in labels), len(labels)),
        "label sources with a DailyMed set id (exact page, not a search)": Share(sum(bool(s.set_id) for s in labels), len(labels)),
        "label sources with a revision date": Share(sum(bool(s.revised or s.revised_text) for s in labels), len(labels)),
        "drug side-effect rows with a frequency": _with_frequency(drug_rows),
        "regimen side-effect rows with a frequency": _with_frequency(regimen_rows),
        "side-effect rows with a 'What to know'": Share(sum(bool((r.text or "").strip()) for r in (*drug_rows, *regimen_rows)),
                                                       len(drug_rows) + len(regimen_rows)),
        "statements citing a source with a PMID, DOI or set id": Share(sum(any(map(_has_id, s)) for s in cited), len(items)),
        "share cited to an FDA label or PubMed": Share(sum(any(x.kind in strong for x in s) for s in cited), len(items)),
        "pages reviewed by a clinician": Share(sum(p.reviewed is not None for p in pages), len(pages)),
    }
