"""Turn a regimen's schedules and monitoring plan into things a reader can scan: cycle strips, timelines, words."""

from __future__ import annotations

from ..model import Component, MonitoringItem, Phase
from ..model.regimen import days_text


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
    if item.when:  # "..., then after the second month, ...": a clause in the middle of the sentence
        steps.append(item.when[:1].lower() + item.when[1:] if steps else item.when)
    return ", then ".join(steps) if steps else "as your care team decides"


def monitoring_days(item: MonitoringItem, last: int) -> list[int]:
    """Days after the start (day 0) on which the test is due, up to `last`: the model's one rule, which the
    tracker calendar uses too, so the page timeline and the reader's calendar agree."""
    return item.due_days(last)


def monitoring_weeks(item: MonitoringItem, horizon: int) -> list[int]:
    """Weeks after the start with the test, up to `horizon`: 0 is the start (the baseline test), week n holds
    days 7n to 7n+6, so `at week 12` (day 84) is week 12."""
    return sorted({day // 7 for day in monitoring_days(item, horizon * 7 + 6)})


def component_days(component: Component) -> str:
    return days_text(component.days)
