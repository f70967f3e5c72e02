"""Cross-reference checks (every citation, drug, cancer type and term named must exist) and source checks."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from typing import Any
from urllib.parse import parse_qs, urlsplit

from pydantic import BaseModel

from ..errors import Problem
from ..model import (
    DAILYMED,
    FAQ,
    Citation,
    Component,
    GlossaryTerm,
    Indication,
    KnowledgeBase,
    SideEffect,
    Source,
    SourceKind,
    sentences,
)
from ..model.medicines import plain_name
from ..model.triage import HEADLINE, URGENT, Level, Risk, TriageRules, least_level, most_level, stated_answers
from .urgency import points_back, stated_level

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


def check_references(kb: KnowledgeBase, locate: Locate, broken: AbstractSet[str] = frozenset()) -> list[Problem]:
    """Report dangling names; `broken` holds slugs whose own file already failed (no second report)."""
    problems: list[Problem] = []
    tops: list[Any] = [*kb.drugs.values(), *kb.regimens.values(), *kb.cancers.values(), *kb.glossary.values()]
    for top in [*tops, *([kb.triage] if kb.triage else []), *([kb.medicines] if kb.medicines else [])]:
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


def check_glossary_names(kb: KnowledgeBase, locate: Locate) -> list[Problem]:
    """No word names two glossary terms: a question saying it would get whichever meaning wins, and two meanings of
    one word drift apart (QT and QTc prolongation did: each listed the other's name)."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for term in kb.glossary.values():
        for name in dict.fromkeys(plain_name(n) for n in (term.term, *term.aliases)):
            if seen.get(name, term.slug) != term.slug:
                problems.append(locate(term, ("aliases",), f"{name!r} already names glossary term {seen[name]!r}"))
            seen.setdefault(name, term.slug)
    return problems


def check_medicines(kb: KnowledgeBase, locate: Locate) -> list[Problem]:
    """Every medicine names kinds that medicines.yaml defines, and no kind or medicine name is given twice."""
    if kb.medicines is None:
        return []
    problems: list[Problem] = []
    kinds = [c.id for c in kb.medicines.classes]
    for i, kind in enumerate(kinds):
        if kind in kinds[:i]:
            problems.append(locate(kb.medicines, ("classes", i, "id"), f"kind {kind!r} is defined twice"))
    seen: dict[str, str] = {}
    for i, medicine in enumerate(kb.medicines.medicines):
        for j, kind in enumerate(medicine.classes):
            if kind not in kinds:
                problems.append(locate(kb.medicines, ("medicines", i, "classes", j),
                                       f"unknown kind of medicine {kind!r} (define it under `classes`: {', '.join(kinds)})"))
        for name in medicine.names:
            key = plain_name(name)
            if key in seen:
                problems.append(locate(kb.medicines, ("medicines", i, "name"), f"{name!r} is already listed as {seen[key]!r}"))
            seen[key] = medicine.name
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


def check_urgency(kb: KnowledgeBase, locate: Locate) -> list[Problem]:
    """A drug, regimen, cancer page or glossary sentence that says how soon to get help agrees with the symptom rules
    (content/triage.yaml). A cancer page speaks to people on any of its plans: it is read with their drugs' risks; a
    glossary word speaks to anyone, so it is read with none.

    It under-urges when it says less than the least urgent level the rules can give for a symptom it names (with
    what the sentence itself says, e.g. "sudden"); it over-urges when it says 911 for a symptom the rules do not send
    there with what the sentence says ("911 if you feel faint": feeling faint is not a faint).
    A drug or regimen side effect whose name says a sign the rules rate at least call now must carry the `call_now`
    flag.
    How each wording is read, and which sentences are read with the symptoms of their statement: content/urgency.py.
    """
    if kb.triage is None:
        return []
    problems: list[Problem] = []
    pages: list[tuple[Any, frozenset[Risk]]] = [(d, d.risk_set) for d in kb.drugs.values()]
    pages += [(r, kb.risks(r.drugs)) for r in kb.regimens.values()]
    pages += [(c, kb.risks([d for r in kb.regimens_for_cancer(c.slug) for d in r.drugs])) for c in kb.cancers.values()]
    pages += [(g, frozenset()) for g in kb.glossary.values()]
    for top, risks in pages:
        for loc, item in walk(top):
            if "cite" not in type(item).model_fields:
                continue
            field = "answer" if isinstance(item, FAQ) else "definition" if isinstance(item, GlossaryTerm) else "text"
            text = getattr(item, field, None)
            if not isinstance(text, str):
                continue
            heading = " ".join(str(getattr(item, n, None) or "") for n in ("term", "plain", "label", "question"))
            for sentence in sentences(text):
                found = _disagreement(kb.triage, sentence, f"{heading} {text}", risks)
                if found:
                    problems.append(locate(top, (*loc, field), found))
    flagged: list[tuple[Any, str, frozenset[Risk]]] = [
        *((d, kind, d.risk_set) for d in kb.drugs.values() for kind in ("common_side_effects", "serious_side_effects")),
        *((r, "side_effects", kb.risks(r.drugs)) for r in kb.regimens.values())]
    for top, kind, risks in flagged:
        for i, effect in enumerate(getattr(top, kind)):
            if found := _unflagged(kb.triage, effect, risks):
                problems.append(locate(top, (kind, i), found))
    return problems


_SAYS = {Level.emergency: "911", Level.call_now: "call now", Level.call_today: "call today", Level.next_visit: "next visit"}


def _named(rules: TriageRules, lowered: str) -> dict[str, list[tuple[int, int]]]:
    """The symptoms a text names, with where; one named only inside another's words ("numbness on one side", a
    stroke sign) is not named by itself."""
    found = {key: body.spans(lowered) for key, body in rules.symptoms.items() if body.named_in(lowered)}
    return {key: spans for key, spans in found.items()
            if not all(any(o[0] <= s[0] and s[1] <= o[1] and o != s for other, os in found.items() if other != key for o in os)
                       for s in spans)}


def _least_levels(rules: TriageRules, text: str, named: dict[str, list[tuple[int, int]]],
                  risks: frozenset[Risk]) -> dict[str, Level]:
    """For each symptom a lower-cased text names: the least level the rules give with what the text itself says."""
    return {key: least_level(rules, key, _said(rules, text, key, named), risks) for key in named}


def _said(rules: TriageRules, text: str, key: str, named: dict[str, list[tuple[int, int]]]) -> dict[str, str]:
    """The answers a lower-cased text gives to one symptom's questions, not counting words that name another."""
    others = [span for other, spans in named.items() if other != key for span in spans if span not in named[key]]
    return stated_answers(rules.symptoms[key], text, others)


def _unflagged(rules: TriageRules, effect: SideEffect, risks: frozenset[Risk]) -> str | None:
    """A side effect whose name says a sign the rules always rate call now or 911 must be flagged `call_now`, so the
    page lists it under "call now" as the "When to call" box and `ask` do."""
    if effect.call_now:
        return None
    heading = f"{effect.term} {effect.plain}".lower()
    urgent = {key: level for key, level in _least_levels(rules, heading, _named(rules, heading), risks).items()
              if level in URGENT}
    if not urgent:
        return None
    said = "; ".join(f"{rules.symptoms[k].name.lower()} ({_SAYS[level]})" for k, level in urgent.items())
    return (f"{effect.plain!r} names a sign the symptom rules (content/triage.yaml) rate at least call now: {said}. "
            "Set `call_now: true` so the page lists it under 'call now'")


def _disagreement(rules: TriageRules, sentence: str, context: str, risks: frozenset[Risk]) -> str | None:
    said = stated_level(sentence)
    if said is None:
        return None
    text = sentence.lower()
    named = _named(rules, text)
    if not named and points_back(sentence):  # "Get help right away.": the symptom is the one the statement is about
        text = context.lower()
        named = _named(rules, text)
    under, over = [], []
    for key, least in _least_levels(rules, text, named, risks).items():
        if said.rank > least.rank:
            under.append(f"{rules.symptoms[key].name.lower()} ({_SAYS[least]}: {HEADLINE[least]})")
        elif said == Level.emergency and (most := most_level(rules, key, _said(rules, text, key, named), risks)) \
                != Level.emergency:
            over.append(f"{rules.symptoms[key].name.lower()} (at most {_SAYS[most]})")
    if under:
        return (f"under-urges: {sentence!r} says {_SAYS[said]}, but the symptom rules (content/triage.yaml) give at "
                f"least {'; '.join(under)}. Say the rules' level, or drop the timing and describe the sign")
    if over:
        return (f"over-urges: {sentence!r} says 911, but the symptom rules (content/triage.yaml) do not send "
                f"{'; '.join(over)} to 911 as said. Say the rules' level, or drop the timing and describe the sign")
    return None


def _product_key(src: Source) -> str:
    """The word that names a label's product: the brand, or the generic name for a generic label."""
    return (src.search_name or "").split()[0].lower() if src.search_name else ""


def check_sources(kb: KnowledgeBase, locate: Locate) -> list[Problem]:
    """Citations anyone can check: labels link to DailyMed and name one product; no `http:`; missing ids explained."""
    problems: list[Problem] = []
    for src in kb.sources.values():
        if src.url and src.url.lower().startswith("http:"):
            problems.append(locate(src, ("url",), f"{src.url!r} is an http: link; use https: (readers must not be sent over plain http)"))
        if src.kind == SourceKind.fda_label:
            problems += _check_label(src, locate)
        elif src.kind in (SourceKind.research, SourceKind.guideline) and not (src.pmid or src.doi) \
                and not (src.no_id_reason or src.note):
            problems.append(locate(src, ("no_id_reason",), "no PMID or DOI: say why in `no_id_reason` (or `note`)"))
    return problems


def _check_label(src: Source, locate: Locate) -> list[Problem]:
    problems: list[Problem] = []
    key = _product_key(src)
    if not src.publisher:
        problems.append(locate(src, ("publisher",), "an fda_label source must name the labeler in `publisher`"))
    if not (src.link or "").startswith(DAILYMED + "/"):
        problems.append(locate(src, ("product",), "an fda_label source needs a DailyMed link (a set_id or a product name)"))
    if key and not re.search(rf"\b{re.escape(key)}\b", src.title, re.IGNORECASE):
        problems.append(locate(src, ("title",), f"title names a different product than `product` ({key!r} not in the title)"))
    if src.url:
        url = urlsplit(src.url)
        if url.hostname != "dailymed.nlm.nih.gov":
            problems.append(locate(src, ("url",), f"{src.url!r} is not DailyMed: a label links to DailyMed only; "
                                                 "move a mirror's address into `note`"))
        else:
            query = parse_qs(url.query)
            setid = next(iter(query.get("setid", [])), None)
            if setid and setid != src.set_id:
                problems.append(locate(src, ("url",), f"url names set id {setid!r} but set_id is {src.set_id!r}"))
            searched = " ".join(query.get("query", []))
            if searched and key and key not in searched.lower():
                problems.append(locate(src, ("url",), f"url searches DailyMed for {searched!r}, a different product "
                                                     f"than `product` ({src.product!r})"))
    return problems
