"""Sources, citations and cited statements: the atoms every page is built from."""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Annotated, Any
from urllib.parse import quote_plus, urlparse

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Strict(BaseModel):
    """Base for content models: unknown fields are errors, so typos never pass silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceKind(str, Enum):
    fda_label = "fda_label"
    guideline = "guideline"
    research = "research"
    reference = "reference"
    website = "website"
    curated = "curated"


class Source(Strict):
    """Something citable: an FDA label, a guideline, a trial report, a reference work."""

    id: Slug = Field(description="Stable id used by citations, e.g. `revlimid-label`.")
    kind: SourceKind
    title: Text = Field(description="Full title as the source gives it.")
    publisher: str | None = Field(None, description="Who issued it: manufacturer, agency, journal.")
    product: str | None = Field(None, description="For labels: the product name, e.g. `REVLIMID (lenalidomide) capsules`.")
    revised: dt.date | None = Field(None, description="For labels: the revision date printed on the label.")
    revised_text: str | None = Field(None, description="Revision as printed (e.g. `3/2023`) when only month and year are given.")
    set_id: str | None = Field(None, description="DailyMed SPL set id; only where certain.")
    spl_version: int | None = None
    pmid: Annotated[str, StringConstraints(pattern=r"^[0-9]{1,9}$")] | None = None
    doi: str | None = None
    url: str | None = Field(None, description="Where it was read. Readers get it as the link only for guidelines, "
                                                "references and websites, and for research kept in RESEARCH_HOMES.")
    authors: str | None = Field(None, description="First author et al., as cited.")
    journal: str | None = None
    year: int | None = Field(None, ge=1900, le=2100)
    accessed: dt.date | None = None
    no_id_reason: str | None = Field(
        None, description="Shown to readers: why a trial or article has no PMID or DOI here (e.g. not yet checked).")
    note: str | None = Field(None, description="Editor's note, not shown to patients.")

    @model_validator(mode="after")
    def _identifiable(self) -> Source:
        if self.kind == SourceKind.research and not (self.pmid or self.doi or self.url):
            raise ValueError("a research source needs a pmid, doi or url")
        if self.kind == SourceKind.fda_label and not self.product:
            raise ValueError("an fda_label source needs its product name")
        return self

    @property
    def search_name(self) -> str | None:
        """The product name a DailyMed search finds: `REVLIMID (lenalidomide) capsules` -> `REVLIMID`."""
        if not self.product:
            return None
        name = re.split(r"[(,]", self.product, maxsplit=1)[0]
        name = _STRENGTH.sub("", name)
        return " ".join(name.split()) or self.product

    @property
    def pmid_link(self) -> str | None:
        return f"{PUBMED}/{self.pmid}/" if self.pmid else None

    @property
    def doi_link(self) -> str | None:
        return f"https://doi.org/{self.doi}" if self.doi else None

    @property
    def link(self) -> str | None:
        """Where a reader checks this source.

        A label always links to DailyMed, the NLM's copy of what the FDA holds: the set-id page when the set id is
        known, else a DailyMed search for the product. A mirror's address (`url`) is never shown for a label.
        A trial or article links to PubMed or its DOI, else to a registry or archive in RESEARCH_HOMES, else to a
        PubMed search for its title.
        """
        if self.kind == SourceKind.fda_label:
            if self.set_id:
                return f"{DAILYMED}/drugInfo.cfm?setid={self.set_id}"
            return f"{DAILYMED}/search.cfm?labeltype=all&query={quote_plus(self.search_name or '')}"
        if self.kind == SourceKind.research:
            # A trial or article: its PubMed or DOI page, a registry or public archive; a copy elsewhere (a
            # university repository, a summary site) is where it was read, not where a reader checks it.
            home = self.url if self.url and (urlparse(self.url).hostname or "") in RESEARCH_HOMES else None
            words = " ".join(_SEARCH_SYNTAX.sub(" ", self.title).split())  # PubMed reads [..] and (..) as syntax
            return self.pmid_link or self.doi_link or home or f"{PUBMED}/?term={quote_plus(words)}"
        return self.pmid_link or self.doi_link or self.url


DAILYMED = "https://dailymed.nlm.nih.gov/dailymed"
PUBMED = "https://pubmed.ncbi.nlm.nih.gov"
# Where a trial or article itself is kept (its record, not a copy): NLM and Europe PMC archives, the trial registry.
RESEARCH_HOMES = frozenset({"pubmed.ncbi.nlm.nih.gov", "pmc.ncbi.nlm.nih.gov", "www.ncbi.nlm.nih.gov",
                            "europepmc.org", "clinicaltrials.gov", "www.clinicaltrials.gov", "doi.org"})
# A strength printed after the name (`5 mg/mL`, `10 mg`) is not part of the name DailyMed searches.
_SEARCH_SYNTAX = re.compile(r"[\[\]():;,\"]")
_STRENGTH = re.compile(r"\b\d+(?:\.\d+)?\s*(?:mg|mcg|g|mL)(?:/\s*m?L)?\b", re.IGNORECASE)


_CITE_SHORTHAND = re.compile(r"^(?P<source>[a-z0-9-]+)(?:\s*§\s*(?P<section>.+))?$")


class Citation(Strict):
    """Where a statement's facts come from: a source and the place in it."""

    source: Slug
    section: str | None = Field(None, description="Label section number/title, table or page, e.g. `5.3` or `Table 4`.")
    loinc: str | None = Field(None, description="LOINC code of the label section, when known.")

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        # Content files may write `revlimid-label § 5.3` instead of a mapping.
        if isinstance(value, str):
            match = _CITE_SHORTHAND.match(value.strip())
            if not match:
                raise ValueError(f"citation {value!r} is not `source-id` or `source-id § section`")
            return {"source": match["source"], "section": match["section"]}
        return value


Cites = Annotated[list[Citation], Field(min_length=1, description="At least one citation.")]


class Statement(Strict):
    """One sentence or short paragraph in the project's own plain words, with its citations."""

    text: Text
    cite: Cites


class Labeled(Statement):
    """A statement with a short heading, e.g. a tip or a dose-change rule."""

    label: Text | None = None


class FAQ(Strict):
    question: Text
    answer: Text
    cite: Cites


class Review(Strict):
    """A clinical review of a page: who (by role, e.g. `oncology pharmacist`) and when. Record only real ones."""

    role: Text = Field(description="The reviewer's role, e.g. `oncology pharmacist`, `hematologist`.")
    date: dt.date = Field(description="When the review was done.")


class Dated(Strict):
    created: dt.date
    updated: dt.date
    reviewed: Review | None = Field(None, description="Last clinical review (role and date), when one was done.")

    @model_validator(mode="after")
    def _order(self) -> Dated:
        if self.updated < self.created:
            raise ValueError("updated is before created")
        if self.reviewed and self.reviewed.date < self.created:
            raise ValueError("reviewed.date is before created")
        return self


_CITED: dict[int, tuple[BaseModel, list[Any]]] = {}  # id of a frozen model -> (it, its cited items, as walked)
MAX_CITED = 100_000  # the shipped knowledge base asks for a few thousand; tests build many knowledge bases


def cited_items(obj: Any) -> list[Any]:
    """Every model inside obj that carries a `cite` list."""
    if isinstance(obj, (list, tuple)):
        return [found for item in obj for found in _cited_of(item)]
    return list(_cited_of(obj))


def _cited_of(obj: Any) -> list[Any]:
    """cited_items of one value, walked once for a frozen model: answers walk the same pages and fields at every
    question (~3% of an answer's CPU, benchmarks/ask_cpu.py). The memo holds the model, so its id is not reused."""
    if not (isinstance(obj, BaseModel) and obj.model_config.get("frozen")):
        return _walked(obj)
    hit = _CITED.get(id(obj))
    if hit is None or hit[0] is not obj:
        if len(_CITED) > MAX_CITED:
            _CITED.clear()
        hit = _CITED[id(obj)] = (obj, _walked(obj))
    return hit[1]


def _walked(obj: Any) -> list[Any]:
    found: list[Any] = []

    def walk(value: Any) -> None:
        if isinstance(value, BaseModel):
            if "cite" in type(value).model_fields:
                found.append(value)
            for name in type(value).model_fields:
                walk(getattr(value, name))
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    walk(obj)
    return found



_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentences(text: str) -> list[str]:
    """A text's sentences, split after a full stop, question or exclamation mark."""
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def item_text(item: Any) -> str:
    """The words a reader sees for one cited item (a statement, FAQ, side effect, class, test…)."""
    if isinstance(item, FAQ):
        return f"{item.question} {item.answer}"
    parts = [getattr(item, name, None) for name in ("label", "plain", "name", "text")]
    return " ".join(p for p in parts if isinstance(p, str) and p)
