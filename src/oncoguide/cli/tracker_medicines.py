"""`oncoguide tracker medicine …` (your other medicines and the cited rules about them) and `tracker report`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import console, user_errors
from .tracker import PlanOpt, _open, _plan_id, tracker

medicine = typer.Typer(help="Other medicines, herbs and supplements you take, and the cited rules about them.",
                       no_args_is_help=True)
tracker.add_typer(medicine, name="medicine")


@medicine.command("add")
def add(name: Annotated[str, typer.Argument(help="The medicine's name, as on the box or bottle.")],
        note: Annotated[str | None, typer.Option(help="A note, e.g. the dose.")] = None, plan: PlanOpt = None) -> None:
    """Add a medicine to the plan's list."""
    from ..store.tracker import LOCAL_OWNER
    from ..tracker import medicines

    with user_errors():
        engine, _ = _open()
        added = medicines.add(engine, LOCAL_OWNER, _plan_id(engine, plan), name, note)
    console.print(f"Added {added}. See the rules about it: oncoguide tracker medicine list", markup=False)


@medicine.command("remove")
def remove(number: Annotated[str, typer.Argument(help="Its number in `tracker medicine list`.")], plan: PlanOpt = None) -> None:
    """Take a medicine off the plan's list."""
    from ..store.tracker import LOCAL_OWNER
    from ..tracker import medicines

    with user_errors():
        engine, _ = _open()
        removed = medicines.remove(engine, LOCAL_OWNER, _plan_id(engine, plan), number)
    console.print(f"Removed {removed}.", markup=False)


@medicine.command("list")
def list_cmd(plan: PlanOpt = None) -> None:
    """Each medicine with its cited kinds and the cited rules of your cancer drugs about it."""
    from ..store import tracker as store
    from ..tracker import medicines

    with user_errors():
        engine, kb = _open()
        p = store.get_plan(engine, store.LOCAL_OWNER, _plan_id(engine, plan))
        found = medicines.plan_medicines(engine, kb, store.LOCAL_OWNER, p)
    if not found:
        console.print("No other medicines listed. Add one: oncoguide tracker medicine add NAME", markup=False)
    for m in found:
        console.print(f"{m.id}. {m.name}" + (f" ({m.note})" if m.note else ""), style="bold", markup=False)
        for kind in m.kinds:
            console.print(f"   is a {kind.name} [{_cites(kind.cite)}]", markup=False)
        for rule in m.rules:
            console.print(f"   {rule.drug}: {rule.text} [{_cites(rule.cite)}]", markup=False)
        if not m.rules:
            console.print(f"   {medicines.NO_RULE}", markup=False)


def _cites(cites: list) -> str:  # type: ignore[type-arg]
    return "; ".join(f"{c.source} § {c.section}" if c.section else c.source for c in cites)


@tracker.command("report")
def report(out: Annotated[Path, typer.Option("--out", help="PDF file to write.")], plan: PlanOpt = None) -> None:
    """The report for your care team as PDF: one page per cycle so far."""
    from ..store import medicines as listed
    from ..store import tracker as store
    from ..tracker.care_report import report_pdf
    from ..tracker.service import local_now

    with user_errors():
        engine, kb = _open()
        p = store.get_plan(engine, store.LOCAL_OWNER, _plan_id(engine, plan))
        owner = store.LOCAL_OWNER
        body = report_pdf(kb, p, store.dose_log(engine, owner, p.id), store.symptom_log(engine, owner, p.id),
                          listed.list_medicines(engine, owner, p.id), local_now(p).date())
        out.write_bytes(body)
    console.print(f"wrote {out} ({len(body):,} bytes)", markup=False)
