"""What to do about a late oral dose, from the drug's label rule (`Drug.missed_dose`)."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import BaseModel, ConfigDict

from ..errors import InputError
from ..model import Citation, Drug

NEVER_DOUBLE = "Never take two doses at once."


class Action(str, Enum):
    take_now = "take_now"
    skip = "skip"
    ask = "ask"


class MissedAdvice(BaseModel):
    model_config = ConfigDict(frozen=True)

    drug: str
    action: Action
    hours_late: float
    message: str
    rule: str | None = None  # the drug page's own cited wording
    cite: list[Citation] = []


def hours_late(usual: dt.time, now: dt.datetime | dt.time) -> float:
    """Hours since the usual dose time last passed (before today's time, that is yesterday's dose)."""
    clock = now.time() if isinstance(now, dt.datetime) else now
    minutes = (clock.hour * 60 + clock.minute) - (usual.hour * 60 + usual.minute)
    return (minutes % (24 * 60)) / 60


def advise(drug: Drug, usual: dt.time, now: dt.datetime | dt.time) -> MissedAdvice:
    """Take now or skip, by the label's time window; with no rule, send the person to their care team."""
    late = hours_late(usual, now)
    name = drug.generic_name
    rule = drug.missed_dose
    if rule is None or rule.take_within_hours is None:
        return MissedAdvice(drug=drug.slug, action=Action.ask, hours_late=late,
                            message=f"We have no cited missed-dose rule for {name}. Ask your care team or "
                                    f"pharmacist what to do. {NEVER_DOUBLE}",
                            rule=rule.text if rule else None, cite=rule.cite if rule else [])
    window = rule.take_within_hours
    if late <= window:
        message = (f"You are {_hours(late)} late, within {window:g} hours of your usual time: take your {name} "
                   f"dose now, then the next one at the usual time. {NEVER_DOUBLE}")
        action = Action.take_now
    else:
        message = (f"You are {_hours(late)} late, more than {window:g} hours: skip this {name} dose and take the "
                   f"next one at the usual time. {NEVER_DOUBLE}")
        action = Action.skip
    return MissedAdvice(drug=drug.slug, action=action, hours_late=late, message=message, rule=rule.text,
                        cite=rule.cite)


def parse_clock(text: str) -> dt.time:
    """Read `9:00`, `20:30` or `8:30pm`; raise InputError otherwise."""
    raw = text.strip().lower().replace(" ", "")
    for fmt in ("%H:%M", "%I:%M%p", "%I%p"):
        try:
            return dt.datetime.strptime(raw, fmt).time()
        except ValueError:
            continue
    raise InputError(f"time {text!r} is not a clock time such as 09:00, 20:30 or 8:30pm")


def _hours(h: float) -> str:
    whole, minutes = int(h), round((h - int(h)) * 60)
    if whole and minutes:
        return f"{whole} h {minutes} min"
    return f"{whole} h" if whole else f"{minutes} min"
