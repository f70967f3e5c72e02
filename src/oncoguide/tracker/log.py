"""Dose log over the schedule: logged events keep what they were, and adherence per cycle."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..model import Event, EventKind

STATUSES = ("taken", "missed", "skipped")


@dataclass(frozen=True)
class CycleAdherence:
    cycle: int
    due: int
    taken: int
    missed: int
    skipped: int
    unlogged: int

    @property
    def share(self) -> float | None:
        return self.taken / self.due if self.due else None


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise InputError(f"Dose status must be one of {', '.join(STATUSES)}, not {status!r}.")
    return status


def with_log(events: list[Event], log: list[dict[str, Any]]) -> list[tuple[Event, str | None]]:
    """Pair each event with its logged status; a logged event is shown as it was when logged."""
    logged = {entry["event"]["uid"]: entry for entry in log}
    out = []
    for event in events:
        entry = logged.pop(event.uid, None)
        if entry:
            out.append((Event.model_validate(entry["event"]), entry["status"]))
        else:
            out.append((event, None))
    # Logged events the current plan no longer has (e.g. after a hold) still belong to the record.
    out += [(Event.model_validate(e["event"]), e["status"]) for e in logged.values()]
    return sorted(out, key=lambda pair: (pair[0].date, pair[0].time or dt.time(0), pair[0].uid))


def adherence(events: list[Event], log: list[dict[str, Any]], today: dt.date) -> list[CycleAdherence]:
    """Per cycle: oral doses due up to today, and how many were logged taken, missed or skipped."""
    rows: dict[int, dict[str, int]] = {}
    for event, status in with_log(events, log):
        if event.kind != EventKind.dose or event.date > today or event.cycle is None:
            continue
        row = rows.setdefault(event.cycle, {"due": 0, "taken": 0, "missed": 0, "skipped": 0, "unlogged": 0})
        row["due"] += 1
        row[status or "unlogged"] += 1
    return [CycleAdherence(cycle, **row) for cycle, row in sorted(rows.items())]
