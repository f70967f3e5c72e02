from __future__ import annotations

import datetime as dt

import pytest

from oncoguide.errors import InputError
from oncoguide.tracker.missed import NEVER_DOUBLE, Action, advise, parse_clock


@pytest.mark.parametrize("now, action", [
    ("20:30", Action.take_now),  # 11.5 h late: within the 12-hour window
    ("21:00", Action.take_now),  # exactly 12 h
    ("21:01", Action.skip),
    ("08:00", Action.skip),  # 23 h after yesterday's 9:00 dose
])
def test_lenalidomide_uses_the_12_hour_window(lenalidomide, now, action):
    advice = advise(lenalidomide, parse_clock("9:00"), parse_clock(now))
    assert advice.action == action
    assert NEVER_DOUBLE in advice.message
    assert advice.cite[0].source == "revlimid-label" and advice.rule


def test_a_drug_without_a_rule_sends_you_to_the_care_team(dexamethasone):
    advice = advise(dexamethasone, dt.time(9), dt.time(10))
    assert advice.action == Action.ask
    assert "care team or pharmacist" in advice.message and NEVER_DOUBLE in advice.message


def test_clock_times_are_read_in_both_styles():
    assert parse_clock("8:30pm") == dt.time(20, 30)
    with pytest.raises(InputError, match="clock time"):
        parse_clock("half past")
