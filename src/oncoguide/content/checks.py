"""Cross-reference checks: every citation, drug, cancer type and term named must exist."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from pydantic import BaseModel

from ..errors import Problem
import re

from ..model import Citation, Component, Indication, KnowledgeBase
from ..model.triage import Risk

Locate = Callable[[Any, tuple[str | int, ...], str], Problem]


def walk(obj: Any, loc: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Yield (location, model) for obj and every model inside it."""
    if isinstance(obj, BaseModel):
        yield loc, obj
        for name in type(obj).model_fields:
            yield from walk(getattr(obj, name), (*loc, name))
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            yield from walk(item, (*loc, i))
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from walk(item, (*loc, key))


def check_references(kb: KnowledgeBase, locate: Locate, broken: set[str] = frozenset()) -> list[Problem]:
    """Report dangling names; `broken` holds slugs whose own file already failed (no second report)."""
    problems: list[Problem] = []
    tops: list[Any] = [*kb.drugs.values(), *kb.regimens.values(), *kb.cancers.values(), *kb.glossary.values()]
    for top in [*tops, *([kb.triage] if kb.triage else [])]:
        for loc, obj in walk(top):
            if isinstance(obj, Citation) and obj.source not in kb.sources:
                problems.append(locate(top, (*loc, "source"), f"cites unknown source {obj.source!r} (add it to sources.yaml)"))
            elif isinstance(obj, Component) and obj.drug not in kb.drugs and obj.drug not in broken:
                problems.append(locate(top, (*loc, "drug"), f"unknown drug {obj.drug!r} (no content/drugs/{obj.drug}.yaml)"))
            elif isinstance(obj, Indication) and obj.cancer not in kb.cancers and obj.cancer not in broken:
                problems.append(locate(top, (*loc, "cancer"), f"unknown cancer type {obj.cancer!r}"))
    for regimen in kb.regimens.values():
        for i, cancer in enumerate(regimen.cancers):
            if cancer not in kb.cancers and cancer not in broken:
                problems.append(locate(regimen, ("cancers", i), f"unknown cancer type {cancer!r}"))
    for term in kb.glossary.values():
        for i, other in enumerate(term.see_also):
            if other not in kb.glossary:
                problems.append(locate(term, ("see_also", i), f"unknown glossary term {other!r}"))
    for drug in kb.drugs.values():
        if not kb.cancers_for_drug(drug.slug):
            problems.append(locate(drug, ("uses",), "drug is not reachable from any cancer type (no use or regimen names it)"))
    return problems


# Side-effect words that mean a drug must declare a risk: the declaration (with its citation) is what the symptom
# rules read, so a drug that lowers white cells can never lose the fever rule by a change of wording.
RISK_WORDS = {
    Risk.lowers_white_cells: re.compile(r"neutropeni|leukopeni|white (blood )?(cell|count)|myelosuppress|"
                                        r"low blood counts|\bcytopeni|pancytopeni|agranulocyt|bone marrow suppress", re.I),
    Risk.clots: re.compile(r"thrombo(embol|sis)|\bembol|blood clot|\bdvt\b", re.I),
}


def check_risks(kb: KnowledgeBase, locate: Locate) -> list[Problem]:
    """A drug whose side effects name a risk must declare it in `risks`, with a citation."""
    problems = []
    for drug in kb.drugs.values():
        for kind, field in (("common_side_effects", drug.common_side_effects), ("serious_side_effects", drug.serious_side_effects)):
            for i, effect in enumerate(field):
                for risk, words in RISK_WORDS.items():
                    if risk not in drug.risk_set and words.search(f"{effect.term} {effect.plain}"):
                        problems.append(locate(drug, (kind, i), f"side effect {effect.term!r} means the drug must declare "
                                                                f"risk {risk.value!r} under `risks`, with a citation"))
    return problems
