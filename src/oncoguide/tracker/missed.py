"""Missed-dose advice from the drug's own cited rule; never an instruction of our own.

The rule's source may be the US label, an EU leaflet or a hospital's patient sheet (its citation says which), so
the advice says "the rule", never "the label".
"""

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
    which_dose = "which dose?"
    ask = "ask your care team"


@dataclass(frozen=True)
class Advice:
    action: Action
    hours_late: float
    message: str
    rule: str | None = None
    cite: list[Citation] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [self.message, *([f"The missed-dose rule: {self.rule}"] if self.rule else []), NEVER_DOUBLE]


def duration(hours: float) -> str:
    """`3 hours 20 minutes`, `45 minutes`: what a person reads on a clock, not `3.3 hours`."""
    minutes = round(hours * 60)
    h, m = divmod(minutes, 60)
    parts = [f"{h} hour{'s' if h != 1 else ''}"] if h else []
    if m or not h:
        parts.append(f"{m} minute{'s' if m != 1 else ''}")
    return " ".join(parts)


def advise(drug: Drug, usual: dt.time, now: dt.datetime) -> Advice:
    """What the drug's missed-dose rule says to do when a dose usually taken at `usual` has not been taken by `now`."""
    due = dt.datetime.combine(now.date(), usual, tzinfo=now.tzinfo)
    rule = drug.missed_dose
    text, cite = (rule.text, list(rule.cite)) if rule else (None, [])
    if now < due:
        # Before today's time: the missed dose may be yesterday's, or the person may mean today's. Ask, and say both.
        late = (now - (due - dt.timedelta(days=1))).total_seconds() / 3600
        if_yesterday = _verdict(drug, late)
        return Advice(Action.which_dose, late,
                      f"Which dose did you miss? Today's dose is not due until {usual:%H:%M} "
                      f"(in {duration((due - now).total_seconds() / 3600)}): take it then as usual. "
                      f"If you missed yesterday's dose, it is {duration(late)} late. {if_yesterday[1]}",
                      text, cite)
    late = (now - due).total_seconds() / 3600
    action, message = _verdict(drug, late)
    return Advice(action, late, f"Your dose is {duration(late)} late. {message}", text, cite)


def _verdict(drug: Drug, late: float) -> tuple[Action, str]:
    rule = drug.missed_dose
    if rule is None:
        return Action.ask, (f"oncoguide does not have a missed-dose rule for {drug.generic_name} yet. "
                            "Call your care team or pharmacist and ask what to do.")
    if rule.take_within_hours is None:
        return Action.ask, ("The missed-dose rule is below. It gives no hour count that we can apply for you, "
                            "so call your care team or pharmacist if you are unsure.")
    limit = duration(rule.take_within_hours)
    if late <= rule.take_within_hours:
        return Action.take_now, f"That is within {limit}, so the rule says to take it now."
    return Action.skip, (f"That is more than {limit}, so the rule says to skip it and take the next dose "
                         "at the usual time.")
