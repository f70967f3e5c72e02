"""One learned ranking of the named pages' statements for a question.

Each (question, statement) pair gets a few cheap features: how well the statement's words match the question's
(the statement index's IDF sum), the share of the question's words and of their synonyms' meanings it holds, the
page field it comes from crossed with the question's intents (intents.py), whether it holds a number or a
duration when one is asked, whether it names another drug asked or a drug not asked. A logistic model learned by
tools/train_ranker.py from the development question sets weighs them; its weights live in rank_weights.json beside
this file, so the runtime needs no learning library. What a statement holds is read once per knowledge base.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import mul
from pathlib import Path
from typing import Any

from ..content.lookup import norm
from ..model import DISEASE_SECTIONS, CancerType, Drug, KnowledgeBase, Regimen, cited_items
from ..search.text import stem, terms
from .evidence import Evidence, StatementSearch
from .intents import REGISTRY, fields
from .names import names
from .understand import Question

WEIGHTS = Path(__file__).with_name("rank_weights.json")
# Page fields that hold names and dates, not statements a reader is shown.
_NOT_STATEMENTS = frozenset("created updated reviewed slug generic_name brand_names synonyms misspellings category name "
                            "short_name cancers abbreviations".split())
# The weights were learned when a cancer page's signs, tests, stages, outlook and risks were all in "what_is_it", and
# were asked as what the cancer is ("definition"): they are read as that, and have no features of their own.
_FIELD_LEARNED_AS = dict.fromkeys(DISEASE_SECTIONS, "what_is_it")
_INTENT_LEARNED_AS = {i.name: "definition" for i in REGISTRY if i.of_cancer}
FIELDS = tuple(sorted({f for m in (Drug, Regimen, CancerType) for f in m.model_fields} - _NOT_STATEMENTS
                      - set(_FIELD_LEARNED_AS) | {"other"}))
INTENTS = (*(i.name for i in REGISTRY if i.name not in _INTENT_LEARNED_AS), "none")
_KINDS = ("drug", "regimen", "cancer")
# The fields a page kind answers an intent with, as the registry says (a named regimen's too).
_FIELD_KINDS = {"drug": ("drug",), "regimen": ("regimen", "named_regimen", "regimen_only"), "cancer": ("cancer",)}

NUMBER = re.compile(r"\d")
DURATION = re.compile(r"\b\d+(\.\d+)?\s*(to \d+ )?(minutes?|hours?|days?|weeks?|months?|years?|cycles?)\b", re.I)
ASKS_NUMBER = re.compile(r"\bhow (many|much|long|often|soon)\b|\bdos(e|es|age|ing)\b|\bmg\b|\bwhat (days?|percent)\b|"
                         r"\b(how|what) (high|low|strength)\b", re.I)
ASKS_TIME = re.compile(r"\bhow (long|often|soon)\b|\bwhen\b|\b(days?|weeks?|months?|years?|cycles?|rounds?)\b", re.I)

BASE_FEATURES = ("lexical", "lexical_first", "lexical_top3", "lexical_reciprocal", "subject_share", "meaning_share",
                 "no_subject_words", "field_answers_intent", "field_first_for_intent", "first_in_field", "number", "number_asked",
                 "duration", "duration_asked", "names_other_drug_asked", "names_drug_not_asked", "length",
                 *(f"kind={k}" for k in _KINDS))


def feature_names() -> tuple[str, ...]:
    """Every feature the code computes, in the order the weights file lists them."""
    return (*BASE_FEATURES, *(f"field={f}" for f in FIELDS), *(f"{i}*{f}" for i in INTENTS for f in FIELDS))


@dataclass(frozen=True)
class Statement:
    """What one statement holds, read once per knowledge base."""

    page: str  # "drug lenalidomide"
    kind: str  # drug, regimen or cancer
    field: str  # the page field it comes from ("storage")
    first: bool  # the first statement of its field
    stems: frozenset[str]
    number: bool
    duration: bool
    length: float
    drugs: frozenset[str]  # the drugs it names
    own: str  # its page's slug
    learned: str  # the field as the weights learned it (_FIELD_LEARNED_AS)
    keys: tuple[str, str]  # its kind and field features ("kind=drug", "field=storage"), named once, not per question


def _fields_of(page: Any) -> dict[int, tuple[str, bool]]:
    """id(item) -> (the page field it comes from, whether it is that field's first item)."""
    out: dict[int, tuple[str, bool]] = {}
    for name in type(page).model_fields:
        if name in _NOT_STATEMENTS:
            continue
        for n, item in enumerate(cited_items(getattr(page, name))):
            out.setdefault(id(item), (name if name in FIELDS or name in _FIELD_LEARNED_AS else "other", n == 0))
    return out


class Ranker:
    """Scores the statements of the pages a question names; built once per knowledge base."""

    def __init__(self, kb: KnowledgeBase, statements: StatementSearch, weights: dict[str, Any] | None = None):
        self.kb = kb
        self.statements = statements
        w = weights if weights is not None else load_weights()
        self.weights: dict[str, float] = dict(zip(w["features"], w["weights"]))
        self.bias: float = w["bias"]
        self.threshold: float = w["threshold"]
        self.depth: int = w["depth"]
        self._read: dict[int, Statement] = {}
        self._field: dict[int, tuple[str, bool]] = {}
        pages = {**{f"drug {s}": p for s, p in kb.drugs.items()}, **{f"regimen {s}": p for s, p in kb.regimens.items()},
                 **{f"cancer {s}": p for s, p in kb.cancers.items()}}
        self._pages: dict[str, Any] = pages
        self._walked: set[str] = set()

    def candidates(self, q: Question) -> list[int]:
        """The positions of the named pages' statements."""
        pages = [*(f"drug {s}" for s in q.drugs), *(f"regimen {s}" for s in q.regimens), *(f"cancer {s}" for s in q.cancers)]
        return [i for p in dict.fromkeys(pages) for i in self.statements.by_page.get(p, [])]

    def statement(self, position: int) -> Statement:
        got = self._read.get(position)
        if got is None:
            key, item = self.statements.items[position]
            if key not in self._walked:
                self._walked.add(key)
                self._field.update(_fields_of(self._pages[key]))
            field, first = self._field.get(id(item), ("other", False))
            text = self.statements.shown_at(position).text
            words = terms(text)
            (kind, own), learned = key.split(" ", 1), _FIELD_LEARNED_AS.get(field, field)
            got = self._read[position] = Statement(
                page=key, kind=kind, field=field, first=first, stems=frozenset(stem(w) for w in words),
                number=bool(NUMBER.search(text)), duration=bool(DURATION.search(text)),
                length=math.log1p(len(words)) / 5,
                drugs=frozenset(names(self.kb).drugs.find(norm(text).split(), fuzzy=False)),
                own=own, learned=learned, keys=(f"kind={kind}", f"field={learned}"))
        return got

    def features(self, q: Question, positions: list[int]) -> list[dict[str, float]]:
        """One feature dict (name -> value, zeros left out) per position."""
        lexical = {h.position: h.score for h in self.statements.index.rank(q.subject_terms, positions)}
        best = max(lexical.values(), default=0.0)
        ahead = sorted(lexical.values(), reverse=True)
        first_at: dict[float, int] = {}
        for n, v in enumerate(ahead):
            first_at.setdefault(v, n)
        order = {p: first_at[v] for p, v in lexical.items()}  # statements scoring higher: ties share a rank
        asked = {stem(w) for w in q.subject_terms}
        meant = [{stem(w) for w in terms(m)} for m in q.medical_terms]
        meant = [m for m in meant if m]
        intents = q.intents or ["none"]
        learned_intents = list(dict.fromkeys(_INTENT_LEARNED_AS.get(i, i) for i in intents))
        asks_number, asks_time = bool(ASKS_NUMBER.search(q.text)), bool(ASKS_TIME.search(q.text))
        allowed = set(q.drugs) | {d for r in q.regimens for d in self.kb.regimens[r].drugs}
        several = set(q.drugs) if len(q.drugs) > 1 else set()  # the drugs asked, when more than one is
        answering = {(kind, f) for kind in _KINDS for i in intents for k in _FIELD_KINDS[kind] for f in fields(i, k)}
        # the field the registry reads first for an intent asked: its main answer ("storage" for storage)
        first = {(kind, fs[0]) for kind in _KINDS for i in intents for k in _FIELD_KINDS[kind] if (fs := fields(i, k))}
        # Zeros are left out as they are met, and the keys go in the order the weights were learned in (score()).
        crossed: dict[str, list[str]] = {}  # learned field -> its intent*field features, named once a question
        out = []
        for p in positions:
            s = self.statement(p)
            f: dict[str, float] = dict.fromkeys(s.keys, 1.0)
            if s.length:
                f["length"] = s.length
            keys = crossed.get(s.learned)
            if keys is None:
                keys = crossed[s.learned] = [f"{i}*{s.learned}" for i in learned_intents]
            f.update(dict.fromkeys(keys, 1.0))
            if p in lexical:
                if share := lexical[p] / best:
                    f["lexical"] = share
                f["lexical_reciprocal"] = 1 / (1 + order[p])
                if order[p] == 0:
                    f["lexical_first"] = 1.0
                if order[p] < 3:
                    f["lexical_top3"] = 1.0
            if not asked:
                f["no_subject_words"] = 1.0
            elif shared := len(asked & s.stems):
                f["subject_share"] = shared / len(asked)
            if meant and (held := sum(m <= s.stems for m in meant)):
                f["meaning_share"] = held / len(meant)
            if (s.kind, s.field) in answering:
                f["field_answers_intent"] = 1.0
                if (s.kind, s.field) in first:
                    f["field_first_for_intent"] = 1.0
            if s.first:
                f["first_in_field"] = 1.0
            if s.number:
                f["number"] = 1.0
                if asks_number:
                    f["number_asked"] = 1.0
            if s.duration:
                f["duration"] = 1.0
                if asks_time:
                    f["duration_asked"] = 1.0
            if several and s.drugs & (several - {s.own}):
                f["names_other_drug_asked"] = 1.0
            if allowed and s.drugs - allowed - {s.own}:
                f["names_drug_not_asked"] = 1.0
            out.append(f)
        return out

    def score(self, feats: dict[str, float]) -> float:
        """The model's probability that the statement holds what was asked."""
        # summed in the features' order, as learned
        z = self.bias + sum(map(mul, map(self.weights.get, feats, repeat(0.0)), feats.values()))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def ranked(self, q: Question) -> list[tuple[int, float, bool]]:
        """(position, probability, whether it may be added) of the named pages' statements, best first."""
        positions = self.candidates(q)
        scored = [(p, self.score(f), related(f)) for p, f in zip(positions, self.features(q, positions))]
        return sorted(scored, key=lambda ps: (-ps[1], ps[0]))

    def topic(self, q: Question, s: Statement) -> str:
        """The intent asked whose fields hold the statement's field (its heading), else "other"."""
        return next((i for i in q.intents for k in _FIELD_KINDS[s.kind] if s.field in fields(i, k)), "other")

    def best(self, q: Question, k: int, skip: set[str]) -> list[Evidence]:
        """Of the `depth` best-ranked statements (weights file), up to k above the learned threshold whose text is
        not in skip, under the usual headings."""
        out: list[Evidence] = []
        for p, prob, may in self.ranked(q)[:self.depth]:
            if prob < self.threshold or len(out) == k:
                break
            if not may or self.statements.shown_at(p).text in skip:
                continue
            out.append(self.evidence(q, p))
        return out

    def evidence(self, q: Question, position: int) -> Evidence:
        """The statement at a position as shown, under the heading of the intent asked whose fields hold it."""
        s, e = self.statement(position), self.statements.shown_at(position)
        return Evidence(text=e.text, cite=e.cite, topic=self.topic(q, s), where=f"{s.page}: {s.field}", cancer=e.cancer)


def adds_to(q: Question) -> bool:
    """Whether the ranking may add statements to the answer: not when a medicine is asked about with ours (its own
    rule is searched for; a line of a page that never names it is no answer), nor for a use no page mentions."""
    return not q.unknown_conditions and "interactions" not in q.intents


def related(features: dict[str, float]) -> bool:
    """Whether a statement may join an answer: it holds a word of the question or a meaning of one, or comes from a
    field the question's intent reads, or the question asks nothing beside the names. Length and rank alone do not
    make a line on pregnancy answer "can I keep it in the bathroom?"."""
    get = features.get  # ~40 statements a question: an `or` chain, not a generator
    return bool(get("subject_share") or get("meaning_share") or get("field_answers_intent") or get("no_subject_words"))


@lru_cache(maxsize=1)
def _weights_file() -> str:
    return WEIGHTS.read_text(encoding="utf-8")


def load_weights() -> dict[str, Any]:
    """The learned weights (features, weights, bias, threshold, how they were learned)."""
    data: dict[str, Any] = json.loads(_weights_file())
    return data
