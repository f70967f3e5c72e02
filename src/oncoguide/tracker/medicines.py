"""A person's other medicines beside their cancer drugs: which cited interaction rules concern each one.

A rule is one of the cancer drug's own interaction statements (content/drugs/*.yaml), shown with its citations.
It concerns a medicine when it names the medicine itself, or a kind the medicine belongs to by the cited mapping in
content/medicines.yaml. Nothing is shown without a citation, and nothing is inferred beyond those words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlalchemy as sa

from ..errors import InputError
from ..model import Citation, KnowledgeBase, TreatmentPlan
from ..model.medicines import KnownMedicine, plain_name
from ..store import medicines as store

NAME_LENGTH = 100
NOTE_LENGTH = 200
MOST = 30  # medicines on one plan
# Letters of any script, digits, spaces and the marks medicine names use (St. John's wort, 5-FU, vitamin B12 (1000 mcg)).
NAME = re.compile(r"^[\w\s.,'’()/+&%-]+$")
NO_RULE = "No rule in our sources; ask your pharmacist."


@dataclass(frozen=True)
class Rule:
    """One cancer drug's interaction statement that concerns the medicine."""

    drug: str  # the cancer drug's generic name
    text: str
    cite: list[Citation]
    because: str  # what the statement names: the medicine itself, or its kind


@dataclass(frozen=True)
class Kind:
    name: str
    cite: list[Citation]


@dataclass(frozen=True)
class MedicineAdvice:
    """What the plan page shows for one of the person's other medicines."""

    id: int
    name: str
    note: str | None
    kinds: list[Kind] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)

    @property
    def message(self) -> str:
        return "" if self.rules else NO_RULE


def checked_entry(name: str, note: str | None, existing: list[str]) -> tuple[str, str | None]:
    """The name and note as stored; an empty, overlong, odd or duplicate name is one clear InputError."""
    name = " ".join(name.split())
    note = " ".join((note or "").split()) or None
    if not name:
        raise InputError("Give the medicine's name, as it is written on the box or bottle.")
    if len(name) > NAME_LENGTH:
        raise InputError(f"A medicine name can be {NAME_LENGTH} characters at most; this one has {len(name)}.")
    if not NAME.match(name):
        raise InputError(f"{name!r} does not look like a medicine name: use letters, numbers, spaces and - ' . , ( ) / + & %.")
    if note and len(note) > NOTE_LENGTH:
        raise InputError(f"A note can be {NOTE_LENGTH} characters at most; this one has {len(note)}.")
    if plain_name(name) in {plain_name(e) for e in existing}:
        raise InputError(f"{name} is already on your list.")
    if len(existing) >= MOST:
        raise InputError(f"A plan can list {MOST} other medicines at most; remove one first.")
    return name, note


def _mentions(text: str, words: list[str]) -> str | None:
    """The first of `words` that the text names as whole words (any case, dots aside)."""
    plain = plain_name(text)
    return next((w for w in words if re.search(rf"(?<![\w-]){re.escape(plain_name(w))}(?![\w-])", plain)), None)


def advice(kb: KnowledgeBase, drugs: list[str], medicine_id: int, name: str, note: str | None) -> MedicineAdvice:
    """The cited rules of these cancer drugs that concern one medicine, and the cited kinds it belongs to."""
    known: KnownMedicine | None = kb.medicines.find(name) if kb.medicines else None
    kinds = [kind for c in (known.classes if known else []) if kb.medicines and (kind := kb.medicines.kind(c))]
    names = known.names if known else [name]
    rules: list[Rule] = []
    for drug in [kb.drugs[slug] for slug in drugs if slug in kb.drugs]:
        for statement in drug.interactions:
            named = _mentions(statement.text, names)
            kind = next((k for k in kinds if _mentions(statement.text, k.terms)), None)
            if named or kind:
                because = named or (kind.name if kind else "")
                rules.append(Rule(drug=drug.generic_name, text=statement.text, cite=statement.cite, because=because))
    shown_kinds = [Kind(name=k.name, cite=known.cite) for k in kinds] if known else []
    return MedicineAdvice(id=medicine_id, name=name, note=note, kinds=shown_kinds, rules=rules)


def plan_medicines(engine: sa.Engine, kb: KnowledgeBase, owner: int, plan: TreatmentPlan) -> list[MedicineAdvice]:
    """Each of the plan's other medicines with the cited rules of the plan's cancer drugs that concern it."""
    drugs = kb.regimens[plan.regimen].drugs if plan.regimen in kb.regimens else []
    return [advice(kb, drugs, row["id"], row["name"], row["note"])
            for row in store.list_medicines(engine, owner, plan.id)]


def add(engine: sa.Engine, owner: int, plan_id: str, name: str, note: str | None = None) -> str:
    """Add a medicine to the plan's list (checked first: nothing is saved if anything is wrong); return its name."""
    existing = [row["name"] for row in store.list_medicines(engine, owner, plan_id)]
    name, note = checked_entry(name, note, existing)
    store.add_medicine(engine, owner, plan_id, name, note)
    return name


def remove(engine: sa.Engine, owner: int, plan_id: str, medicine_id: str) -> str:
    """Take a medicine off the plan's list by its id; return its name."""
    if not medicine_id.isdigit():
        raise InputError(f"Choose a medicine from your list, not {medicine_id!r}.")
    return store.remove_medicine(engine, owner, plan_id, int(medicine_id))
