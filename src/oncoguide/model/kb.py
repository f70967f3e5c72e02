"""The knowledge base: every content object, looked up by slug."""

from __future__ import annotations

from dataclasses import dataclass, field

from .base import Source
from .cancer import CancerType, GlossaryTerm
from .drug import Drug
from .medicines import MedicineMap
from .regimen import Regimen
from .triage import Risk, TriageRules


# eq=False: a knowledge base is compared (and hashed, for caches) by identity, not by its contents.
@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    sources: dict[str, Source] = field(default_factory=dict)
    drugs: dict[str, Drug] = field(default_factory=dict)
    regimens: dict[str, Regimen] = field(default_factory=dict)
    cancers: dict[str, CancerType] = field(default_factory=dict)
    glossary: dict[str, GlossaryTerm] = field(default_factory=dict)
    triage: TriageRules | None = None  # content/triage.yaml: the symptom rules of every surface
    medicines: MedicineMap | None = None  # content/medicines.yaml: kinds of other medicines, for the tracker

    def risks(self, drugs: list[str]) -> frozenset[Risk]:
        """The union of the declared risks of these drugs (a regimen has its components' risks)."""
        return frozenset().union(*(self.drugs[d].risk_set for d in drugs if d in self.drugs))

    def side_effects(self, drugs: list[str]) -> tuple[str, ...] | None:
        """The side effects these drugs declare, each as its term and plain name in lower case; None when a drug is
        not known or declares no side effect and no risk, so a sign scoped to some treatments still shows (fail safe)."""
        known = [self.drugs.get(d) for d in drugs]
        if not known or any(d is None or not (d.common_side_effects or d.serious_side_effects or d.risks) for d in known):
            return None
        return tuple(e.words for d in known if d for e in (*d.common_side_effects, *d.serious_side_effects))

    def regimens_for_cancer(self, cancer: str) -> list[Regimen]:
        return [r for r in self.regimens.values() if cancer in r.cancers]

    def regimens_with_drug(self, drug: str) -> list[Regimen]:
        return [r for r in self.regimens.values() if drug in r.drugs]

    def cancers_for_drug(self, drug: str) -> list[CancerType]:
        """Cancer types a drug is reachable from: its uses and the regimens that contain it."""
        slugs = {u.cancer for u in self.drugs[drug].uses} if drug in self.drugs else set()
        for regimen in self.regimens_with_drug(drug):
            slugs.update(regimen.cancers)
        return [self.cancers[s] for s in sorted(slugs) if s in self.cancers]
