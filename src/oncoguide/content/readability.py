"""Reading grade of the patient text of each page (Flesch-Kincaid, via textstat 0.7.8)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from ..model import FAQ, KnowledgeBase, cited_items

MAX_MEDIAN = 8.0
MAX_PAGE = 9.0


@dataclass(frozen=True)
class PageGrade:
    kind: str
    slug: str
    grade: float
    words: int


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".?!:" else text + "."


def patient_text(obj: Any) -> str:
    """The prose a patient reads on the page of obj (statements, answers, explanations), as sentences.

    Short list labels (side-effect names, class names) are left out: they are not sentences and would
    make the grade look better than the prose is.
    """
    parts: list[str] = []
    for item in cited_items(obj):
        if isinstance(item, FAQ):
            parts += [_sentence(item.question), _sentence(item.answer)]
        elif getattr(item, "text", None):
            parts.append(_sentence(item.text))
    return " ".join(parts)


def grade(text: str) -> float:
    import textstat  # imported here: its word lists cost every other command (`oncoguide ask`) ~40 ms to start

    return round(float(textstat.flesch_kincaid_grade(text)), 1) if text.strip() else 0.0


def grade_pages(kb: KnowledgeBase) -> list[PageGrade]:
    pages: list[PageGrade] = []
    for kind, table in (("drug", kb.drugs), ("regimen", kb.regimens), ("cancer", kb.cancers)):
        for slug, obj in sorted(table.items()):
            text = patient_text(obj)
            pages.append(PageGrade(kind, slug, grade(text), len(text.split())))
    if kb.glossary:
        text = " ".join(_sentence(t.definition) for t in kb.glossary.values())
        pages.append(PageGrade("glossary", "glossary", grade(text), len(text.split())))
    return pages


def verdict(pages: list[PageGrade]) -> list[str]:
    """Readability failures: the median page above grade 8 or any page above grade 9."""
    if not pages:
        return []
    failures = [f"{p.kind} {p.slug}: grade {p.grade} is above {MAX_PAGE}" for p in pages if p.grade > MAX_PAGE]
    median = statistics.median(p.grade for p in pages)
    if median > MAX_MEDIAN:
        failures.append(f"median grade {median} is above {MAX_MEDIAN}")
    return failures
