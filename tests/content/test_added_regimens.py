"""Regimens added for questions people ask by name: each has the schedule its sources give and is found by its name."""

from __future__ import annotations

import pytest
from shippedkb import shipped_kb

from oncoguide.search.synonyms import regimen_aliases


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


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


def test_d_vrd_induction_follows_griffin_21_day_cycles(kb) -> None:  # noqa: ANN001
    phase = kb.regimens["dara-vrd-myeloma"].default_schedule.phases[0]
    assert (phase.cycle_length_days, phase.cycles) == (21, 4)
    days = {c.drug: c.days for c in phase.components}
    assert days == {"daratumumab": [1, 8, 15], "bortezomib": [1, 4, 8, 11], "lenalidomide": list(range(1, 15)),
                    "dexamethasone": [1, 8, 15]}


@pytest.mark.parametrize(("name", "slug"), [("D-VRd", "dara-vrd-myeloma"), ("Dara-VRd", "dara-vrd-myeloma"),
                                            ("DVRd", "dara-vrd-myeloma"), ("D-RVd", "dara-vrd-myeloma"),
                                            ("VRd", "vrd-myeloma"), ("RVd", "vrd-myeloma")])
def test_each_name_people_use_finds_its_own_regimen(kb, name: str, slug: str) -> None:  # noqa: ANN001
    # "VRd" inside "D-VRd" must not take the plain VRd page's questions, nor VRd take D-VRd's
    from oncoguide.answer.understand import understand

    assert understand(kb, f"What is {name}?").regimens == [slug]


def test_gem_carbo_gives_gemcitabine_days_1_and_8_and_carboplatin_auc_4_on_day_1(kb) -> None:  # noqa: ANN001
    from oncoguide.answer.understand import understand

    regimen = kb.regimens["gemcitabine-carboplatin-ovarian"]
    phase = regimen.default_schedule.phases[0]
    doses = {c.drug: (c.dose, c.unit.value, c.days) for c in phase.components}
    assert phase.cycle_length_days == 21
    assert doses == {"gemcitabine": (1000, "mg/m²", [1, 8]), "carboplatin": (4, "AUC", [1])}
    assert understand(kb, "What is gem carbo?").regimens == [regimen.slug]


def test_capecitabine_docetaxel_gives_capecitabine_twice_a_day_days_1_to_14_and_docetaxel_day_1(kb) -> None:  # noqa: ANN001
    phase = kb.regimens["capecitabine-docetaxel-breast"].default_schedule.phases[0]
    doses = {c.drug: (c.dose, c.days, c.times_per_day) for c in phase.components}
    assert phase.cycle_length_days == 21
    assert doses == {"capecitabine": (1250, list(range(1, 15)), 2), "docetaxel": (75, [1], 1)}
