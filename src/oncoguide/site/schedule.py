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
