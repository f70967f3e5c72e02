from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from oncoguide.model import Regimen

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
