"""Plan pages answer what people ask about a plan's day: what comes before the drip, and living with a home pump."""

from __future__ import annotations

import pytest
from shippedkb import shipped_kb

from oncoguide.model.regimen import Regimen, Route


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


def _given_by(regimen: Regimen, drug: str, route: Route, words: str = "") -> bool:
    return any(c.drug == drug and c.route == route and words in (c.given or "")
               for s in regimen.schedules for p in s.phases for c in p.components)


def _tips(regimen: Regimen) -> str:
    return " ".join(f"{t.label}: {t.text}" for t in regimen.tips)


def test_every_plan_with_a_daratumumab_drip_names_the_medicines_given_before_it(kb) -> None:  # noqa: ANN001
    # DARZALEX 2.3: a steroid, acetaminophen and an antihistamine 1 to 3 hours before each infusion.
    plans = [r for r in kb.regimens.values() if _given_by(r, "daratumumab", Route.iv)]
    assert len(plans) >= 4
    for plan in plans:
        tips = _tips(plan)
        assert "1 to 3 hours before" in tips and "acetaminophen" in tips and "steroid" in tips, plan.slug


def _sends_home_with_a_pump(regimen: Regimen) -> bool:
    # the page itself (not its tips) says the 5-FU drip goes on at home or by pump for a day or two
    said = " ".join([regimen.summary.text, *(s.text for s in regimen.dispensing),
                     *(c.given or "" for s in regimen.schedules for p in s.phases for c in p.components)])
    return any(w in said for w in ("pump", "46 hours"))


def test_every_plan_that_sends_5fu_home_by_pump_says_how_to_shower_with_it(kb) -> None:  # noqa: ANN001
    plans = [r for r in kb.regimens.values()
             if any(c.drug == "fluorouracil" and c.continuous for s in r.schedules for p in s.phases
                    for c in p.components) and _sends_home_with_a_pump(r)]
    assert {"folfox-colorectal", "folfirinox-pancreatic", "cetuximab-colorectal"} <= {r.slug for r in plans}
    for plan in plans:
        assert "shower" in _tips(plan) and "plastic bag" in _tips(plan), plan.slug
