"""`oncoguide tracker …`: a personal treatment calendar kept in the data directory (no account needed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from .app import app, console, load_kb, new_table, settings, user_errors

tracker = typer.Typer(help="Your treatment calendar: doses, rest days, tests, dose log, symptoms, exports.",
                      no_args_is_help=True)
app.add_typer(tracker, name="tracker")

PlanOpt = Annotated[str | None, typer.Option("--plan", help="Plan id (default: your only or newest plan).")]


def _open():  # noqa: ANN202
    from ..store import open_engine

    return open_engine(settings().database_url), load_kb()


def _plan_id(engine, plan: str | None) -> str:  # noqa: ANN001
    from ..errors import NotFound
    from ..store import tracker as store

    if plan:
        return plan
    plans = store.list_plans(engine, store.LOCAL_OWNER)
    if not plans:
        raise NotFound("plan", "(none yet)", ["oncoguide tracker new --regimen SLUG --start YYYY-MM-DD"])
    return plans[-1].id


def _date(value: str, what: str) -> dt.date:
    from ..errors import InputError

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{what} {value!r} is not a real date in the form YYYY-MM-DD.") from None


@tracker.command("new")
def new(
    regimen: Annotated[str, typer.Option(help="Regimen slug, e.g. lenalidomide-del5q-mds.")],
    start: Annotated[str, typer.Option(help="First day of treatment, YYYY-MM-DD.")],
    variant: Annotated[str | None, typer.Option(help="Schedule variant id (default: the regimen's default).")] = None,
    dose: Annotated[list[str], typer.Option(help="Prescribed dose if your team set another: drug=amount.")] = [],  # noqa: B006
    time: Annotated[str, typer.Option(help="Time of day for doses by mouth, HH:MM.")] = "09:00",
    tz: Annotated[str, typer.Option(help="Time zone, e.g. Europe/Paris.")] = "UTC",
    cycles: Annotated[int | None, typer.Option(help="Cycles to plan.")] = None,
    months: Annotated[int | None, typer.Option(help="Months to plan for open-ended regimens.")] = None,
) -> None:
    """Start a plan from a regimen and a start date."""
    from ..errors import InputError
    from ..store import tracker as store
    from ..tracker.service import new_plan

    with user_errors():
        doses = {}
        for item in dose:
            drug, _, amount = item.partition("=")
            try:
                doses[drug.strip()] = float(amount)
            except ValueError:
                raise InputError(f"--dose {item!r}: write it as drug=amount, e.g. lenalidomide=5") from None
        engine, kb = _open()
        plan = new_plan(engine, kb, store.LOCAL_OWNER, regimen=regimen, schedule=variant,
                        start=_date(start, "Start date"), doses=doses, dose_time=time, timezone=tz,
                        cycles=cycles, months=months)
    console.print(f"Plan {plan.id} saved: {kb.regimens[plan.regimen].name}, starting {plan.start:%A %d %B %Y}.")


@tracker.command("show")
def show(plan: PlanOpt = None, days: Annotated[int, typer.Option(help="How many days to list.")] = 35,
         start: Annotated[str | None, typer.Option(help="First day to list (default: the plan's start).")] = None) -> None:
    """List the coming days: doses, rest days and tests, with what you logged."""
    from ..store import tracker as store
    from ..tracker.service import calendar

    with user_errors():
        engine, kb = _open()
        pid = _plan_id(engine, plan)
        p = store.get_plan(engine, store.LOCAL_OWNER, pid)
        first = _date(start, "Start") if start else p.start
        rows = [(e, s) for e, s in calendar(engine, kb, store.LOCAL_OWNER, pid)
                if first <= e.date < first + dt.timedelta(days=days)]
    table = new_table("date", "time", "what", "logged", title=f"{kb.regimens[p.regimen].name} (plan {pid})")
    for event, entry in rows:
        table.add_row(f"{event.date:%a %d %b %Y}", event.time.strftime("%H:%M") if event.time else "",
                      event.title, _entry_text(entry))
    console.print(table)


def _entry_text(entry) -> str:  # noqa: ANN001
    if entry is None:
        return ""
    at = f" at {entry.at:%H:%M}" if entry.at else ""
    return f"{entry.status}{at}" + (f" ({entry.note})" if entry.note else "")


@tracker.command("log")
def log(day: Annotated[str, typer.Argument(help="Date of the dose or visit, YYYY-MM-DD.")],
        status: Annotated[str, typer.Option(help="Doses: taken, skipped, missed or vomited. Visits: attended or moved.")] = "taken",
        drug: Annotated[str | None, typer.Option(help="Only this drug.")] = None,
        at: Annotated[str | None, typer.Option(help="When you took it, HH:MM (default: now, or the usual time for an earlier day).")] = None,
        note: Annotated[str | None, typer.Option(help="A short note for you or your care team.")] = None,
        plan: PlanOpt = None) -> None:
    """Log a day's doses or visits; logging again keeps the earlier entry as history."""
    from ..store import tracker as store
    from ..tracker.service import log_dose

    with user_errors():
        engine, kb = _open()
        events = log_dose(engine, kb, store.LOCAL_OWNER, _plan_id(engine, plan), _date(day, "Date"), status, drug,
                          at=_time(at) if at else None, note=note)
    for e in events:
        console.print(f"{status}: {e.title} on {e.date:%d %b %Y}")


@tracker.command("undo")
def undo_cmd(day: Annotated[str, typer.Argument(help="Date of the dose or visit, YYYY-MM-DD.")],
             drug: Annotated[str | None, typer.Option(help="Only this drug.")] = None, plan: PlanOpt = None) -> None:
    """Take back the last entry of a day's doses or visits; the entry before it stands again."""
    from ..store import tracker as store
    from ..tracker.service import undo

    with user_errors():
        engine, _ = _open()
        events = undo(engine, store.LOCAL_OWNER, _plan_id(engine, plan), _date(day, "Date"), drug=drug)
    for e in events:
        console.print(f"undone: {e.title} on {e.date:%d %b %Y}")


@tracker.command("history")
def history_cmd(plan: PlanOpt = None) -> None:
    """Every log entry, newest first, and every symptom check."""
    from ..store import tracker as store
    from ..tracker.log import history

    with user_errors():
        engine, _ = _open()
        pid = _plan_id(engine, plan)
        rows = history(store.dose_log(engine, store.LOCAL_OWNER, pid))
        symptoms = store.symptom_log(engine, store.LOCAL_OWNER, pid)
    table = new_table("logged", "for", "what", "entry", "stands", title="Doses and visits")
    for r in rows:
        table.add_row(f"{r.entry.logged_at:%d %b %Y %H:%M}" if r.entry.logged_at else "", f"{r.event.date:%d %b %Y}",
                      r.event.title, _entry_text(r.entry), "yes" if r.current else "")
    console.print(table)
    checks = new_table("when", "symptom", "level", title="Symptom checks")
    for s in reversed(symptoms):
        checks.add_row(s["at"][:16].replace("T", " "), s["symptom"].replace("_", " "), s["level"].replace("_", " "))
    console.print(checks)


def _time(value: str) -> dt.time:
    from ..errors import InputError

    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        raise InputError(f"Time {value!r} should look like 08:30.") from None


@tracker.command("adherence")
def adherence_cmd(plan: PlanOpt = None) -> None:
    """Doses taken per cycle, up to today."""
    from ..store import tracker as store
    from ..tracker import plan_events
    from ..tracker.log import adherence

    with user_errors():
        engine, kb = _open()
        pid = _plan_id(engine, plan)
        rows = adherence(plan_events(kb, store.get_plan(engine, store.LOCAL_OWNER, pid)),
                         store.dose_log(engine, store.LOCAL_OWNER, pid), dt.date.today())
    table = new_table("cycle", "doses due", "taken", "missed", "skipped", "not logged", "taken %")
    for r in rows:
        table.add_row(str(r.cycle), str(r.due), str(r.taken), str(r.missed), str(r.skipped), str(r.unlogged),
                      f"{r.share:.0%}" if r.share is not None else "")
    console.print(table)


@tracker.command("missed")
def missed(drug: Annotated[str, typer.Option(help="Drug name.")],
           usual: Annotated[str, typer.Option(help="Usual time, HH:MM.")] = "09:00",
           now: Annotated[str | None, typer.Option(help="Time now, HH:MM (default: the clock).")] = None) -> None:
    """What the drug's missed-dose rule says to do about a late or missed dose."""
    from ..content import find_drug
    from ..errors import InputError
    from ..tracker.missed import advise

    with user_errors():
        try:
            usual_t = dt.time.fromisoformat(usual)
            moment = dt.datetime.combine(dt.date.today(), dt.time.fromisoformat(now)) if now else dt.datetime.now()
        except ValueError:
            raise InputError("Give times as HH:MM, e.g. 09:00 or 20:30.") from None
        advice = advise(find_drug(load_kb(), drug), usual_t, moment)
    console.print(f"[bold]{advice.action.value.upper()}[/bold]")
    for line in advice.lines():
        console.print(line)


@tracker.command("symptom")
def symptom(name: Annotated[str, typer.Argument(help="A symptom of content/triage.yaml: fever, chest_pain, stroke_signs, "
                                                     "black_stools, diarrhea, …")],
            answer: Annotated[list[str], typer.Option(help="key=value, e.g. temperature=38.4 unit=C, at_rest=yes.")] = [],  # noqa: B006
            plan: PlanOpt = None) -> None:
    """Record a symptom and say who to call and how soon (an unanswered question counts as the worse case)."""
    from ..store import tracker as store
    from ..tracker.service import check_symptom

    answers = dict(item.partition("=")[::2] for item in answer)
    with user_errors():
        engine, kb = _open()
        result = check_symptom(engine, kb, store.LOCAL_OWNER, _plan_id(engine, plan), name,
                               {k.strip(): v.strip() for k, v in answers.items()})
    style = "bold red" if result.level.value in ("emergency", "call_now") else "bold"
    console.print(result.headline, style=style)
    console.print(result.reason)
    for question in result.assumed:
        console.print(f"You did not answer: {question} We counted it as yes, to be safe.")


@tracker.command("change")
def change(plan: PlanOpt = None,
           delay_cycle: Annotated[int | None, typer.Option(help="Cycle the team delayed.")] = None,
           delay_days: Annotated[int | None, typer.Option(help="By how many days.")] = None,
           hold: Annotated[str | None, typer.Option(help="Hold a drug: drug:YYYY-MM-DD:YYYY-MM-DD.")] = None,
           dose: Annotated[str | None, typer.Option(help="New dose from a date: drug:YYYY-MM-DD:amount.")] = None,
           stop: Annotated[str | None, typer.Option(help="Last day of treatment, YYYY-MM-DD (its doses stay; nothing after it).")] = None) -> None:
    """Record a change your care team made: a delay, a hold, a new dose, or a stop."""
    from ..errors import InputError
    from ..store import tracker as store
    from ..tracker.service import change_plan

    with user_errors():
        changes: dict[str, object] = {}
        if delay_cycle or delay_days:
            if not (delay_cycle and delay_days):
                raise InputError("A delay needs both --delay-cycle and --delay-days.")
            changes["delay"] = {"cycle": delay_cycle, "days": delay_days}
        for key, raw, names in (("hold", hold, ("drug", "start", "end")), ("dose_change", dose, ("drug", "start", "dose"))):
            if raw:
                parts = raw.split(":")
                if len(parts) != 3:
                    raise InputError(f"--{key.replace('_change', '')} {raw!r}: expected three parts separated by ':'.")
                changes[key] = dict(zip(names, parts))
        if stop:
            changes["stop"] = _date(stop, "Stop date")
        if not changes:
            raise InputError("Say what changed: --delay-cycle/--delay-days, --hold, --dose or --stop.")
        engine, kb = _open()
        updated = change_plan(engine, kb, store.LOCAL_OWNER, _plan_id(engine, plan), **changes)
    console.print(f"Plan {updated.id} updated.")


@tracker.command("export")
def export(fmt: Annotated[str, typer.Argument(help="ics, fhir, html, pdf or csv")],
           out: Annotated[Path, typer.Option("--out", help="File to write.")], plan: PlanOpt = None) -> None:
    """Write the calendar (iCalendar, printable HTML or PDF), a FHIR R4 bundle, or the care-team report (CSV)."""
    import json

    from ..errors import InputError
    from ..store import tracker as store
    from ..tracker import plan_events, removed_events
    from ..tracker.fhir import to_fhir
    from ..tracker.ics import to_ics
    from ..tracker.printable import calendar_html, calendar_pdf
    from ..tracker.report import care_team_notes, to_csv

    with user_errors():
        if fmt not in ("ics", "fhir", "html", "pdf", "csv"):
            raise InputError(f"Unknown format {fmt!r}: use ics, fhir, html, pdf or csv.")
        engine, kb = _open()
        p = store.get_plan(engine, store.LOCAL_OWNER, _plan_id(engine, plan))
        events = plan_events(kb, p)
        title = kb.regimens[p.regimen].name
        log, symptoms = store.dose_log(engine, store.LOCAL_OWNER, p.id), store.symptom_log(engine, store.LOCAL_OWNER, p.id)
        body: bytes = {
            "ics": lambda: to_ics(p, events, title, removed=removed_events(kb, p, events)),
            "fhir": lambda: json.dumps(to_fhir(kb, p, events, log=log, symptoms=symptoms), indent=2).encode(),
            "html": lambda: calendar_html(title, events, care_team_notes(p)).encode(),
            "pdf": lambda: calendar_pdf(title, events, care_team_notes(p)),
            "csv": lambda: to_csv(kb, p, log, symptoms).encode(),
        }[fmt]()
        out.write_bytes(body)
    console.print(f"wrote {out} ({len(body):,} bytes)")


for _fmt in ("ics", "fhir", "pdf"):
    def _alias(out: Annotated[Path, typer.Option("--out", help="File to write.")], plan: PlanOpt = None,
               _f: str = _fmt) -> None:
        export(_f, out, plan)

    _alias.__doc__ = f"Same as `tracker export {_fmt}`."
    tracker.command(_fmt)(_alias)
