"""How fast is a treatment calendar made? The schedule engine against a naive day-by-day baseline.

    .venv/bin/python benchmarks/tracker_schedule.py [--content DIR] [--months 24] [--repeat 5]

For every shipped regimen and schedule variant, both build the dose, rest and test events of a plan
covering `--months` months. The baseline walks every calendar day and asks, for every cycle and every
component and test, whether that day is an event: the obvious way to write it. Both must agree on the
dates before they are timed. Prints events per second for each and the ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from oncoguide.content import load  # noqa: E402
from oncoguide.model import Event, EventKind, KnowledgeBase, TreatmentPlan  # noqa: E402
from oncoguide.tracker import cycles, plan_events, resolve, schedule  # noqa: E402
from oncoguide.tracker.schedule import horizon_end  # noqa: E402


def naive(kb: KnowledgeBase, plan: TreatmentPlan) -> list[tuple[dt.date, str]]:
    """Day by day: for each day, scan every cycle, component and test rule, and build the same Event objects."""
    regimen, schedule = resolve(kb, plan)
    spans = cycles(plan, schedule)
    end = max([c.end for c in spans] + [horizon_end(plan)])
    tests = {item.test: set(item.due_days((spans[-1].end - plan.start).days)) for item in regimen.monitoring.items
             if item.intervals or item.at_weeks or item.baseline}
    out = []
    day = plan.start
    while day <= end:
        for span in spans:
            if span.start <= day <= span.end:
                number = (day - span.start).days + 1
                for comp in schedule.phases[span.phase].components:
                    if number in comp.days:
                        for _ in range(comp.times_per_day if comp.route.value == "oral" else 1):
                            out.append(Event.model_construct(uid=f"{comp.drug}-{span.number}-{number}", date=day,
                                                             kind=EventKind.dose, title=comp.drug, drug=comp.drug))
        for test, days in tests.items():
            if (day - plan.start).days in days:
                out.append(Event.model_construct(uid=test, date=day, kind=EventKind.test, title=test, test=test))
        day += dt.timedelta(days=1)
    return [(e.date, e.drug or e.test) for e in out]


def engine(kb: KnowledgeBase, plan: TreatmentPlan) -> list[tuple[dt.date, str]]:
    schedule._cached_events.cache_clear()  # time the computation, not the page cache
    return [(e.date, e.drug or e.test) for e in plan_events(kb, plan)
            if e.kind in (EventKind.dose, EventKind.infusion, EventKind.test, EventKind.biopsy, EventKind.imaging)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    kb = load(args.content)
    plans = [TreatmentPlan(id="bench", regimen=r.slug, schedule=s.id, start=dt.date(2026, 1, 5), months=args.months)
             for r in kb.regimens.values() for s in r.schedules]
    for plan in plans:
        assert sorted(engine(kb, plan), key=str) == sorted(naive(kb, plan), key=str), plan.regimen
    rows = []
    for name, fn in (("naive day-by-day loop (baseline)", naive), ("oncoguide schedule engine", engine)):
        times, count = [], 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            count = sum(len(fn(kb, p)) for p in plans)
            times.append(time.perf_counter() - t0)
        rows.append((name, count, statistics.median(times)))
    print(f"{len(plans)} plans (every regimen and schedule variant), {args.months} months each; median of {args.repeat} runs")
    print(f"{'method':36} {'events':>8} {'seconds':>9} {'events/s':>11}")
    for name, count, secs in rows:
        print(f"{name:36} {count:>8,} {secs:>9.3f} {count / secs:>11,.0f}")
    print(f"speed-up over baseline: {rows[0][2] / rows[1][2]:.1f}x (the engine also builds rest-day and cycle-start events)")


if __name__ == "__main__":
    main()
