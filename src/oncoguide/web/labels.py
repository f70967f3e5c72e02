"""Ingested FDA labels, shown as the official text they are: `/labels/{set_id}` and `/api/labels/{set_id}`."""

from __future__ import annotations

from typing import ClassVar

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ..site.labels import LabelView, label_view
from ..site.models import Page
from .security import engine_of

html = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/labels", tags=["labels"])


class LabelPage(Page):
    template: ClassVar[str] = "label.html"
    kind: str = "label"  # type: ignore[assignment]
    view: LabelView


@html.get("/labels/{set_id}")
def label_page(request: Request, set_id: str) -> Response:
    view = label_view(engine_of(request), set_id)
    page = LabelPage(title=view.title, description="Official FDA label text", view=view)
    return HTMLResponse(request.app.state.site.html(request, page))


@api.get("/{set_id}", response_model=LabelView, summary="The newest ingested version of an FDA label")
def label_json(request: Request, set_id: str) -> LabelView:
    return label_view(engine_of(request), set_id)
