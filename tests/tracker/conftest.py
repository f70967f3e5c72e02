from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from oncoguide.model import Drug, Regimen

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_regimens() -> dict[str, Regimen]:
    data = yaml.safe_load((FIXTURES / "regimens.yaml").read_text())
    return {r["slug"]: Regimen.model_validate(r) for r in data}


@pytest.fixture(scope="session")
def regimens() -> dict[str, Regimen]:
    return fixture_regimens()


@pytest.fixture(scope="session")
def mds(regimens: dict[str, Regimen]) -> Regimen:
    return regimens["lenalidomide-del5q-mds"]


def _drug(slug: str, missed: dict | None, side_effects: list[dict]) -> Drug:
    cite = ["revlimid-label"]
    return Drug.model_validate({
        "slug": slug, "generic_name": slug, "category": "immunomodulatory drug", "created": "2026-01-01",
        "updated": "2026-01-01", "classes": [{"name": "x", "system": "y", "cite": cite}],
        "chemotherapy": {"traditional": False, "text": "Fixture.", "cite": cite},
        "summary": {"text": "Fixture.", "cite": cite}, "mechanism": [{"text": "Fixture.", "cite": cite}],
        "uses": [{"cancer": "multiple-myeloma", "text": "Fixture.", "cite": cite}],
        "serious_side_effects": side_effects, "missed_dose": missed,
    })


@pytest.fixture(scope="session")
def lenalidomide() -> Drug:
    # The 12-hour window is the REVLIMID label's (section 2); the text is a fixture, not content.
    return _drug("lenalidomide", {"take_within_hours": 12, "text": "Fixture rule.", "cite": ["revlimid-label § 2.8"]},
                 [{"term": "neutropenia", "plain": "low white blood cells", "cite": ["revlimid-label § 5.3"]}])


@pytest.fixture(scope="session")
def dexamethasone() -> Drug:
    return _drug("dexamethasone", None, [])
