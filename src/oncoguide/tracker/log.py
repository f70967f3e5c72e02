"""The dose and visit log over the schedule: what each event's status is now, its history, and adherence.

The store keeps every entry (append-only). An event's status is its latest entry; an "undo" entry takes
back the entry before it, so undoing twice goes back two steps and nothing logged is ever erased.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from ..errors import InputError
from ..model import Event, EventKind, LogStatus

UNDO = "undo"
DOSE = (LogStatus.taken, LogStatus.skipped, LogStatus.missed, LogStatus.vomited)
VISIT = (LogStatus.attended, LogStatus.moved)
VISITS = (EventKind.infusion, EventKind.test, EventKind.biopsy, EventKind.imaging)
TIMED = (LogStatus.taken, LogStatus.vomited)  # statuses that record when it happened


@dataclass(frozen=True)
class Logged:
    """One entry of the log, as the pages show it."""

    status: str
    at: dt.datetime | None = None
    note: str | None = None
    logged_at: dt.datetime | None = None


@dataclass(frozen=True)
class HistoryRow:
    event: Event
    entry: Logged
    current: bool


@dataclass(frozen=True)
class SymptomCheck:
    """One symptom check from the diary, at the person's local time."""

    at: dt.datetime
    symptom: str
    level: str
    answers: tuple[tuple[str, str], ...] = ()  # (question name, answer) as given
    grade: str | None = None  # CTCAE v5.0 grade the answers meant, where the rule gives one
    started: dt.datetime | None = None  # when the symptom began, local time, if the person said

    @property
    def grade_text(self) -> str:
        """'CTCAE grade 2' (or '1-2'), or '' when the check has no grade."""
        return f"CTCAE grade {self.grade}" if self.grade else ""

    @property
    def detail(self) -> str:
        """When it started and its grade, as far as known: 'started 2026-01-03 18:00; CTCAE grade 3'."""
        started = f"started {self.started:%Y-%m-%d %H:%M}" if self.started else ""
        return "; ".join(part for part in (started, self.grade_text) if part)


@dataclass(frozen=True)
class CycleAdherence:
    cycle: int
    due: int
    taken: int
    missed: int
    skipped: int
    vomited: int
    unlogged: int

    @property
    def share(self) -> float | None:
        return self.taken / self.due if self.due else None


def statuses_for(kind: EventKind) -> tuple[LogStatus, ...]:
    """What can be logged for an event: doses by mouth are taken/skipped/missed/vomited, visits attended/moved."""
    if kind == EventKind.dose:
        return DOSE
    return VISIT if kind in VISITS else ()


def check_status(status: str, kind: EventKind | None = None) -> LogStatus:
    """The status, if it exists and (given a kind) fits that kind of event; otherwise one clear message."""
    try:
        value = LogStatus(status)
    except ValueError:
        raise InputError(f"Status must be one of {', '.join(s.value for s in LogStatus)}, not {status!r}.") from None
    if kind is not None and value not in statuses_for(kind):
        allowed = " or ".join(s.value for s in statuses_for(kind)) or "nothing"
        raise InputError(f"A {kind.value} can be logged as {allowed}, not {value.value}.")
    return value


def _entry(row: dict[str, Any]) -> Logged:
    return Logged(status=row["status"], at=dt.datetime.fromisoformat(row["taken_at"]) if row.get("taken_at") else None,
                  note=row.get("note"), logged_at=dt.datetime.fromisoformat(row["logged_at"]) if row.get("logged_at") else None)


def current(log: list[dict[str, Any]]) -> dict[str, tuple[Event, Logged]]:
    """Each logged event's standing entry (with the event as it was when logged), by UID."""
    return {row["event"]["uid"]: (Event.model_validate(row["event"]), _entry(row)) for row in _standing_rows(log)}


def history(log: list[dict[str, Any]]) -> list[HistoryRow]:
    """Every entry, newest first, marking the one that stands now for each event."""
    standing = {id(row) for row in _standing_rows(log)}
    return [HistoryRow(Event.model_validate(row["event"]), _entry(row), id(row) in standing)
            for row in reversed(log)]


def _standing_rows(log: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replay the log: an entry stacks on its event, an undo takes the top one off; the tops stand."""
    stacks: dict[str, list[dict[str, Any]]] = {}
    for row in log:
        stack = stacks.setdefault(row["event"]["uid"], [])
        if row["status"] != UNDO:
            stack.append(row)
        elif stack:
            stack.pop()
    return [s[-1] for s in stacks.values() if s]


def with_log(events: list[Event], log: list[dict[str, Any]]) -> list[tuple[Event, Logged | None]]:
    """Pair each event with its standing entry; a logged event is shown as it was when logged."""
    logged = current(log)
    out: list[tuple[Event, Logged | None]] = []
    for event in events:
        pair = logged.pop(event.uid, None)
        out.append(pair if pair else (event, None))
    # Logged events the current plan no longer has (e.g. after a hold) still belong to the record.
    out += logged.values()
    return sorted(out, key=lambda pair: (pair[0].date, pair[0].time or dt.time(0), pair[0].uid))


def adherence(events: list[Event], log: list[dict[str, Any]], today: dt.date) -> list[CycleAdherence]:
    """Per cycle: oral doses due up to today, and how many were logged taken, missed, skipped or vomited."""
    return adherence_of(with_log(events, log), today)


def adherence_of(pairs: list[tuple[Event, Logged | None]], today: dt.date) -> list[CycleAdherence]:
    """Adherence from events already paired with their entries (see `with_log`)."""
    rows: dict[int, dict[str, int]] = {}
    for event, entry in pairs:
        if event.kind != EventKind.dose or event.date > today or event.cycle is None:
            continue
        row = rows.setdefault(event.cycle, {"due": 0, "taken": 0, "missed": 0, "skipped": 0, "vomited": 0,
                                            "unlogged": 0})
        row["due"] += 1
        row[entry.status if entry else "unlogged"] += 1
    return [CycleAdherence(cycle, **row) for cycle, row in sorted(rows.items())]


def symptom_checks(timezone: str, rows: list[dict[str, Any]]) -> list[SymptomCheck]:
    """The diary's symptom checks (stored in UTC) at the plan's local time, oldest first."""
    zone = ZoneInfo(timezone)

    def local(stamp: str) -> dt.datetime:
        return dt.datetime.fromisoformat(stamp).replace(tzinfo=dt.UTC).astimezone(zone).replace(tzinfo=None)

    return [SymptomCheck(at=local(r["at"]), symptom=r["symptom"].replace("_", " "), level=r["level"].replace("_", " "),
                         answers=tuple((k.replace("_", " "), str(v)) for k, v in (r.get("answers") or {}).items()),
                         grade=r.get("grade"), started=local(r["started"]) if r.get("started") else None)
            for r in rows]
