"""JSON Schema of each content file, so editors can check YAML as they type."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, create_model

from ..model import CancerType, Drug, GlossaryTerm, Regimen, Source
from ..model.medicines import MedicineMap


def content_schemas() -> dict[str, dict[str, Any]]:
    """File name -> JSON Schema."""
    sources = create_model("SourcesFile", sources=(list[Source], ...))
    glossary = create_model("GlossaryFile", terms=(list[GlossaryTerm], ...))
    models: dict[str, type[BaseModel]] = {
        "drug.schema.json": Drug,
        "regimen.schema.json": Regimen,
        "cancer.schema.json": CancerType,
        "sources.schema.json": sources,
        "glossary.schema.json": glossary,
        "medicines.schema.json": MedicineMap,
    }
    return {name: model.model_json_schema(mode="validation") for name, model in models.items()}
