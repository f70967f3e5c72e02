"""Regimens added for questions people ask by name: each has the schedule its sources give and is found by its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from oncoguide.content import load
from oncoguide.search.synonyms import regimen_aliases

CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return load(CONTENT)


def test_r_cvp_gives_rituximab_and_cvp_on_day_1_and_prednisone_for_5_days_every_21_days(kb) -> None:  # noqa: ANN001
    regimen = kb.regimens["r-cvp-follicular"]
    assert "R-CVP" in regimen_aliases(regimen)
    phase = regimen.default_schedule.phases[0]
    assert (phase.cycle_length_days, phase.cycles) == (21, 8)
    doses = {c.drug: (c.dose, c.unit.value, c.days) for c in phase.components}
    assert doses == {
        "rituximab": (375, "mg/m²", [1]),
        "cyclophosphamide": (750, "mg/m²", [1]),
        "vincristine": (1.4, "mg/m²", [1]),
        "prednisone": (100, "mg", [1, 2, 3, 4, 5]),
    }
    assert regimen.cancers == ["follicular-lymphoma"]
