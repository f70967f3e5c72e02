"""The plan's other medicines: add one (name and optional note) or remove one; the plan page shows the cited rules."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from ..errors import InputError
from ..model import Citation, KnowledgeBase, SourceKind
from ..tracker import medicines
from .security import check_csrf, engine_of
from .tracker_access import owner_of

router = APIRouter(include_in_schema=False)


@router.post("/tracker/{plan_id}/medicines")
def plan_medicines(request: Request, plan_id: str, csrf: str = Form(""), action: str = Form("add"),
                   name: str = Form("", max_length=2000), note: str = Form("", max_length=2000),
                   medicine: str = Form("", max_length=20)) -> Response:
    owner = owner_of(request, plan_id)
    check_csrf(request, csrf)
    if action == "add":
        medicines.add(engine_of(request), owner, plan_id, name, note)
    elif action == "remove":
        medicines.remove(engine_of(request), owner, plan_id, medicine)
    else:
        raise InputError(f"Medicine action must be add or remove, not {action!r}.")
    return RedirectResponse(f"/tracker/{plan_id}#medicines", status_code=303)


class CiteShown(BaseModel):
    label: str
    section: str | None = None
    link: str | None = None


class RuleShown(BaseModel):
    drug: str
    text: str
    about: str
    cites: list[CiteShown]


class MedicineShown(BaseModel):
    """One of the person's other medicines on the plan page: its cited kinds and the cited rules about it."""

    id: int
    name: str
    note: str | None = None
    kinds: list[tuple[str, list[CiteShown]]] = []
    rules: list[RuleShown] = []
    message: str = ""


def _cites(kb: KnowledgeBase, cites: list[Citation]) -> list[CiteShown]:
    out = []
    for c in cites:
        src = kb.sources.get(c.source)
        if src is not None:  # validate guarantees it; a missing source is never shown as a citation
            label = src.product if src.kind == SourceKind.fda_label and src.product else src.title
            out.append(CiteShown(label=label, section=c.section, link=src.link))
    return out


def shown(kb: KnowledgeBase, advice: list[medicines.MedicineAdvice]) -> list[MedicineShown]:
    """The plan page's view of each medicine; a rule or kind whose citations cannot be shown is left out."""
    out = []
    for a in advice:
        kinds = [(k.name, cites) for k in a.kinds if (cites := _cites(kb, k.cite))]
        rules = [RuleShown(drug=r.drug, text=r.text, about=r.because, cites=cites)
                 for r in a.rules if (cites := _cites(kb, r.cite))]
        out.append(MedicineShown(id=a.id, name=a.name, note=a.note, kinds=kinds, rules=rules,
                                 message="" if rules else medicines.NO_RULE))
    return out
