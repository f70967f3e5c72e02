"""Gather evidence for a question: curated statements of the knowledge base first, then source passages."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel

from ..model import (
    FAQ,
    Citation,
    Component,
    Indication,
    KnowledgeBase,
    MonitoringItem,
    Regimen,
    SideEffect,
    cited_items,
)
from ..model import item_text as _item_text
from ..search.index import LexicalIndex
from ..search.passages import Passage, PassageSource
from ..search.text import WORD_PATTERNS, compiled, stem, terms
from .intents import (
    ORGAN_ASKED,
    PARTNERS_ASKED,
    READS_TAKEN_WITH,
    answers_alone,
    fields,
    of_cancer,
    organ_problems_in,
    said_line,
    taken_with,
)
from .names import findable_names, names
from .understand import TREATMENT_WORDS, Question

# Words that ask about side effects in general; the rest of the question names the symptom.
GENERAL = frozenset("cause causes side effect effects get give make common serious risk risks bad".split())
# Drug-specific questions about a cancer's regimens: how many regimens to show at most when none is named.
MAX_REGIMENS = 4
MAX_SEARCH_STATEMENTS = 4
# Statements of every page read first for those of the pages named; when common words ("surgery", "pills") fill
# them with other pages, search() goes on through the named pages' own statements.
SEARCH_DEPTH = 50
MAX_PASSAGES = 3
# What a drug asked about alone may take from its plans only when a plan is made of the drugs asked about: how well
# a combination works is about its other drugs too.
OWN_PLANS_ONLY = frozenset({"results"})


@dataclass(frozen=True)
class Evidence:
    """One candidate item to show: its text, its citations and the topic it answers."""

    text: str
    cite: list[Citation]
    topic: str
    where: str
    origin: str = "statement"  # statement, faq or passage
    passage_ref: PassageSource | None = None
    match: str | None = None  # words to match the question on, when more than the text (an FAQ's question)
    cancer: str | None = None  # the cancer page a drug's use is for ("colorectal-cancer"), when the item says


class PassageSearch(Protocol):
    """Finds source passages for a question (the store-backed index, or a fake in tests)."""

    def search(self, words: list[str], k: int, text: str | None = None) -> list[Passage]: ...

    @property
    def searched_by_meaning(self) -> tuple[int, int | None]: ...  # (with a vector, passages; None: not counted)


def item_text(item: Any) -> str:
    """The sentence shown for one cited item; side effects and regimen components get a plain sentence."""
    if isinstance(item, SideEffect):
        head = f"{item.plain[0].upper()}{item.plain[1:]} ({item.term})"
        freq = f" happened in {item.frequency}" + (f" ({item.frequency.context})" if item.frequency.context else "") \
            if item.frequency else ""
        return f"{head}{freq}." + (f" {item.text}" if item.text else "")
    if isinstance(item, Component):
        how = ", ".join(filter(None, [item.route.value, item.how_often]))
        return f"{item.drug.replace('-', ' ').capitalize()}: {item.dose_text}, {how}, on {item.days_text} of each cycle."
    if isinstance(item, FAQ):
        return item.answer
    if isinstance(item, MonitoringItem):
        when = item.when_text
        return f"{item.name}: {when}. {item.text}" if when else item.text
    if hasattr(item, "system") and hasattr(item, "name"):  # DrugClass
        return f"Drug class: {item.name} ({item.system})."
    if hasattr(item, "program") or hasattr(item, "label"):  # Rems, Labeled: the heading is not a sentence
        return item.text
    return _item_text(item)


_FIELD_ITEMS: dict[tuple[int, str], tuple[BaseModel, list[Any]]] = {}  # (page, field) -> its items, as walked
MAX_FIELD_ITEMS = 50_000  # the shipped knowledge base has ~6,000 (page, field) pairs; tests build many


def _field_items(obj: BaseModel, name: str) -> list[Any]:
    """The cited items of a page's field, walked once: pages are frozen and every question walked them again."""
    hit = _FIELD_ITEMS.get((id(obj), name))
    if hit is None or hit[0] is not obj:
        if len(_FIELD_ITEMS) > MAX_FIELD_ITEMS:
            _FIELD_ITEMS.clear()
        value = getattr(obj, name, None)
        hit = _FIELD_ITEMS[(id(obj), name)] = (obj, cited_items(value) if value is not None else [])
    return hit[1]


def read_pages(kb: KnowledgeBase) -> None:
    """Walk every page's fields now, as a server does before its first question (see _field_items)."""
    for page in (*kb.drugs.values(), *kb.regimens.values(), *kb.cancers.values()):
        for name in type(page).model_fields:
            _field_items(page, name)


def match_count(text: str, wanted: list[str]) -> int:
    """How many of the wanted words the text holds: a long word by its first five letters (its plural and other
    forms), a short one as itself or with an ending ("ear", "ears"; "dose", "dosing"), never as the start of
    another word ("RAS" is not "rash", "fat" not "fatigue", "ear" not "early"); a phrase as its words in a row, each
    so ("short of breath" is said "shortness of breath")."""
    lowered = text.lower()
    return sum(1 for w in wanted if _said(w).search(lowered))


SHORT = 5  # a word this long or longer is matched by its first five letters


# Endings that make another form of a short word: "ears", "dosed", "eaten", "lowered", "numbness", "painful",
# "feelings"; "ly", "y" and "ier" only after four letters ("slowly", "itchy", "riskier": "early" is no form of "ear").
_ENDINGS = "s|es|d|ed|ing|ings|'s|en|er|ers|ered|ering|est|ness|ful"
_LONGER_ENDINGS = "ly|y|ier|iest"


def _word(word: str) -> str:
    """One word's pattern: its first five letters, or a shorter word with an ending that makes another form of it
    ("stops", "stopped", "stopping"; "dose", "dosing"; "body", "bodies")."""
    if len(word) >= SHORT:
        return re.escape(word[:SHORT]) + r"\w*"
    endings = _ENDINGS + ("|" + _LONGER_ENDINGS if len(word) > 3 else "") + ("|n" if word[-1] in "ew" else "")  # "shown"
    forms = [f"{re.escape(word)}(?:{endings}|{re.escape(word[-1])}(?:ed|ing|er|est|y))?"]
    if word[-1] in "ey" and len(word) > 2:  # "dose": "dosing", "safe": "safer"; "body": "bodies", "bodied"
        forms.append(re.escape(word[:-1]) + ("(?:ing|er|est)" if word[-1] == "e" else "(?:ies|ied)"))
    return "(?:" + "|".join(forms) + r")\b"


@lru_cache(maxsize=WORD_PATTERNS)  # compiled once per word (re's own cache of 512 was flushed at every question)
def _said(word: str) -> re.Pattern[str]:
    return re.compile(r"\b" + r"[\s-]+".join(_word(w) for w in word.split()))


def symptom_words(q: Question) -> list[str]:
    if q.medical_terms:  # the plain words were recognised: match on their medical meaning only, less the words
        # for treatment itself ("chemo", "pill"): "can't sleep and starving since chemo" asks of sleep and appetite
        return [t for t in q.medical_terms if " " in t or not TREATMENT_WORDS.match(t)]
    return [t for t in q.subject_terms if len(t) > 3 and t not in GENERAL and t not in WARNING_WORDS]


# Words that ask for a label's warnings, never a symptom: "the scariest warning on the label" would otherwise keep
# the side effects whose lines cite "an older label".
WARNING_WORDS = frozenset("warning warnings label labels labeled labelled scariest worst biggest".split())


# A dose for people with kidney or liver problems is not the usual dose: such a line answers only a question that
# speaks of those organs ("what days do I take Ibrance?" does not ask the Child-Pugh C dose).
_ORGAN_RULE = re.compile(r"\b(kidney|liver|hepatic|renal) (problems?|disease|function|impairment|damage|failure)\b|"
                         r"\bdialysis\b|\bchild-pugh\b|\bcreatinine clearance\b", re.IGNORECASE)
_HOW_TO_TAKE = frozenset({"dose", "form", "food", "missed_dose"})


def for_organs_not_asked(e: Evidence, q: Question) -> bool:
    """A how-to-take line for people with kidney or liver problems, when the question names neither; or a dose for
    them when the question asks nothing of how to take the drug and says of no such problem ("does Ibrance cause
    liver damage?" is not answered by the Child-Pugh C dose)."""
    if not _ORGAN_RULE.search(e.text):
        return False
    if e.topic in _HOW_TO_TAKE and not ORGAN_ASKED.search(q.text):
        return True
    return not set(q.intents) & _HOW_TO_TAKE and not organ_problems(q) and bool(_A_DOSE.search(e.text))


_A_DOSE = re.compile(r"\bdoses?\b.*\d|\d+(\.\d+)? ?mg\b", re.IGNORECASE)


# A statement speaks of that organ ("severe kidney problems (including dialysis)", "Child-Pugh C").
_ORGAN_SAID = {"kidney": re.compile(r"\bkidney|\brenal\b|\bdialysis\b|creatinine", re.I),
               "liver": re.compile(r"\bliver\b|\bhepatic\b|child-pugh|bilirubin", re.I)}


def organ_problems(q: Question) -> list[str]:
    """The organs ("kidney", "liver") whose problems the person asking says they have ("I am on dialysis", "I have
    cirrhosis"); "does it cause liver damage?" names none."""
    return organ_problems_in(q.text)


def for_organ(text: str, organ: str) -> bool:
    """A statement on how people with this organ's problems take or get the drug."""
    return bool(_ORGAN_RULE.search(text)) and bool(_ORGAN_SAID[organ].search(text))


def curated(kb: KnowledgeBase, q: Question) -> list[Evidence]:
    """Statements from the pages the question names, for each intent, in intent order."""
    found: list[Evidence] = []
    # a cancer's own section asked ("what are its signs?") comes before what the cancer is
    for intent in sorted(q.intents, key=lambda i: not of_cancer(i)):
        from_drugs = [_evidence(i, intent, f"drug {slug}: {name}") for slug in q.drugs
                      for name in fields(intent, "drug") for i in _field_items(kb.drugs[slug], name)]
        if line := said_line(intent, q.text):  # "can I crush it?": the line of how to take it that says so
            from_drugs += [_evidence(i, intent, f"drug {slug}: {name}") for slug in q.drugs
                           for name in fields(intent, "drug_said") for i in _field_items(kb.drugs[slug], name)
                           if line.search(_item_text(i))]
        if intent in READS_TAKEN_WITH and (taken := taken_with(q.text)):  # "what is it, with water?": the line saying
            from_drugs += [_evidence(i, intent, f"drug {slug}: administration") for slug in q.drugs  # how it is taken
                           for i in _field_items(kb.drugs[slug], "administration") if taken.search(_item_text(i))]
        if intent == "definition":  # "my mom got Xeloda, what is it?": what it is, then how it is taken or given
            listed = {e.text for e in from_drugs}
            from_drugs += [e for slug in q.drugs for i in _field_items(kb.drugs[slug], "administration")[:1]
                           if (e := _evidence(i, intent, f"drug {slug}: administration")).text not in listed]
        found += from_drugs
        # "does Adriamycin cause hair loss?" when its page lists no hair loss: the regimens that use it may
        unlisted = _symptom_unlisted(q, intent, from_drugs)
        if _drug_page_answers(q, intent, from_drugs) and not unlisted:
            continue
        regimens = _regimens(kb, q, every=unlisted)
        from_plans: list[Evidence] = []
        if intent in OWN_PLANS_ONLY and not (q.regimens or q.cancers):
            regimens = own_plans(regimens, q.drugs)
        for regimen in regimens:
            wanted = fields(intent, "regimen")
            if q.regimens:
                wanted = (*wanted, *fields(intent, "regimen_only"))
            if q.regimens or q.cancers or unlisted:
                wanted = (*wanted, *fields(intent, "named_regimen"))
            else:
                wanted = tuple(f for f in wanted if f not in fields(intent, "named_regimen"))
            if adds_drugs(regimen, q) and not unlisted:  # a plan not asked about: only the asked drugs' own lines
                wanted = tuple(f for f in wanted if f == "schedules")
            for name in dict.fromkeys(wanted):
                items = _field_items(regimen, name)
                if name == "schedules":
                    items = _schedule_lines(regimen, q.drugs)
                if unlisted:  # only the regimen's side effects named in the question
                    items = [i for i in items if match_count(item_text(i), symptom_words(q))]
                if not q.regimens and name != "schedules":  # a plan not named: say which plan it is about
                    items = [_Prefixed(f"In {regimen.display_name}: {item_text(i)}", list(i.cite))
                             for i in items]
                from_plans += [_evidence(i, intent, f"regimen {regimen.slug}: {name}") for i in items]
        from_cancers = [_evidence(i, intent, f"cancer {slug}: {name}") for slug in q.cancers
                        if not (q.drugs and intent != "definition")
                        for name in fields(intent, "cancer") for i in _field_items(kb.cancers[slug], name)]
        # a cancer asked about alone: its own page speaks before the plans that treat it (how well treatment works
        # is the plans' trial results, which a cure or survival line of the page would otherwise shut out)
        own_first = not (q.drugs or q.regimens) and intent != "results"
        found += [*from_cancers, *from_plans] if own_first else [*from_plans, *from_cancers]
    effects = [e for e in found if e.topic in ("side_effects", "serious")]
    symptoms = symptom_words(q)
    # a word asked ("rash") counts before what it was widened to ("skin reaction"): the rash row stays beside
    # the severe skin reaction that holds both
    # ("bone pain" said as such counts as the question's own, as "rash" does)
    asked = {stem(t) for t in terms(q.text)}
    own = [w for w in symptoms if all(stem(p) in asked for p in w.split())]
    said = own if any(match_count(e.text, own) for e in effects) else symptoms
    counts = {id(e): match_count(e.text, said) for e in effects} if symptoms else {}
    best = max(counts.values(), default=0)
    matching = [e for e in effects if best and counts[id(e)] == best]
    if matching:  # "blood clots", "tumor lysis syndrome": keep the side effects the question names
        found = [e for e in found if e.topic not in ("side_effects", "serious") or e in matching]
    else:  # a general side-effect question: boxed warnings belong under serious side effects only
        found = [e for e in found if not (e.topic == "side_effects" and e.where.endswith("boxed_warnings"))]
    return _unique([*found, *partner_uses(kb, q)])


# A use given with other medicines the reader may not know by name: "with the chemo drugs pemetrexed and a platinum
# drug", "with chemotherapy".
_WITH_CHEMO = re.compile(r"\b(with|plus)\b[^.]*\b(chemo\w*|platinum)\b", re.I)
_WITH = re.compile(r"\b(with|plus)\b", re.I)
MAX_PARTNER_USES = 2


def partner_uses(kb: KnowledgeBase, q: Question) -> list[Evidence]:
    """For "what pill goes with Taxotere?", "which chemo with Tagrisso?": the one named drug's uses that say what it
    is given with (another of our drugs by name, or chemo); only those for the cancer named, when it has some."""
    if len(q.drugs) != 1 or not PARTNERS_ASKED.search(q.text.lower()):
        return []
    drug = kb.drugs[q.drugs[0]]
    others = [n for slug, d in kb.drugs.items() if slug != drug.slug for n in findable_names(d)]
    said = re.compile(r"\b(" + "|".join(map(re.escape, others)) + r")\b", re.I)
    # a partner without a page of ours, for the cancer named ("With tremelimumab, for liver cancer")
    uses = [u for u in drug.uses if said.search(u.text) or _WITH_CHEMO.search(u.text)
            or (u.cancer in q.cancers and _WITH.search(u.text))]
    uses = [u for u in uses if u.cancer in q.cancers] or uses  # "for prostate cancer, what pill goes with it?"
    uses.sort(key=lambda u: not said.search(u.text))  # a partner by name says more than "with chemo"
    return [_evidence(u, "uses", f"drug {drug.slug}: uses") for u in uses[:MAX_PARTNER_USES]]


# What a medicine given before ours is said to guard against: "medicine to prevent a reaction", "fluids to protect
# your kidneys", "to lower the risk of a reaction" (the next two words; "a", "the", "your" left out).
_PREVENTED = re.compile(r"\b(?:prevent|protect|lowers? the (?:chance|risk) of)\s+(?:(?:an?|the|your|severe)\s+)*"
                        r"([a-z-]+)(?:\s+([a-z-]+))?", re.I)
_HARM_FIELDS = ("boxed_warnings", "serious_side_effects", "common_side_effects")
MAX_GUARDED = 2


def guarded(kb: KnowledgeBase, q: Question) -> list[Evidence]:
    """For a question on what is given before each dose, the named drugs' rows on the harms it guards against
    (shown below the reply, which they do not choose: "what premeds before Taxol?" is answered by the premeds)."""
    if "premedication" not in q.intents:
        return []
    return [_evidence(i, "serious", where) for slug in q.drugs for where, i in _guarded(kb, q, slug)]


def _guarded(kb: KnowledgeBase, q: Question, slug: str) -> list[tuple[str, Any]]:
    """The drug's side-effect rows on the harm its lines on what is given before each dose guard against: "why
    Benadryl before Cyramza?" is answered by the reactions to the drip, though its line says only "medicine to
    prevent a reaction". The lines holding a word of the question ("fluids") say which harm, else all of them."""
    drug = kb.drugs[slug]
    lines = [_item_text(i) for name in fields("premedication", "drug") for i in _field_items(drug, name)]
    asked = [w for w in q.subject_terms if len(w) > 3]
    lines = [t for t in lines if match_count(t, asked)] or lines
    harms = list(dict.fromkeys(w.lower() for t in lines for m in _PREVENTED.finditer(t) for w in m.groups()
                               if w and len(w) > 3))
    rows = [(f"drug {slug}: {name}", i) for name in _HARM_FIELDS for i in _field_items(drug, name)]
    return [(where, i) for where, i in rows if harms and match_count(item_text(i), harms)][:MAX_GUARDED]


def adds_drugs(regimen: Regimen, q: Question) -> bool:
    """Whether a plan is one the question did not ask about (nor its cancer) and gives drugs besides those asked
    about: what its page says of itself (how long it lasts, how it works) is about those drugs too."""
    return not (q.regimens or q.cancers) and bool(set(regimen.drugs) - set(q.drugs))


def symptom_unlisted(kb: KnowledgeBase, q: Question) -> bool:
    """Whether a side effect asked about one drug alone is one its own page does not list (the answer then reads
    the pages of the plans that use it, where another medicine of the plan may be the cause)."""
    intent = next((i for i in q.intents if i in ("side_effects", "serious")), None)
    if intent is None or len(q.drugs) != 1:
        return False
    items = [_evidence(i, intent, "") for name in fields(intent, "drug") for i in _field_items(kb.drugs[q.drugs[0]], name)]
    return _symptom_unlisted(q, intent, items)


def _symptom_unlisted(q: Question, intent: str, items: list[Evidence]) -> bool:
    """Whether a side effect asked about one drug alone is one its own page does not list."""
    if intent not in ("side_effects", "serious") or q.regimens or q.cancers or len(q.drugs) != 1:
        return False
    symptoms = symptom_words(q)
    return bool(symptoms) and not any(match_count(e.text, symptoms) for e in items)


def _drug_page_answers(q: Question, intent: str, items: list[Evidence]) -> bool:
    """Whether a question about one drug alone is answered by that drug's own page: then the pages of the regimens
    that use it are not read ("how does olaparib work?" is not also how each olaparib regimen works). They are read
    when the drug page says nothing on it, or nothing of the shape asked (a dose in mg that only a schedule gives)."""
    if q.regimens or q.cancers or len(q.drugs) != 1:
        return False
    return answers_alone(intent, [e.text for e in items], q.text)


@dataclass(frozen=True)
class _Prefixed:
    """A regimen item shown with its regimen's name in front (`where`: a component line's own origin)."""

    text: str
    cite: list[Citation]
    where: str | None = None


def component_where(regimen: str, drug: str) -> str:
    """Where one drug's line of a plan's schedule comes from: `regimen <plan>: schedules: <drug>`. Its subject is
    that drug (its dose and days in that plan), not the plan's other drugs."""
    return f"regimen {regimen}: schedules: {drug}"


_COMPONENT_WHERE = re.compile(r"^regimen ([a-z0-9-]+): schedules: ([a-z0-9-]+)$")


def component_of(where: str | None) -> tuple[str, str] | None:
    """(plan, drug) of a `component_where`; None for any other origin."""
    m = _COMPONENT_WHERE.match(where or "")
    return (m[1], m[2]) if m else None


def _schedule_lines(regimen: Regimen, drugs: list[str]) -> list[_Prefixed]:
    """One line per component of each schedule and phase, named so that variants and phases stay apart."""
    out = []
    for schedule in regimen.schedules:
        for phase in schedule.phases:
            where = [regimen.name]
            if len(regimen.schedules) > 1:
                where.append(schedule.name)
            if phase.name:
                where.append(phase.name)
            for c in phase.components:
                if not drugs or c.drug in drugs:
                    text = item_text(c)
                    out.append(_Prefixed(f"In {', '.join(where)}: {text[0].lower()}{text[1:]}", list(c.cite),
                                         component_where(regimen.slug, c.drug)))
    return out


def own_plans(regimens: Iterable[Regimen], drugs: list[str]) -> list[Regimen]:
    """The plans made only of the drugs asked about (a drug's single-drug plans)."""
    return [r for r in regimens if set(r.drugs) <= set(drugs)]


def _regimens(kb: KnowledgeBase, q: Question, every: bool = False) -> list[Regimen]:
    if q.regimens:
        return [kb.regimens[s] for s in q.regimens]
    if not q.drugs and not q.cancers:
        return []
    drugs_of, asked, cancers = names(kb).regimen_drugs, set(q.drugs), set(q.cancers)  # made once, not per regimen
    pool = [r for r in kb.regimens.values()
            if (not asked or not asked.isdisjoint(drugs_of[r.slug])) and (not cancers or not cancers.isdisjoint(r.cancers))]
    # the regimens holding every drug named come first, the fewest other drugs first ("dexamethasone with
    # lenalidomide" is Rd before KRd); ties keep the knowledge base's order
    pool.sort(key=lambda r: (-len(set(q.drugs) & drugs_of[r.slug]), len(drugs_of[r.slug])))
    best = max((named_kind(r, q) for r in pool), default=0) if q.cancers and not q.drugs else 0
    if best:  # "drugs for HER2-positive breast cancer": the HER2-positive plans, not the hormone pills
        pool = [r for r in pool if named_kind(r, q) == best]
    alone = [r for r in pool if drugs_of[r.slug] <= set(q.drugs)]
    if alone and not q.cancers and not every:  # "how long do I take anastrozole?": its own plans, not a combination's
        pool = alone
    return pool if every else pool[:MAX_REGIMENS]


def named_kind(regimen: Regimen, q: Question) -> int:
    """How many of the question's own words beside the names a regimen's name holds: the kind of the cancer a
    plan is for ("HER2-positive", "triple-negative", "FLT3-mutated") is said in its name."""
    return match_count(regimen.name, kind_words(q))


def kind_words(q: Question) -> list[str]:
    """The question's own words beside the names, less the words for treatment itself ("chemo", "drugs")."""
    return [w for w in q.subject_terms if len(w) > 2 and not TREATMENT_WORDS.search(w)]


def _evidence(item: Any, topic: str, where: str) -> Evidence:
    if isinstance(item, _Prefixed):
        return Evidence(text=item.text, cite=list(item.cite), topic=topic, where=item.where or where)
    cancer = item.cancer if isinstance(item, Indication) else None
    return Evidence(text=item_text(item), cite=list(item.cite), topic=topic, where=where, cancer=cancer)


def _unique(items: Iterable[Evidence]) -> list[Evidence]:
    seen: set[str] = set()
    out = []
    for e in items:
        if e.text not in seen:
            seen.add(e.text)
            out.append(e)
    return out


def page_items(kb: KnowledgeBase) -> list[tuple[str, Any]]:
    """Every cited item of every page, as (page key, item): what the statement search indexes."""
    out: list[tuple[str, Any]] = []
    for d in kb.drugs.values():
        out += [(f"drug {d.slug}", i) for i in cited_items(d)]
    for r in kb.regimens.values():
        out += [(f"regimen {r.slug}", i) for i in cited_items(r)]
    for c in kb.cancers.values():
        out += [(f"cancer {c.slug}", i) for i in cited_items(c)]
    return out


@dataclass
class StatementSearch:
    """A small FTS5 index over every curated statement, built once per knowledge base."""

    kb: KnowledgeBase
    index_dir: Path | None = None  # where the index is kept between processes (answer/service.py); None: memory
    items: list[tuple[str, Any]] = field(init=False)
    by_page: dict[str, list[int]] = field(init=False)

    claims: dict[str, list[Evidence]] = field(init=False)
    plans_of: dict[str, list[Regimen]] = field(init=False)
    shown: dict[int, Evidence] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.items = page_items(self.kb)
        self.by_page = {}  # page key -> the positions of its statements
        for i, (key, _) in enumerate(self.items):
            self.by_page.setdefault(key, []).append(i)
        self.plans_of = {}  # drug -> the plans that give it, found once
        for r in self.kb.regimens.values():
            for d in r.drugs:
                self.plans_of.setdefault(d, []).append(r)
        self.claims = {}  # page key -> its statements that cite a patient website, found once
        for key, item in self.items:
            if any(self.kb.sources.get(c.source) and self.kb.sources[c.source].kind.value == "website" for c in item.cite):
                self.claims.setdefault(key, []).append(_evidence(item, "other", key))

    @cached_property
    def index(self) -> LexicalIndex:
        """Built by the first question that needs it: most are answered from the named pages' fields (#16)."""
        passages = lambda: ((key, _item_text(item)) for key, item in self.items)  # noqa: E731
        if self.index_dir is None:
            return LexicalIndex.build(passages())
        return LexicalIndex.kept(self.index_dir, passages, lambda at: [_item_text(self.items[p][1]) for p in at],
                                 len(self.items))

    def named_pages(self, q: Question, any_cancer: bool = False) -> list[str]:
        """The pages a question is about: those it names, and for a drug asked about for a cancer named, the plans
        of that drug alone for that cancer ("Gemzar by itself for pancreatic cancer" is the gemcitabine plan, whose
        page says how its first cycle differs); with `any_cancer`, for the one drug asked about with no cancer named,
        its plans alone for any cancer ("does Lynparza raise the risk of leukemia?": its plan checks the blood counts
        every 4 weeks)."""
        using = {r.slug: r for d in q.drugs for r in self.plans_of.get(d, [])}.values() \
            if (q.cancers or any_cancer and len(q.drugs) == 1) and not q.regimens else []
        plans = [r.slug for r in own_plans(using, q.drugs) if not q.cancers or set(r.cancers) & set(q.cancers)]
        # a plan named alone: its drugs' pages too ("cold drinks hurt on FOLFIRINOX, what helps?" is oxaliplatin's)
        parts = [d for s in q.regimens for d in self.kb.regimens[s].drugs] if q.regimens and not q.drugs else []
        return list(dict.fromkeys([*(f"drug {s}" for s in q.drugs), *(f"regimen {s}" for s in [*q.regimens, *plans]),
                                   *(f"cancer {s}" for s in q.cancers), *(f"drug {s}" for s in parts)]))

    def search(self, q: Question, k: int = MAX_SEARCH_STATEMENTS, holding: list[str] | None = None) -> list[Evidence]:
        """The k best statements of the pages the question names; with `holding`, only those holding one of those
        words (a statement on pills in general does not take the place of the one saying how many a day)."""
        pages = set(self.named_pages(q))
        if not pages:  # a question about nothing we cover: word matches alone would be guesses
            return []

        def wanted(key: str, item: Any) -> Evidence | None:
            e = _evidence(item, "other", key) if key in pages else None
            return e if e is not None and (holding is None or match_count(e.text, holding)) else None

        # the best statements of the named pages among the best of all pages (word weights from the whole
        # knowledge base); then, when common words ("pills", "day", "surgery") leave the named pages out of those,
        # their other statements, ranked by BM25 as the index ranks (a sum of word rarities alone tied the page's
        # surgery rule with its lines that only mention surgery; ranking every statement through the index
        # instead cost about 8 ms a question and a third of /ask's throughput)
        out: list[Evidence] = []
        seen: set[int] = set()
        for hit in self.index.search_terms(q.subject_terms, k=SEARCH_DEPTH):
            if (e := wanted(*self.items[hit.position])) is not None:
                out.append(e)
                seen.add(hit.position)
                if len(out) == k:
                    return out
        rest = [i for page in pages for i in self.by_page.get(page, []) if i not in seen]
        for hit in self.index.rank_bm25(q.subject_terms, rest):
            if (e := wanted(*self.items[hit.position])) is not None:
                out.append(e)
                if len(out) == k:
                    break
        return out

    def most_holding(self, q: Question, words: list[str], least: int, skip: set[str]) -> list[Evidence]:
        """The statements of the named pages (less those whose text is in skip) holding the most of the words, at
        least `least` of them; ties go to the rarer words. Read off the named pages alone, not the whole index, with
        a drug's plans alone for any cancer (these lines join the reply; they do not choose it)."""
        pages = self.named_pages(q, any_cancer=True)
        found: dict[int, tuple[int, Evidence]] = {}
        stems = [w if " " in w else w[:5] for w in words]  # what match_count looks for, to skip the rest cheaply
        for page in pages:
            for i in self.by_page.get(page, []):
                e = self.shown_at(i)
                lowered = e.text.lower()
                if sum(s in lowered for s in stems) >= least and e.text not in skip and \
                        (n := match_count(e.text, words)) >= least:
                    found[i] = (n, e)
        rarity = {h.position: h.score for h in self.index.rank(words, list(found))} if len(found) > 1 else {}
        return [found[i][1] for i in sorted(found, key=lambda i: (-found[i][0], -rarity.get(i, 0.0), i))]

    def naming(self, page: str, names: list[str]) -> list[Evidence]:
        """The statements of one page that name one of names as whole words (another drug's names)."""
        said = compiled(r"\b(" + "|".join(map(re.escape, names)) + r")\b", re.I)
        return [e for i in self.by_page.get(page, []) if said.search((e := self.shown_at(i)).text)]

    def shown_at(self, position: int) -> Evidence:
        """The statement at a position as shown, built once."""
        e = self.shown.get(position)
        if e is None:
            key, item = self.items[position]
            e = self.shown[position] = _evidence(item, "other", key)
        return e

    def website_claims(self, q: Question, shown: Iterable[Evidence] = ()) -> list[Evidence]:
        """Statements that cite a patient website (kept to show disagreement), of the pages the question names and
        of the pages the shown evidence comes from (a regimen of the drug asked about)."""
        pages = [*(f"drug {s}" for s in q.drugs), *(f"regimen {s}" for s in q.regimens),
                 *(e.where.split(":")[0] for e in shown if e.passage_ref is None)]
        return _unique(e for page in dict.fromkeys(pages) for e in self.claims.get(page, []))


_PROBLEM_WORDS = frozenset("problem problems disease diseases function impairment issue issues trouble weak bad poor "
                           "cirrhosis".split())


def for_organ_word(word: str, organ: str) -> bool:
    """A word of the question that only says the organ has problems ("liver", "disease"), not a symptom."""
    return word in _PROBLEM_WORDS or bool(_ORGAN_SAID[organ].search(word))
