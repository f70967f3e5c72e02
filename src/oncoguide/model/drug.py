"""A drug page's content: names, classes, uses, side effects and label facts, each cited."""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

from pydantic import Field, model_validator

from .base import FAQ, Cites, Dated, Labeled, Slug, Statement, Strict, Text
from .triage import DrugRisk, Risk

# How a form is given, read from its words. A form that names neither (a "powder for injection" can be a drip) may
# go into a vein: the safe reading, since the "When to call" box then keeps its drip signs.
_BY_VEIN = re.compile(r"\b(IV|intravenous|infusions?|drip|veins?)\b", re.IGNORECASE)
_NOT_BY_VEIN = re.compile(r"\b(tablets?|capsules?|oral|by mouth|under the skin|subcutaneous|into a muscle|intramuscular|"
                          r"implant)\b", re.IGNORECASE)


class Category(str, Enum):
    """The broad kind of drug, as a patient would ask about it ("is it chemo?")."""

    cytotoxic_chemotherapy = "cytotoxic chemotherapy"
    immunomodulatory = "immunomodulatory drug"
    targeted = "targeted therapy"
    hormonal = "hormone therapy"
    immunotherapy = "immunotherapy"
    monoclonal_antibody = "monoclonal antibody"
    corticosteroid = "corticosteroid"
    supportive = "supportive care"


class DrugClass(Strict):
    name: Text = Field(description="Class name, e.g. `Thalidomide Analog`.")
    system: Text = Field(description="Who classifies it this way, e.g. `FDA established pharmacologic class`.")
    cite: Cites


class Chemotherapy(Strict):
    """Whether the drug is traditional (cytotoxic) chemotherapy, in plain words."""

    traditional: bool = Field(description="True only for classic cytotoxic chemotherapy.")
    text: Text
    cite: Cites


class Indication(Strict):
    cancer: Slug = Field(description="Slug of the cancer type page.")
    text: Text
    cite: Cites


class Frequency(Strict):
    """How often a side effect happened in studies, as a % range (low == high for one figure)."""

    low: float = Field(ge=0, le=100)
    high: float = Field(ge=0, le=100)
    context: str | None = Field(None, description="Which study or population, e.g. `del(5q) MDS trial`.")

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        # `55-75` or `31` in content files.
        if isinstance(value, (int, float)):
            return {"low": value, "high": value}
        if isinstance(value, str):
            match = re.fullmatch(r"\s*([\d.]+)\s*(?:[-–]\s*([\d.]+))?\s*%?\s*", value)
            if not match:
                raise ValueError(f"frequency {value!r} is not a % or a `low-high` range")
            low = float(match[1])
            return {"low": low, "high": float(match[2] or low)}
        return value

    @model_validator(mode="after")
    def _ordered(self) -> Frequency:
        if self.high < self.low:
            raise ValueError(f"frequency range {self.low}-{self.high} is reversed")
        return self

    def __str__(self) -> str:
        fmt = lambda x: f"{x:g}"  # noqa: E731
        return f"{fmt(self.low)}%" if self.low == self.high else f"{fmt(self.low)}–{fmt(self.high)}%"


class SideEffect(Strict):
    term: Text = Field(description="Medical term, e.g. `thrombocytopenia`.")
    plain: Text = Field(description="Plain name, e.g. `low platelets`.")
    frequency: Frequency | None = None
    serious: bool = False
    call_now: bool = Field(False, description="Signs of it mean: call the care team now.")
    ctcae_term: str | None = None
    text: str | None = Field(None, description="Plain explanation or what to do.")
    cite: Cites

    @property
    def words(self) -> str:
        """The term and plain name in lower case, for the patterns that read what a side effect is."""
        return f"{self.term} {self.plain}".lower()


class MissedDose(Strict):
    """The rule for a late or missed oral dose (label, EU leaflet or hospital sheet: its citation says); drives the
    tracker's advisor."""

    take_within_hours: float | None = Field(
        None, ge=0, le=24, description="Take the missed dose if it is at most this many hours late."
    )
    text: Text
    cite: Cites


class Rems(Strict):
    program: Text
    text: Text
    cite: Cites


class Drug(Dated):
    slug: Slug
    generic_name: Text
    brand_names: list[Text] = []
    synonyms: list[Text] = Field([], description="Other names and codes people search for.")
    misspellings: list[Text] = Field([], description="Common misspellings that should still find this page.")
    category: Category
    classes: list[DrugClass] = Field(min_length=1)
    chemotherapy: Chemotherapy
    forms: list[Text] = Field([], description="Dosage forms, e.g. `capsule`.")
    summary: Statement
    mechanism: list[Statement] = Field(min_length=1)
    uses: list[Indication] = Field(min_length=1)
    other_uses: list[Statement] = Field(
        [], description="Approved uses for a cancer that has no page here yet, and uses outside cancer.")
    common_side_effects: list[SideEffect] = []
    serious_side_effects: list[SideEffect] = []
    boxed_warnings: list[Labeled] = []
    monitoring: list[Statement] = []
    interactions: list[Statement] = []
    pregnancy: list[Statement] = []
    rems: Rems | None = None
    blood_donation: list[Statement] = []
    administration: list[Statement] = []
    missed_dose: MissedDose | None = None
    handling: list[Statement] = []
    storage: list[Statement] = []
    faqs: list[FAQ] = []
    other: list[Labeled] = Field([], description="Other label facts that fit no section above.")
    risks: list[DrugRisk] = Field([], description="What changes the meaning of a symptom (lowers white cells, clots…), cited.")

    @property
    def title(self) -> str:
        return f"{self.generic_name} ({', '.join(self.brand_names)})" if self.brand_names else self.generic_name

    @property
    def risk_set(self) -> frozenset[Risk]:
        return frozenset(r.risk for r in self.risks)

    @property
    def by_drip(self) -> bool:
        """Whether a form of this drug may go into a vein (a drug whose forms are not given may)."""
        return not self.forms or any(_BY_VEIN.search(f) or not _NOT_BY_VEIN.search(f) for f in self.forms)

    @property
    def names(self) -> list[str]:
        return [self.generic_name, *self.brand_names, *self.synonyms]
