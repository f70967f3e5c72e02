"""The care-team report as PDF: one page per cycle so far (tracker/care_report.py)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ..store import medicines
from ..store import tracker as store
from ..tracker import service
from ..tracker.care_report import report_pdf
from .security import engine_of
from .tracker_access import kb_of, readable

router = APIRouter(include_in_schema=False)


@router.get("/tracker/{plan_id}/report.pdf")
def plan_report_pdf(request: Request, plan_id: str) -> Response:
    seen = readable(request, plan_id)  # the owner's, or a caregiver's to read
    owner, plan = seen.owner, seen.plan
    engine = engine_of(request)
    body = report_pdf(kb_of(request), plan, store.dose_log(engine, owner, plan_id), store.symptom_log(engine, owner, plan_id),
                      medicines.list_medicines(engine, owner, plan_id), service.local_now(plan).date())
    return Response(body, media_type="application/pdf", headers={
        "content-disposition": f'attachment; filename="treatment-{plan.id}-report.pdf"', "cache-control": "no-store"})
