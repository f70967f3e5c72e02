"""A small knowledge base for the tracker: seed 002's del(5q) MDS plan and a regimen with IV and phases."""

from oncoguide.model import Drug, Regimen

CITE = ["revlimid-label § 2.2"]
S = {"text": "x", "cite": CITE}


def drug(slug: str, **extra) -> Drug:  # noqa: ANN003
    return Drug.model_validate({
        "slug": slug, "generic_name": slug, "category": "targeted therapy", "created": "2026-11-22",
        "updated": "2026-11-22", "classes": [{"name": "c", "system": "s", "cite": CITE}],
        "chemotherapy": {"traditional": False, **S}, "summary": S, "mechanism": [S],
        "uses": [{"cancer": "mds", **S}], **extra,
    })


MDS = Regimen.model_validate({
    "slug": "len-mds", "name": "Lenalidomide for del(5q) MDS", "cancers": ["mds"], "setting": "MDS",
    "created": "2026-11-22", "updated": "2026-11-22", "summary": S, "goals": [S],
    "schedules": [
        {"id": "21-of-28", "name": "21 of 28 days", "default": True, "phases": [{"cycle_length_days": 28, "components": [
            {"drug": "lenalidomide", "dose": 10, "unit": "mg", "route": "oral", "days": "1-21", "cite": CITE}]}]},
        {"id": "continuous", "name": "Every day", "phases": [{"cycle_length_days": 28, "components": [
            {"drug": "lenalidomide", "dose": 10, "unit": "mg", "route": "oral", "days": "1-28", "cite": CITE}]}]},
    ],
    "monitoring": {"items": [
        {"test": "cbc", "name": "Complete blood count", "kind": "lab", "text": "x", "cite": CITE,
         "intervals": [{"every_days": 7, "for_weeks": 8}, {"every_days": 14, "for_weeks": 8}, {"every_days": 28}]},
        {"test": "bone-marrow-biopsy", "name": "Bone marrow biopsy", "kind": "biopsy", "text": "x", "cite": CITE,
         "at_weeks": [12, 24], "then_every_weeks": 24},
        {"test": "ct", "name": "CT scan", "kind": "imaging", "baseline": False, "when": "if infection is suspected",
         "text": "x", "cite": CITE},
    ]},
})

PHASED = Regimen.model_validate({
    "slug": "r2", "name": "Lenalidomide and rituximab", "cancers": ["mds"], "setting": "lymphoma",
    "created": "2026-11-22", "updated": "2026-11-22", "summary": S, "goals": [S],
    "schedules": [{"id": "standard", "name": "Standard", "phases": [
        {"name": "Cycle 1", "cycle_length_days": 28, "cycles": 1, "components": [
            {"drug": "lenalidomide", "dose": 20, "unit": "mg", "route": "oral", "days": "1-21", "cite": CITE},
            {"drug": "rituximab", "dose": 375, "unit": "mg/m²", "route": "IV", "days": "1, 8, 15, 22",
             "given": "IV infusion", "cite": CITE}]},
        {"name": "Cycles 2-5", "cycle_length_days": 28, "cycles": 4, "components": [
            {"drug": "lenalidomide", "dose": 20, "unit": "mg", "route": "oral", "days": "1-21", "cite": CITE},
            {"drug": "rituximab", "dose": 375, "unit": "mg/m²", "route": "IV", "days": "1", "cite": CITE}]},
        {"name": "Cycles 6-12", "cycle_length_days": 28, "cycles": 7, "components": [
            {"drug": "lenalidomide", "dose": 20, "unit": "mg", "route": "oral", "days": "1-21", "times_per_day": 1,
             "cite": CITE}]},
    ]}],
})

