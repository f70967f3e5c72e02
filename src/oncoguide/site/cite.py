"""Per-page bookkeeping: reference numbers in order of first use, and glossary terms linked once per page."""

from __future__ import annotations

import re
from typing import Any

from ..model import Citation, GlossaryTerm, KnowledgeBase, Source, SourceKind
from .models import Cited, Part, Reference, Term


def glossary_pattern(glossary: dict[str, GlossaryTerm]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One regex over every term and alias (longest first, whole words) and a lower-cased name -> slug map."""
    names: dict[str, str] = {}
    for slug, term in sorted(glossary.items()):
        for name in [term.term, *term.aliases]:
            names.setdefault(name.lower(), slug)
    if not names:
        return None, names
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w-])", re.IGNORECASE), names


class PageRefs:
    """Numbers sources in order of first use on one page and links each glossary term at its first mention."""

    def __init__(self, kb: KnowledgeBase, glossary: tuple[re.Pattern[str] | None, dict[str, str]] | None = None,
                 link_terms: bool = True):
        self.kb = kb
        self.numbers: dict[str, int] = {}
        self.sections: dict[str, list[str]] = {}
        self.pattern, self.names = glossary if glossary is not None else glossary_pattern(kb.glossary)
        self.link_terms = link_terms
        self.linked: list[str] = []

    def refs(self, cites: list[Citation]) -> list[int]:
        out: list[int] = []
        for c in cites:
            number = self.numbers.setdefault(c.source, len(self.numbers) + 1)
            if c.section and c.section not in self.sections.setdefault(c.source, []):
                self.sections[c.source].append(c.section)
            self.sections.setdefault(c.source, [])
            if number not in out:
                out.append(number)
        return sorted(out)

    def parts(self, text: str, skip: str | None = None) -> list[Part]:
        """Split text at glossary terms; only the first mention of each term on the page becomes a link."""
        if not (self.link_terms and self.pattern):
            return [Part(text=text)]
        parts: list[Part] = []
        last = 0
        for match in self.pattern.finditer(text):
            slug = self.names[match[1].lower()]
            if slug in self.linked or slug == skip:
                continue
            self.linked.append(slug)
            if match.start() > last:
                parts.append(Part(text=text[last:match.start()]))
            parts.append(Part(text=match[1], term=slug))
            last = match.end()
        if last < len(text):
            parts.append(Part(text=text[last:]))
        return parts or [Part(text=text)]

    def cited(self, text: str, cite: list[Citation], label: str | None = None, skip: str | None = None) -> Cited:
        return Cited(label=label, text=text, parts=self.parts(text, skip), refs=self.refs(cite))

    def item(self, obj: Any) -> Cited:
        """A Statement, Labeled, Rems, MissedDose… as shown."""
        return self.cited(obj.text, obj.cite, getattr(obj, "label", None))

    def items(self, objs: list[Any]) -> list[Cited]:
        return [self.item(o) for o in objs]

    def references(self) -> list[Reference]:
        return [reference(self.kb.sources[s], n, self.sections[s]) for s, n in self.numbers.items() if s in self.kb.sources]

    def terms(self) -> list[Term]:
        return [Term(slug=s, term=self.kb.glossary[s].term, definition=self.kb.glossary[s].definition) for s in self.linked]


def reference(src: Source, number: int, sections: list[str]) -> Reference:
    label_source = src.kind == SourceKind.fda_label
    label = src.product if label_source and src.product else src.title
    revised = src.revised_text or (src.revised.isoformat() if src.revised else None)
    return Reference(
        number=number, source=src.id, kind=src.kind.value, label=label, sections=sections, revised=revised,
        labeler=src.publisher if label_source else None, set_id=src.set_id, authors=src.authors,
        journal=src.journal or (None if label_source else src.publisher), year=src.year,
        pmid=src.pmid, pmid_link=src.pmid_link, doi=src.doi, doi_link=src.doi_link,
        no_id_reason=src.no_id_reason, link=src.link,
    )
