"""Cancer types and glossary terms."""

from __future__ import annotations

from pydantic import Field

from .base import Cites, Dated, Slug, Statement, Strict, Text


class CancerType(Dated):
    slug: Slug
    name: Text
    abbreviations: list[Text] = []
    synonyms: list[Text] = []
    what_is_it: list[Statement] = Field(min_length=1)
    treatment_note: list[Statement] = []


class GlossaryTerm(Strict):
    slug: Slug
    term: Text
    aliases: list[Text] = Field([], description="Other words and abbreviations that mean the same.")
    definition: Text
    cite: Cites
    see_also: list[Slug] = []
