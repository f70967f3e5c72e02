"""Cancer types and glossary terms."""

from __future__ import annotations

from pydantic import Field

from .base import Cites, Dated, Slug, Statement, Strict, Text

# The sections of a cancer page on the disease itself (not its treatment) beside what it is, in page order, with the
# plain heading pages and answers show them under: what people ask of a cancer.
DISEASE_SECTIONS = {"signs": "Signs to know", "diagnosis": "How it is found", "stages": "Stages",
                    "outlook": "Outlook", "risk": "Who gets it"}
DISEASE_FIELDS = ("what_is_it", *DISEASE_SECTIONS)


class CancerType(Dated):
    slug: Slug
    name: Text
    abbreviations: list[Text] = []
    synonyms: list[Text] = []
    what_is_it: list[Statement] = Field(min_length=1)
    signs: list[Statement] = Field([], description="Signs and symptoms the cancer can cause.")
    diagnosis: list[Statement] = Field([], description="How it is found: tests, scans, biopsy.")
    stages: list[Statement] = Field([], description="How it is staged, in plain words.")
    outlook: list[Statement] = Field([], description="Survival figures, each with its period and population.")
    risk: list[Statement] = Field([], description="Risk factors, family history and inherited genes, screening.")
    treatment_note: list[Statement] = []

    def about_disease(self) -> list[Statement]:
        """Every statement on the disease itself, in page order."""
        return [st for name in DISEASE_FIELDS for st in getattr(self, name)]

    def field_of(self, statement: Statement) -> str:
        """The field that holds a statement of this page ("treatment_note" when it is on none of the disease's)."""
        return next((name for name in DISEASE_FIELDS if any(statement is st for st in getattr(self, name))),
                    "treatment_note")


class GlossaryTerm(Strict):
    slug: Slug
    term: Text
    aliases: list[Text] = Field([], description="Other words and abbreviations that mean the same.")
    definition: Text
    cite: Cites
    see_also: list[Slug] = []
