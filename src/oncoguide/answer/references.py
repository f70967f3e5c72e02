"""Number the sources an answer cites, in order of first use, one number per source."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Citation, KnowledgeBase, Reference, Source
from ..search.passages import PassageSource


def source_citation(source: Source) -> str:
    """A full citation with its identifiers, e.g. a label's product and revision, an article's PMID."""
    if source.kind.value == "fda_label":
        title_has_product = bool(source.product and source.title.lower().startswith(source.product.lower()))
        parts = [None if title_has_product else source.product, source.title, source.publisher]
        revised = source.revised.isoformat() if source.revised else source.revised_text
        parts.append(f"Revised {revised}" if revised else None)
        parts.append(f"DailyMed set ID {source.set_id}" if source.set_id else None)
    elif source.kind.value == "research":
        parts = [source.authors, source.title, source.journal, str(source.year) if source.year else None,
                 f"PMID {source.pmid}" if source.pmid else None, f"doi:{source.doi}" if source.doi else None]
    else:
        parts = [source.publisher, source.title, None if source.link == source.url else source.url,
                 f"Accessed {source.accessed.isoformat()}" if source.accessed else None]
    return ". ".join(p.rstrip(".") for p in parts if p) + "."


@dataclass
class Numbering:
    """Hands out reference numbers as evidence is laid out, and builds the reference list."""

    kb: KnowledgeBase
    numbers: dict[str, int] = field(default_factory=dict)
    refs: dict[str, dict] = field(default_factory=dict)

    def cite(self, cites: list[Citation], passage: PassageSource | None = None) -> list[int]:
        """Reference numbers for one shown item (a passage, or a statement's citations)."""
        if passage is not None:
            return [self._number(passage.id, passage.kind, passage.citation, passage.link, passage.section)]
        out: list[int] = []
        for c in cites:
            source = self.kb.sources.get(c.source)
            if source is None:  # the loader rejects unknown sources; never show an unresolvable number
                continue
            n = self._number(source.id, source.kind.value, source_citation(source), source.link, c.section)
            if n not in out:
                out.append(n)
        return out

    def _number(self, key: str, kind: str, citation: str, link: str | None, section: str | None) -> int:
        if key not in self.numbers:
            self.numbers[key] = len(self.numbers) + 1
            self.refs[key] = {"number": self.numbers[key], "source_id": key, "kind": kind, "citation": citation,
                              "link": link, "sections": []}
        if section and section not in self.refs[key]["sections"]:
            self.refs[key]["sections"].append(section)
        return self.numbers[key]

    def references(self) -> list[Reference]:
        return [Reference(**r) for r in sorted(self.refs.values(), key=lambda r: r["number"])]
