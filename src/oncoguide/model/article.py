"""A PubMed citation: title, structured abstract, authors, journal, identifiers and MeSH terms."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class AbstractPart(BaseModel):
    model_config = ConfigDict(frozen=True)

    label: str | None = Field(None, description="Heading as printed, e.g. `METHODS`.")
    category: str | None = Field(None, description="NLM category: BACKGROUND, OBJECTIVE, METHODS, RESULTS, CONCLUSIONS.")
    text: str


class Article(BaseModel):
    model_config = ConfigDict(frozen=True)

    pmid: str = Field(pattern=r"^[0-9]{1,9}$")
    version: int = 1
    title: str
    abstract: list[AbstractPart] = []
    authors: list[str] = Field([], description="`Last Initials` or a group name, in order.")
    journal: str | None = None
    year: int | None = None
    doi: str | None = None
    mesh_terms: list[str] = []
    publication_types: list[str] = []

    @property
    def has_abstract(self) -> bool:
        return bool(self.abstract)

    @property
    def abstract_text(self) -> str:
        return "\n".join(f"{p.label}: {p.text}" if p.label else p.text for p in self.abstract)
