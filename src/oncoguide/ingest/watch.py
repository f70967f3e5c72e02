"""Label change watch: statements citing an older label version, regimen doses the label no longer gives."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from ..model.label import DOSAGE_AND_ADMINISTRATION
from ..store.documents import latest_versions
from ..store.kb import stored_objects, stored_sources, stored_statements
from ..store.labels import load_label


@dataclass(frozen=True)
class StaleStatement:
    source: str
    set_id: str
    cited_version: int
    latest_version: int
    kind: str
    slug: str
    field: str
    text: str


@dataclass(frozen=True)
class MissingDose:
    regimen: str
    schedule: str
    drug: str
    dose: str
    set_id: str
    version: int


@dataclass
class WatchReport:
    stale: list[StaleStatement] = field(default_factory=list)
    missing_doses: list[MissingDose] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.stale and not self.missing_doses


def check_labels(engine: sa.Engine) -> WatchReport:
    """Compare the curated knowledge base in the store with the labels ingested beside it."""
    report = WatchReport()
    newest = {k: int(v) for k, v in latest_versions(engine, "label").items() if v.isdigit()}
    labels = stored_sources(engine, "fda_label")
    statements = stored_statements(engine)
    regimens = stored_objects(engine, "regimen")
    _stale_statements(report, labels, statements, newest)
    _missing_doses(engine, report, labels, regimens, newest)
    return report


def _stale_statements(report: WatchReport, labels: dict[str, dict], statements: list, newest: dict[str, int]) -> None:
    stale_sources: dict[str, tuple[str, int, int]] = {}
    for source_id, data in sorted(labels.items()):
        set_id, cited = data.get("set_id"), data.get("spl_version")
        if not set_id:
            continue
        if set_id not in newest:
            report.notes.append(f"{source_id}: label {set_id} is not ingested (oncoguide fetch dailymed --setid {set_id} --ingest)")
        elif cited is None:
            report.notes.append(f"{source_id}: no spl_version recorded, so a newer label cannot be detected")
        elif newest[set_id] > int(cited):
            stale_sources[source_id] = (set_id, int(cited), newest[set_id])
    for row in statements:
        for source_id in row.sources:
            if source_id in stale_sources:
                set_id, cited, latest = stale_sources[source_id]
                report.stale.append(StaleStatement(source_id, set_id, cited, latest, row.kind, row.slug, row.field, row.text))


def _missing_doses(engine: sa.Engine, report: WatchReport, labels: dict[str, dict], regimens: list,
                   newest: dict[str, int]) -> None:
    dosage_text: dict[str, str] = {}
    generic_index: dict[str, list[str]] | None = None
    for slug, data in regimens:
        for schedule in data.get("schedules", []):
            for phase in schedule.get("phases", []):
                for comp in phase.get("components", []):
                    set_ids = [labels[c["source"]]["set_id"] for c in comp.get("cite", [])
                               if c["source"] in labels and labels[c["source"]].get("set_id") in newest]
                    if not set_ids:
                        if generic_index is None:
                            generic_index = _labels_by_generic_name(engine, newest)
                        set_ids = generic_index.get(comp["drug"].replace("-", " "), [])
                    for set_id in dict.fromkeys(set_ids):
                        if set_id not in dosage_text:
                            label = load_label(engine, set_id)
                            dosage_text[set_id] = _normalise(
                                "\n".join(s.full_text for s in label.find(DOSAGE_AND_ADMINISTRATION)))
                        if not dose_in_text(comp["dose"], comp["unit"], dosage_text[set_id]):
                            report.missing_doses.append(MissingDose(
                                slug, schedule.get("id", ""), comp["drug"], _dose_text(comp["dose"], comp["unit"]),
                                set_id, newest[set_id]))


def _labels_by_generic_name(engine: sa.Engine, newest: dict[str, int]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for set_id in newest:
        for name in load_label(engine, set_id).generic_names:
            index.setdefault(name, []).append(set_id)
    return index


_UNITS = {
    "mg": r"mg(?!\s*/)",
    "mg/m²": r"mg\s*/\s*m\s*(?:2|²)",
    "mg/kg": r"mg\s*/\s*kg",
    "mcg": r"(?:mcg|µg|μg)",
    "g/m²": r"g\s*/\s*m\s*(?:2|²)",
    "units": r"(?:international\s+)?units?",
    "units/m²": r"units?\s*/\s*m\s*(?:2|²)",
}


def _number(dose: float) -> str:
    return re.escape(f"{dose:g}")


def _dose_text(dose: float, unit: str) -> str:
    return f"AUC {dose:g}" if unit == "AUC" else f"{dose:g} {unit}"


def _normalise(text: str) -> str:
    return re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # 1,000 mg -> 1000 mg


def dose_in_text(dose: Any, unit: str, text: str) -> bool:
    """Whether a dose figure such as `25 mg` or `375 mg/m²` (or `AUC 5`) is printed in the text."""
    number = _number(float(dose))
    if unit == "AUC":
        pattern = rf"AUC\s*(?:of\s*|=\s*)?{number}(?![\d.])"
    else:
        pattern = rf"(?<![\d.]){number}\s*(?:-\s*)?{_UNITS.get(unit, re.escape(unit))}"
    return re.search(pattern, _normalise(text), re.IGNORECASE) is not None
