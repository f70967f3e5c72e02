"""A small, valid knowledge base written into a temp folder, for tests that break it on purpose."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import yaml

REPO_CONTENT = Path(__file__).resolve().parents[1] / "content"
LABEL = "revlimid-label"

SOURCES = {"sources": [
    {"id": LABEL, "kind": "fda_label", "title": "REVLIMID (lenalidomide) capsules, prescribing information",
     "product": "REVLIMID (lenalidomide) capsules", "publisher": "Celgene / Bristol Myers Squibb"},
    {"id": "nci-dictionary", "kind": "reference", "title": "NCI Dictionary of Cancer Terms",
     "url": "https://www.cancer.gov/publications/dictionaries/cancer-terms"},
]}

GLOSSARY = {"terms": [
    {"slug": "cbc", "term": "Complete blood count (CBC)", "aliases": ["CBC"],
     "definition": "A blood test that counts white cells, red cells and platelets.", "cite": ["nci-dictionary"]},
]}

CANCER = {
    "slug": "multiple-myeloma", "name": "Multiple myeloma", "abbreviations": ["MM"],
    "created": "2026-11-22", "updated": "2026-11-22",
    "what_is_it": [{"text": "Myeloma is a cancer of plasma cells in the bone marrow.", "cite": ["nci-dictionary"]}],
}


def _s(text: str, section: str) -> dict[str, Any]:
    return {"text": text, "cite": [f"{LABEL} § {section}"]}


DRUG = {
    "slug": "lenalidomide", "generic_name": "lenalidomide", "brand_names": ["Revlimid"],
    "misspellings": ["lenalidamide"], "category": "immunomodulatory drug",
    "created": "2026-11-22", "updated": "2026-11-22",
    "classes": [{"name": "Thalidomide Analog", "system": "FDA established pharmacologic class", "cite": [LABEL]}],
    "chemotherapy": {"traditional": False, "text": "It is not classic chemo.", "cite": [f"{LABEL} § 12.1"]},
    "summary": _s("Lenalidomide is a pill for some blood cancers.", "1"),
    "mechanism": [_s("It helps the immune system.", "12.1")],
    "uses": [{"cancer": "multiple-myeloma", "text": "It treats myeloma.", "cite": [f"{LABEL} § 1.1"]}],
    "missed_dose": {"take_within_hours": 12, "text": "Take it if it is less than 12 hours late.", "cite": [f"{LABEL} § 2.7"]},
}

REGIMEN = {
    "slug": "rd", "name": "Lenalidomide and dexamethasone", "cancers": ["multiple-myeloma"],
    "setting": "Myeloma", "created": "2026-11-22", "updated": "2026-11-22",
    "summary": _s("Two drugs taken by mouth.", "1.1"),
    "goals": [_s("To control the myeloma.", "1.1")],
    "schedules": [{"id": "standard", "name": "Days 1-21 of 28", "phases": [{
        "cycle_length_days": 28,
        "components": [{"drug": "lenalidomide", "dose": 25, "unit": "mg", "route": "oral", "days": "1-21",
                        "cite": [f"{LABEL} § 2.1"]}],
    }]}],
}


def write_kb(root: Path, **changes: Any) -> Path:
    """Write the fixture into root; `changes` replace whole documents by name (drug=..., regimen=...)."""
    docs = {"sources": SOURCES, "glossary": GLOSSARY, "cancer": CANCER, "drug": DRUG, "regimen": REGIMEN}
    docs = {k: copy.deepcopy(v) for k, v in docs.items()} | changes
    paths = {
        "sources": root / "sources.yaml", "glossary": root / "glossary.yaml",
        "cancer": root / "cancers" / "multiple-myeloma.yaml", "drug": root / "drugs" / "lenalidomide.yaml",
        "regimen": root / "regimens" / "rd.yaml",
    }
    for name, body in docs.items():
        paths[name].parent.mkdir(parents=True, exist_ok=True)
        text = body if isinstance(body, str) else yaml.safe_dump(body, sort_keys=False, allow_unicode=True)
        paths[name].write_text(text, encoding="utf-8")
    # The shipped symptom rules and the sources they cite: every content folder needs them.
    (root / "sources").mkdir(exist_ok=True)
    shutil.copy(REPO_CONTENT / "triage.yaml", root / "triage.yaml")
    shutil.copy(REPO_CONTENT / "sources" / "tracker.yaml", root / "sources" / "tracker.yaml")
    return root


def fixture_docs() -> dict[str, Any]:
    return copy.deepcopy({"drug": DRUG, "regimen": REGIMEN, "cancer": CANCER})
