"""The missed-dose advisor follows the drug's cited rule: lenalidomide, 12 hours."""

import datetime as dt

import pytest

from oncoguide.tracker.missed import NEVER_DOUBLE, Action, advise


@pytest.mark.parametrize(("now", "action", "late"), [
    (dt.datetime(2026, 5, 1, 20, 30), Action.take_now, 11.5),   # 9:00 usual, 20:30 now
    (dt.datetime(2026, 5, 1, 21, 0), Action.take_now, 12.0),
    (dt.datetime(2026, 5, 1, 21, 30), Action.skip, 12.5),
    (dt.datetime(2026, 5, 2, 7, 0), Action.skip, 22.0),         # the next morning, before the usual time
])
def test_lenalidomide_twelve_hour_rule(kb, now, action, late) -> None:  # noqa: ANN001
    advice = advise(kb.drugs["lenalidomide"], dt.time(9, 0), now)
    assert advice.action == action and advice.hours_late == pytest.approx(late)
    assert NEVER_DOUBLE in advice.lines()
    assert advice.cite and advice.cite[0].source == "revlimid-label"


def test_drug_without_rule_says_ask(kb) -> None:  # noqa: ANN001
    advice = advise(kb.drugs["rituximab"], dt.time(9, 0), dt.datetime(2026, 5, 1, 10, 0))
    assert advice.action == Action.ask and "Call your care team or pharmacist" in advice.message
