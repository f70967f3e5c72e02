"""Read ingested labels back: the newest version of a label, its sections, and its dosage text."""

from __future__ import annotations

import sqlalchemy as sa
from pydantic import BaseModel, Field, ValidationError

from ..errors import StoreError
from ..model.label import Label, Section
from ..store.documents import latest_document, versions
from .problems import validation_message


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


def load_label(engine: sa.Engine, set_id: str) -> Label:
    """The newest ingested version of a label; NotFound if it was never ingested."""
    return stored_label(latest_document(engine, "label", set_id)["data"], set_id)


def stored_label(data: object, set_id: str) -> Label:
    """A label as stored; StoreError when it no longer fits the Label model (stored by an older release)."""
    try:
        return Label.model_validate(data)
    except ValidationError as exc:
        raise StoreError(f"the stored label {set_id} does not read as a label ({validation_message(exc)}); "
                         "ingest it again") from exc


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


def find_labels(engine: sa.Engine, name: str) -> list[tuple[str, str]]:
    """(set id, title) of ingested labels whose product brand or generic name is `name` (any case)."""
    from ..store.documents import latest_document, latest_versions

    wanted = name.strip().lower()
    found = []
    for set_id in sorted(latest_versions(engine, "label")):
        label = stored_label(latest_document(engine, "label", set_id)["data"], set_id)
        names = {n.lower() for p in label.products for n in (p.name, p.generic_name) if n}
        if wanted in names or any(wanted in n.split() for n in names):
            found.append((label.set_id, label.title))
    return found
