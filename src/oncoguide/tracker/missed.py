"""Missed-dose advice from the drug's own cited rule; never an instruction of our own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from ..model import Citation, Drug

NEVER_DOUBLE = "Never take two doses at the same time to make up for a missed one."


class Action(str, Enum):
    take_now = "take now"
    skip = "skip"
    not_due = "not due yet"
    ask = "ask your care team"


@dataclass(frozen=True)
class Advice:
    action: Action
    hours_late: float
    message: str
    rule: str | None = None
    cite: list[Citation] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [self.message, *([f"The label's rule: {self.rule}"] if self.rule else []), NEVER_DOUBLE]


def advise(drug: Drug, usual: dt.time, now: dt.datetime) -> Advice:
    """What the label says to do when today's dose, usually at `usual`, has not been taken by `now`."""
    due = dt.datetime.combine(now.date(), usual, tzinfo=now.tzinfo)
    if now < due:
        # Before today's time: the late dose, if any, is yesterday's.
        due -= dt.timedelta(days=1)
    late = (now - due).total_seconds() / 3600
    rule = drug.missed_dose
    if rule is None or rule.take_within_hours is None:
        return Advice(Action.ask, late, f"The {drug.generic_name} label gives no hour limit for a missed dose. "
                      "Call your care team or pharmacist and ask what to do.",
                      rule.text if rule else None, list(rule.cite) if rule else [])
    if late <= rule.take_within_hours:
        message = (f"Your dose is {late:.1f} hours late. That is within {rule.take_within_hours:g} hours, "
                   f"so the label says to take it now.")
        action = Action.take_now
    else:
        message = (f"Your dose is {late:.1f} hours late. That is more than {rule.take_within_hours:g} hours, "
                   f"so the label says to skip it and take the next dose at the usual time.")
        action = Action.skip
    return Advice(action, late, message, rule.text, list(rule.cite))
