"""An FDA drug label as parsed from SPL XML or openFDA JSON: products, sections, boxed warning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

BOXED_WARNING = "34066-1"
DOSAGE_AND_ADMINISTRATION = "34068-7"
UNCLASSIFIED = "42229-5"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Paragraph(_Frozen):
    kind: Literal["paragraph"] = "paragraph"
    text: str


class ListBlock(_Frozen):
    kind: Literal["list"] = "list"
    ordered: bool = False
    items: list[str]


class Table(_Frozen):
    kind: Literal["table"] = "table"
    caption: str | None = None
    header: list[list[str]] = []
    rows: list[list[str]] = []


Block = Annotated[Paragraph | ListBlock | Table, Field(discriminator="kind")]


def block_text(block: Paragraph | ListBlock | Table) -> str:
    """Plain text of one block: list items on their own lines, table cells split by ` | `."""
    if isinstance(block, Paragraph):
        return block.text
    if isinstance(block, ListBlock):
        return "\n".join(f"{i}. {item}" if block.ordered else f"- {item}" for i, item in enumerate(block.items, 1))
    lines = [block.caption] if block.caption else []
    lines += [" | ".join(row) for row in (*block.header, *block.rows)]
    return "\n".join(lines)


class Section(_Frozen):
    """A label section or subsection with its LOINC code, e.g. `34068-7` Dosage and Administration."""

    code: str | None = Field(None, description="LOINC section code; 42229-5 marks an unclassified subsection.")
    title: str | None = None
    number: str | None = Field(None, description="Section number as printed, e.g. `5.3`.")
    blocks: list[Block] = []
    subsections: list[Section] = []

    @property
    def heading(self) -> str | None:
        """Number and title as printed, e.g. `5.3 Hepatitis B Virus Reactivation`."""
        return " ".join(p for p in (self.number, self.title) if p) or None

    @property
    def own_text(self) -> str:
        return "\n\n".join(block_text(b) for b in self.blocks)

    @property
    def full_text(self) -> str:
        """This section's text followed by its subsections', titles included."""
        parts = [self.own_text] if self.blocks else []
        for sub in self.subsections:
            parts.append("\n".join(p for p in (sub.heading, sub.full_text) if p))
        return "\n\n".join(p for p in parts if p)

    def walk(self, depth: int = 0) -> Iterator[tuple[Section, int]]:
        yield self, depth
        for sub in self.subsections:
            yield from sub.walk(depth + 1)


class Product(_Frozen):
    name: str
    generic_name: str | None = None
    dosage_form: str | None = None
    route: str | None = None


class Label(_Frozen):
    """One version of one FDA label (DailyMed set id + version)."""

    set_id: str
    version: int
    document_id: str | None = Field(None, description="Id of this particular SPL document (changes every version).")
    effective_date: dt.date | None = None
    title: str
    products: list[Product] = []
    sections: list[Section] = []
    origin: Literal["spl", "openfda"] = "spl"

    def walk(self) -> Iterator[tuple[Section, int]]:
        for section in self.sections:
            yield from section.walk()

    def find(self, code: str) -> list[Section]:
        """Every section (at any depth) with this LOINC code."""
        return [s for s, _ in self.walk() if s.code == code]

    @property
    def boxed_warning(self) -> Section | None:
        found = self.find(BOXED_WARNING)
        return found[0] if found else None

    @property
    def generic_names(self) -> list[str]:
        return sorted({p.generic_name.lower() for p in self.products if p.generic_name})

    @property
    def brand_names(self) -> list[str]:
        return sorted({p.name for p in self.products})
