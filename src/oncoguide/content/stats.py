"""Coverage figures of the knowledge base, for `oncoguide stats`."""

from __future__ import annotations

from ..model import KnowledgeBase, SourceKind, cited_items


def coverage(kb: KnowledgeBase) -> dict[str, int | float]:
    items = [item for table in (kb.drugs, kb.regimens, kb.cancers, kb.glossary) for obj in table.values()
             for item in cited_items(obj)]
    strong = {SourceKind.fda_label, SourceKind.research}
    backed = sum(any(kb.sources[c.source].kind in strong for c in item.cite if c.source in kb.sources) for item in items)
    return {
        "cancer types": len(kb.cancers),
        "drugs": len(kb.drugs),
        "regimens": len(kb.regimens),
        "glossary terms": len(kb.glossary),
        "sources": len(kb.sources),
        "cited statements": len(items),
        "share cited to an FDA label or PubMed": backed / len(items) if items else 0.0,
    }
