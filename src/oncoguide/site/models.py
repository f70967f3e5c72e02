"""Page contexts: one pydantic model per page type, rendered to HTML by a template and to JSON as is.

The HTML page, the static site, the Jekyll export and `/api/...` all serialise these same objects,
so they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from ..model import Review
from ..search.pages import Hit, Kind, Ref


class Ctx(BaseModel):
    model_config = ConfigDict(frozen=True)


class Part(Ctx):
    """A run of text; `term` is set when the run names a glossary term, which the page links."""

    text: str
    term: str | None = Field(None, description="Glossary slug this run links to.")


class Cited(Ctx):
    """One statement as shown: plain text, the same text split at glossary terms, and its reference numbers."""

    label: str | None = None
    text: str
    parts: list[Part]
    refs: list[int] = Field(description="Numbers in the page's reference list, in order.")


class Section(Ctx):
    id: str = Field(description="Anchor of the section on the page.")
    title: str
    items: list[Cited] = []
    links: list[Ref] = Field([], description="Pages this section points to, e.g. drug pages for label facts.")


class Effect(Ctx):
    """A side effect row: plain name, medical term, how often, and what to do."""

    plain: str
    term: str
    term_slug: str | None = Field(None, description="Glossary slug of the medical term, when there is one.")
    frequency: str | None = Field(None, description="Percent range, e.g. `55–75%`.")
    frequency_context: str | None = None
    call_now: bool = False
    note: Cited | None = None
    refs: list[int]


class Reference(Ctx):
    """One numbered source with what a reader needs to find and check it."""

    number: int
    source: str = Field(description="Source id.")
    kind: str
    label: str = Field(description="Product or title, as a reader would cite it.")
    sections: list[str] = Field([], description="Label sections or places cited on this page.")
    revised: str | None = Field(None, description="Revision date of a label, as printed; None when not recorded.")
    labeler: str | None = Field(None, description="For labels: the company named on the label.")
    set_id: str | None = Field(None, description="For labels: the DailyMed set id, when known.")
    authors: str | None = None
    journal: str | None = None
    year: int | None = None
    pmid: str | None = None
    pmid_link: str | None = None
    doi: str | None = None
    doi_link: str | None = None
    no_id_reason: str | None = Field(None, description="Why an article has no PMID or DOI here.")
    link: str | None = Field(None, description="Where to check it: DailyMed for a label, else PubMed, DOI or the page.")


class Term(Ctx):
    slug: str
    term: str
    definition: str


class Page(Ctx):
    """What every page has: title, address, dates, references, reading grade."""

    template: ClassVar[str] = "page.html"
    kind: Kind
    slug: str = ""
    title: str
    description: str = Field("", description="One-line summary for search results and link previews.")
    reading_grade: float | None = Field(None, description="Flesch-Kincaid grade of the page's patient text.")
    created: dt.date | None = None
    updated: dt.date | None = None
    reviewed: Review | None = Field(None, description="Clinical review (role and date); None: not yet reviewed.")
    references: list[Reference] = []
    terms: list[Term] = Field([], description="Glossary terms linked on this page, with their definitions.")


class Use(Ctx):
    """What a drug is used for in one cancer type, and the treatment plans that use it there."""

    cancer: Ref
    texts: list[Cited]
    regimens: list[Ref] = []


class WhenToCall(Ctx):
    """The page's urgent signs, from the same symptom rules the tracker and answers use."""

    emergency: list[Cited] = Field(description="Signs that mean: call 911 (emergency services) first.")
    call_now: list[Cited] = Field(description="Signs that mean: call the care team now, day or night.")
    fever_line: bool = Field(description="A component lowers white cells: the box says why its call-now list opens "
                            "with a lower temperature than some labels give.")


class DrugSafety(Ctx):
    """A component's boxed warnings, pregnancy rules and restricted-distribution program, for a regimen page."""

    drug: Ref
    boxed_warnings: list[Cited] = []
    pregnancy: list[Cited] = []
    rems: Cited | None = None


class DrugPage(Page):
    template: ClassVar[str] = "drug.html"
    kind: Kind = "drug"
    generic_name: str
    brand_names: list[str]
    synonyms: list[str]
    category: str
    traditional_chemotherapy: bool
    chemotherapy: Cited
    classes: list[Cited]
    forms: list[str]
    summary: Cited
    uses: list[Use]
    other_uses: list[Cited] = Field(description="Uses with no cancer page of their own, and uses outside cancer.")
    common_side_effects: list[Effect]
    serious_side_effects: list[Effect]
    boxed_warnings: list[Cited]
    when_to_call: WhenToCall
    sections: list[Section] = Field(description="How it works, label facts and FAQs, in page order.")
    faqs: list[Cited] = Field(description="Questions (label) and answers (text).")
    regimens: list[Ref]


class DayCell(Ctx):
    day: int
    dose: bool
    drugs: list[str] = Field([], description="Drug names given that day.")


class ComponentRow(Ctx):
    drug: Ref
    dose: str
    route: str
    how_often: str = Field(description="`once a day` and the like; empty for a drip or shot given on set days.")
    days: str
    given: str | None = None
    food: str | None = None
    note: str | None = None
    refs: list[int]


class DrugStrip(Ctx):
    drug: str
    cells: list[DayCell]


class PhaseView(Ctx):
    name: str | None
    cycle_length_days: int
    cycles: str = Field(description="Number of cycles in words.")
    components: list[ComponentRow]
    strip: list[DayCell] = Field(description="One cell per day of a cycle: the cycle strip.")
    drug_strips: list[DrugStrip] = Field([], description="One strip per drug, when the drugs are given on different days.")


class ScheduleView(Ctx):
    id: str
    name: str
    default: bool
    phases: list[PhaseView]


class MonitorRow(Ctx):
    test: str
    name: str
    kind: str
    term_slug: str | None = None
    when: str = Field(description="The schedule in words.")
    weeks: list[int] = Field(description="Weeks after the start (0 = the start) with this test, within the timeline.")
    note: Cited


class PackageInsert(Ctx):
    """A component drug's FDA package insert on DailyMed."""

    drug: Ref
    product: str = Field(description="The product named on the label, e.g. `REVLIMID (lenalidomide) capsules`.")
    link: str = Field(description="DailyMed set-id page, or a DailyMed search for the product.")
    exact: bool = Field(description="True when the link is the label's own set-id page, not a search.")


class TrialSearch(Ctx):
    cancer: str
    link: str = Field(description="ClinicalTrials.gov search for studies of this cancer type.")


class RegimenPage(Page):
    template: ClassVar[str] = "regimen.html"
    kind: Kind = "regimen"
    name: str
    short_name: str | None
    setting: str
    cancers: list[Ref]
    summary: Cited
    schedules: list[ScheduleView]
    monitoring: list[MonitorRow]
    timeline_weeks: int = Field(description="How many weeks the monitoring timeline shows.")
    side_effects: list[Effect]
    when_to_call: WhenToCall
    safety: list[DrugSafety] = Field(description="Each component's boxed warnings, pregnancy and REMS rules.")
    sections: list[Section] = Field(description="Prose sections, keyed by id, in page order.")
    drugs: list[Ref] = Field(description="Drug pages with the label facts of each drug.")
    package_inserts: list[PackageInsert] = Field(description="The FDA label of each drug in the plan, on DailyMed.")
    trial_searches: list[TrialSearch] = Field(description="ClinicalTrials.gov searches for the plan's cancer types.")
    tracker: str = Field(description="Path that starts a tracker for this regimen.")


class CancerPage(Page):
    template: ClassVar[str] = "cancer.html"
    kind: Kind = "cancer"
    name: str
    abbreviations: list[str]
    what_is_it: list[Cited]
    about: list[Section] = Field(description="Its signs, how it is found, stages, outlook, who gets it: those it has.")
    treatment_note: list[Cited]
    regimens: list[Ref]
    regimen_settings: dict[str, str] = Field(description="Regimen slug -> when it is used.")
    drugs: list[Ref]


class GlossaryEntry(Ctx):
    slug: str
    term: str
    aliases: list[str]
    definition: Cited
    see_also: list[Ref]


class GlossaryPage(Page):
    template: ClassVar[str] = "glossary.html"
    kind: Kind = "glossary"
    entries: list[GlossaryEntry]


class CancerGroup(Ctx):
    cancer: Ref
    regimens: list[Ref]


class HomePage(Page):
    template: ClassVar[str] = "home.html"
    kind: Kind = "home"
    cancers: list[CancerGroup]
    drugs: list[Ref]


class SearchPage(Page):
    template: ClassVar[str] = "search.html"
    kind: Kind = "search"
    query: str
    hits: list[Hit]
    index: list[Ref] = Field(description="Every page, A to Z, when there is no query: how to find a page without a search engine.")


class NotFoundPage(Page):
    template: ClassVar[str] = "404.html"
    kind: Kind = "notfound"
    message: str
    suggestions: list[Hit]


class ErrorPage(Page):
    template: ClassVar[str] = "error.html"
    kind: Kind = "error"
    message: str


class DrugEntry(Ctx):
    """One name in the drug A-Z: a generic name with its brands, or a brand pointing to its generic."""

    name: str
    drug: Ref
    brand: bool = Field(description="True for a brand name listed under its own letter.")
    also: list[str] = Field(description="Brand names of a generic entry; the generic name of a brand entry.")


class Letter(Ctx):
    letter: str
    entries: list[DrugEntry]


class DrugIndexPage(Page):
    template: ClassVar[str] = "drugs.html"
    kind: Kind = "drugs"
    letters: list[Letter] = Field(description="Generic and brand names, A to Z, grouped by first letter.")


class RegimenEntry(Ctx):
    regimen: Ref
    setting: str = Field(description="When the plan is used.")
    drugs: list[str] = Field(description="Generic names of the drugs in it.")


class RegimenGroup(Ctx):
    cancer: Ref
    regimens: list[RegimenEntry]


class RegimenIndexPage(Page):
    template: ClassVar[str] = "regimens.html"
    kind: Kind = "regimens"
    groups: list[RegimenGroup] = Field(description="Treatment plans grouped by cancer type, both A to Z.")


class CancerEntry(Ctx):
    cancer: Ref
    abbreviations: list[str]
    summary: Cited = Field(description="The first cited sentence of what it is.")
    regimen_count: int


class CancerIndexPage(Page):
    template: ClassVar[str] = "cancers.html"
    kind: Kind = "cancers"
    cancers: list[CancerEntry]
