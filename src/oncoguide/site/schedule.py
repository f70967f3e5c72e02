"""Turn a regimen's schedules and monitoring plan into things a reader can scan: cycle strips, timelines, words."""

from __future__ import annotations

from ..model import Component, MonitoringItem, Phase


def days_text(days: list[int]) -> str:
    """`1-21` -> `days 1 to 21`; `1, 8, 15` -> `days 1, 8 and 15`."""
    runs: list[str] = []
    start = prev = days[0]
    for d in [*days[1:], None]:
        if d is not None and d == prev + 1:
            prev = d
            continue
        runs.append(f"{start} to {prev}" if prev > start + 1 else (f"{start}, {prev}" if prev > start else str(start)))
        if d is not None:
            start = prev = d
    joined = ", ".join(runs[:-1]) + (" and " if len(runs) > 1 else "") + runs[-1]
    return ("day " if len(days) == 1 else "days ") + joined


def cycles_text(phase: Phase) -> str:
    if phase.cycles:
        return f"{phase.cycles} cycle{'s' if phase.cycles > 1 else ''} of {phase.cycle_length_days} days"
    return f"{phase.cycle_length_days}-day cycles, repeated as long as it helps and side effects are manageable"


def strip(phase: Phase, names: dict[str, str]) -> list[tuple[int, list[str]]]:
    """(day, drug names given that day) for every day of one cycle."""
    return [(day, [names.get(c.drug, c.drug) for c in phase.components if day in c.days])
            for day in range(1, phase.cycle_length_days + 1)]


def _every(days: int) -> str:
    if days % 7 == 0:
        weeks = days // 7
        return "every week" if weeks == 1 else f"every {weeks} weeks"
    return "every day" if days == 1 else f"every {days} days"


def monitoring_text(item: MonitoringItem) -> str:
    """The monitoring schedule in words, e.g. `before you start, then every week for 8 weeks, then every 4 weeks`."""
    steps = ["before you start"] if item.baseline else []
    for i, iv in enumerate(item.intervals):
        span = f" for {iv.for_weeks} weeks" if iv.for_weeks else (" after that" if i else "")
        steps.append(_every(iv.every_days) + span)
    if item.at_weeks:
        steps.append("at week " + ", ".join(map(str, item.at_weeks)))
        if item.then_every_weeks:
            steps.append(f"every {item.then_every_weeks} weeks after that")
    if item.when:
        steps.append(item.when)
    return ", then ".join(steps) if steps else "as your care team decides"


def monitoring_weeks(item: MonitoringItem, horizon: int) -> list[int]:
    """Weeks (1 = the first week of treatment, 0 = before it) in which the test falls, up to `horizon`."""
    weeks: set[int] = {0} if item.baseline else set()
    last: int | None = None  # day of the last test, counted from the first day of treatment (day 0)
    for iv in item.intervals:
        # Each run starts one of its own intervals after the last test of the run before it.
        day = 0 if last is None else last + iv.every_days
        end = day + iv.for_weeks * 7 if iv.for_weeks else horizon * 7
        while day < min(end, horizon * 7):
            weeks.add(day // 7 + 1)
            last = day
            day += iv.every_days
    last = 0
    for week in item.at_weeks:
        if week <= horizon:
            weeks.add(week)
        last = week
    if item.then_every_weeks and item.at_weeks:
        week = last + item.then_every_weeks
        while week <= horizon:
            weeks.add(week)
            week += item.then_every_weeks
    return sorted(w for w in weeks if w <= horizon)


def component_days(component: Component) -> str:
    return days_text(component.days)
