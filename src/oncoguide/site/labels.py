"""The page context of an ingested FDA label: identity, versions on file, boxed warning and every section."""

from __future__ import annotations

import sqlalchemy as sa
from pydantic import BaseModel, Field

from ..model.label import Label, Section
from ..store.documents import versions
from ..store.labels import load_label


class SectionView(BaseModel):
    """One section or subsection flattened for display; `depth` 0 is a top section."""

    code: str | None
    heading: str | None
    depth: int
    section: Section = Field(description="The section with its blocks (paragraphs, lists, tables); subsections left out.")


class LabelView(BaseModel):
    """What a label page shows: identity, versions on file, boxed warning, and every section in order."""

    set_id: str
    version: int
    versions: list[int]
    title: str
    effective_date: str | None
    products: list[dict]
    boxed_warning: Section | None
    sections: list[SectionView]
    label: Label


def label_view(engine: sa.Engine, set_id: str) -> LabelView:
    """The newest version of a label as a page context (web/ renders it; raises NotFound)."""
    label = load_label(engine, set_id)
    return LabelView(
        set_id=label.set_id,
        version=label.version,
        versions=[int(v) for v in versions(engine, "label", set_id) if v.isdigit()],
        title=label.title,
        effective_date=label.effective_date.isoformat() if label.effective_date else None,
        products=[p.model_dump() for p in label.products],
        boxed_warning=label.boxed_warning,
        sections=[SectionView(code=s.code, heading=s.heading, depth=depth, section=s.model_copy(update={"subsections": []}))
                  for s, depth in label.walk()],
        label=label,
    )
