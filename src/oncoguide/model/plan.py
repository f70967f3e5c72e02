"""A person's treatment plan (a regimen, a start date, the care team's changes) and the dated events it makes."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from enum import Enum
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from .base import Slug
from .regimen import Regimen

# A dose more than this many times the regimen's dose is almost surely a typo (mg vs mcg, an extra zero).
MAX_DOSE_FACTOR = 10
DEFAULT_HORIZON_MONTHS = 12

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(value: Any, what: str = "date") -> dt.date:
    """Read a YYYY-MM-DD date; refuse impossible dates and formats like 03/04/2026 that read two ways."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not _ISO_DATE.match(text):
        raise ValueError(f"{what} {text!r} is not written as YYYY-MM-DD (e.g. 2026-03-04); "
                         "dates like 03/04/2026 can mean March 4 or April 3")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{what} {text!r} does not exist on the calendar") from None


PlanDate = Annotated[dt.date, BeforeValidator(parse_date)]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Delay(_Frozen):
    """Cycle `cycle` and every later cycle start `days` later; earlier events stay where they were."""

    kind: Literal["delay"] = "delay"
    cycle: int = Field(ge=1)
    days: int = Field(ge=1, le=365)
    note: str | None = None


class Hold(_Frozen):
    """No doses of `drug` from `start` to `end`, both included."""

    kind: Literal["hold"] = "hold"
    drug: Slug
    start: PlanDate
    end: PlanDate
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "Hold":
        if self.end < self.start:
            raise ValueError(f"hold of {self.drug} ends ({self.end}) before it starts ({self.start})")
        return self


class DoseChange(_Frozen):
    """From `start` on, `drug` is given at `dose` (in the regimen's unit)."""

    kind: Literal["dose"] = "dose"
    drug: Slug
    start: PlanDate
    dose: float = Field(gt=0)
    note: str | None = None


class Stop(_Frozen):
    """Treatment stops on `on`: no event from that day on."""

    kind: Literal["stop"] = "stop"
    on: PlanDate
    note: str | None = None


Change = Annotated[Delay | Hold | DoseChange | Stop, Field(discriminator="kind")]


class TreatmentPlan(_Frozen):
    """What the care team prescribed: a regimen schedule from a start date, with their later changes."""

    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12], pattern=r"^[A-Za-z0-9_-]{1,40}$",
                    description="Stable id; event uids derive from it so calendars update instead of duplicating.")
    regimen: Slug
    variant: Slug | None = Field(None, description="Schedule id; empty means the regimen's default schedule.")
    start: dt.date
    doses: dict[str, float] = Field({}, description="Prescribed dose per drug slug; missing means the regimen's dose.")
    dose_time: dt.time = Field(dt.time(9, 0), description="Usual time of day for oral doses.")
    tz: str = Field("UTC", description="IANA time zone, e.g. `Europe/Paris`.")
    horizon_cycles: int | None = Field(None, ge=1, le=500)
    horizon_months: int | None = Field(None, ge=1, le=120, description="For open-ended last phases.")
    changes: list[Change] = []

    @field_validator("start", mode="before")
    @classmethod
    def _start(cls, value: Any) -> dt.date:
        return parse_date(value, "start date")

    @field_validator("dose_time", mode="before")
    @classmethod
    def _time(cls, value: Any) -> Any:
        if isinstance(value, str) and not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?", value.strip()):
            raise ValueError(f"time {value!r} is not a 24-hour HH:MM time, e.g. 09:00 or 21:30")
        return value

    @field_validator("tz")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"time zone {value!r} is not an IANA zone name such as Europe/Paris") from None
        return value

    @model_validator(mode="after")
    def _holds_apart(self) -> "TreatmentPlan":
        holds = sorted((c for c in self.changes if isinstance(c, Hold)), key=lambda h: (h.drug, h.start))
        for a, b in zip(holds, holds[1:]):
            if a.drug == b.drug and b.start <= a.end:
                raise ValueError(f"holds of {a.drug} overlap: {a.start}–{a.end} and {b.start}–{b.end}")
        if sum(isinstance(c, Stop) for c in self.changes) > 1:
            raise ValueError("treatment is stopped twice; keep one stop date")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    @property
    def stop_date(self) -> dt.date | None:
        return next((c.on for c in self.changes if isinstance(c, Stop)), None)

    def with_change(self, change: Delay | Hold | DoseChange | Stop) -> "TreatmentPlan":
        """A new plan with one more care-team change (validated again)."""
        return TreatmentPlan.model_validate({**self.model_dump(), "changes": [*self.model_dump()["changes"], change.model_dump()]})

    def problems_with(self, regimen: Regimen) -> list[str]:
        """What does not fit the regimen: unknown variant or drug, absurd doses. Empty means fine."""
        problems: list[str] = []
        if regimen.slug != self.regimen:
            problems.append(f"plan is for regimen {self.regimen!r}, not {regimen.slug!r}")
        ids = [s.id for s in regimen.schedules]
        if self.variant is not None and self.variant not in ids:
            return [*problems, f"regimen {regimen.slug} has no schedule {self.variant!r} (it has: {', '.join(ids)})"]
        schedule = regimen.schedule(self.variant)
        base = {c.drug: c for p in schedule.phases for c in p.components}
        doses = [(d, v) for d, v in self.doses.items()] + [(c.drug, c.dose) for c in self.changes if isinstance(c, DoseChange)]
        for drug, dose in doses:
            if drug not in base:
                problems.append(f"{drug!r} is not part of {regimen.slug} (drugs: {', '.join(base)})")
            elif dose <= 0:
                problems.append(f"dose of {drug} must be more than 0, got {dose:g}")
            elif dose > MAX_DOSE_FACTOR * base[drug].dose:
                problems.append(f"dose of {drug} {dose:g} {base[drug].unit.value} is more than {MAX_DOSE_FACTOR} times "
                                f"the regimen dose ({base[drug].dose_text}); check the number and the unit")
        for c in self.changes:
            if isinstance(c, Hold) and c.drug not in base:
                problems.append(f"hold names {c.drug!r}, which is not part of {regimen.slug}")
        return problems


class EventKind(str, Enum):
    cycle_start = "cycle_start"
    dose = "dose"
    rest = "rest"
    infusion = "infusion"
    test = "test"
    biopsy = "biopsy"
    imaging = "imaging"


class Event(_Frozen):
    """One dated thing on the calendar. `uid` stays the same when a change moves the event."""

    date: dt.date
    time: dt.time | None = None
    kind: EventKind
    title: str
    drug: str | None = None
    dose_text: str | None = None
    cycle: int | None = None
    day: int | None = Field(None, description="Day of the cycle, from 1.")
    test: str | None = None
    uid: str

    @property
    def sort_key(self) -> tuple[dt.date, dt.time, str]:
        return (self.date, self.time or dt.time(0), self.uid)
