"""An evidence answer: a direct reply, cited evidence in sections, disagreements, numbered references."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DISCLAIMER = ("This is general information from the sources listed, not medical advice. "
              "Your care team knows your situation: ask them before you change anything.")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Cited(_Frozen):
    """One sentence or short passage shown to the user, with the reference numbers that back it."""

    text: str
    refs: list[int] = Field(description="Numbers of the references below; never empty in a checked answer.")
    origin: Literal["statement", "passage"] = Field(
        "statement", description="A curated knowledge-base statement, or text quoted from a source passage.")
    where: str | None = Field(None, description="Which page and field, or which document, it came from.")


class Group(_Frozen):
    """Evidence under one short sub-heading (e.g. `How it works`); heading is empty when there is one side."""

    heading: str | None = None
    items: list[Cited] = []


class Disagreement(_Frozen):
    """Sources that say different things about one topic, each with its citation. When the reply above is one
    side, only the other sides are listed here (the reply is never repeated)."""

    topic: str
    claims: list[Cited] = Field(min_length=1)


class Reference(_Frozen):
    """A numbered source, numbered in order of first use; one number per source."""

    number: int
    source_id: str = Field(description="Knowledge-base source id, or `pmid:<id>` / `label:<set id>` for ingested documents.")
    kind: str
    citation: str = Field(description="Full citation as printed, with identifiers.")
    link: str | None = None
    sections: list[str] = Field([], description="Label sections or parts cited, in order of first use.")


class Notice(_Frozen):
    """Safety wording shown first: who to call (from the symptom rules, cited), ask your care team, cannot answer."""

    level: Literal["emergency", "call_now", "symptom", "ask_team", "no_answer"]
    text: str
    refs: list[int] = Field([], description="Reference numbers of the symptom rule that set the level.")


class PageLink(_Frozen):
    kind: str
    slug: str
    title: str


class Answer(_Frozen):
    question: str
    drugs: list[str] = Field([], description="Slugs of the drugs the question is about.")
    cancers: list[str] = []
    intents: list[str] = []
    notices: list[Notice] = Field([], description="Shown first, before any evidence.")
    direct: list[Cited] = Field([], description="A one- or two-sentence reply when the evidence settles it.")
    guidelines: list[Group] = Field([], description="From the Guidelines: FDA labels, guidelines, references.")
    research: list[Group] = Field([], description="From the Research: trials and reviews (PubMed).")
    disagreements: list[Disagreement] = []
    references: list[Reference] = []
    see_also: list[PageLink] = Field([], description="The nearest pages, most useful when nothing answers it.")
    search_note: str | None = Field(None, description="How the stored source passages were searched, when some "
                                    "were found only by their words (not embedded yet).")
    disclaimer: str = DISCLAIMER

    def cited(self) -> list[Cited]:
        """Every evidence item shown, in reading order."""
        out = list(self.direct)
        for group in (*self.guidelines, *self.research):
            out.extend(group.items)
        for d in self.disagreements:
            out.extend(d.claims)
        return out
