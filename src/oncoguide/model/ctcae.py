"""A CTCAE adverse-event term with its grade descriptions (NCI Common Terminology Criteria)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class CtcaeTerm(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: str = Field(description="CTCAE version, e.g. `5.0`.")
    term: str = Field(description="CTCAE term, e.g. `Neutrophil count decreased`.")
    meddra_code: int | None = None
    soc: str = Field(description="MedDRA system organ class.")
    definition: str | None = None
    grades: dict[int, str] = Field(description="Grade (1-5) -> description; grades that do not apply are absent.")
    note: str | None = Field(None, description="Navigational note.")
