"""Readable terminal rendering of a drug, regimen or cancer type for `oncoguide show`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..model import FAQ, CancerType, Drug, KnowledgeBase, Regimen, SideEffect, Statement

if TYPE_CHECKING:
    from rich.console import Console


def _cites(kb: KnowledgeBase, item: Any) -> str:
    parts = []
    for c in item.cite:
        src = kb.sources.get(c.source)
        name = (src.product or src.title) if src else c.source
        parts.append(f"{name}{' § ' + c.section if c.section else ''}")
    return " [dim]\\[" + "; ".join(parts) + "][/dim]"


def _section(console: Console, kb: KnowledgeBase, title: str, items: list[Any]) -> None:
    if not items:
        return
    console.print(f"\n[bold]{title}[/bold]")
    for item in items:
        if isinstance(item, FAQ):
            console.print(f"  • [italic]{item.question}[/italic] {item.answer}{_cites(kb, item)}")
        elif isinstance(item, SideEffect):
            freq = f" ({item.frequency})" if item.frequency else ""
            extra = f" — {item.text}" if item.text else ""
            console.print(f"  • {item.plain} [dim]({item.term})[/dim]{freq}{extra}{_cites(kb, item)}")
        elif isinstance(item, Statement) or hasattr(item, "text"):
            label = getattr(item, "label", None)
            console.print(f"  • {label + ': ' if label else ''}{item.text}{_cites(kb, item)}")


def render(console: Console, kb: KnowledgeBase, obj: Drug | Regimen | CancerType) -> None:
    sections: list[tuple[str, list[Any]]]  # (title, items) in page order
    if isinstance(obj, Drug):
        console.print(f"[bold underline]{obj.title}[/bold underline]  [dim]{obj.category.value}[/dim]")
        console.print(f"{obj.summary.text}{_cites(kb, obj.summary)}")
        sections = [
            ("Is it chemotherapy?", [obj.chemotherapy]), ("Uses", obj.uses), ("Other uses", obj.other_uses), ("How it works", obj.mechanism),
            ("Common side effects", obj.common_side_effects),
            # The page's headings: only a side effect flagged call_now is put under a call-now heading.
            ("Serious side effects that need a call now", [e for e in obj.serious_side_effects if e.call_now]),
            ("Serious side effects", [e for e in obj.serious_side_effects if not e.call_now]),
            ("Boxed warnings", obj.boxed_warnings), ("Pregnancy", obj.pregnancy),
            ("REMS program", [obj.rems] if obj.rems else []), ("Taking it", obj.administration),
            ("Missed dose", [obj.missed_dose] if obj.missed_dose else []), ("Handling", obj.handling),
            ("Storage", obj.storage), ("Interactions", obj.interactions), ("Blood donation", obj.blood_donation),
            ("Monitoring", obj.monitoring), ("Other label facts", obj.other), ("FAQs", obj.faqs),
        ]
    elif isinstance(obj, Regimen):
        console.print(f"[bold underline]{obj.name}[/bold underline]  [dim]{obj.setting}[/dim]")
        console.print(f"{obj.summary.text}{_cites(kb, obj.summary)}")
        for schedule in obj.schedules:
            console.print(f"\n[bold]Schedule: {schedule.name}[/bold]")
            for phase in schedule.phases:
                cycles = f"{phase.cycles} cycles" if phase.cycles else "until it stops working or side effects are too hard"
                console.print(f"  {phase.name + ': ' if phase.name else ''}{phase.cycle_length_days}-day cycles, {cycles}")
                for c in phase.components:
                    name = kb.drugs[c.drug].generic_name if c.drug in kb.drugs else c.drug
                    how = ", ".join(filter(None, [c.route.value, c.how_often, c.days_text]))
                    console.print(f"    • {name} {c.dose_text} {how}{_cites(kb, c)}")
        sections = [
            ("How it works", obj.how_it_works), ("Goals of therapy", obj.goals), ("Dispensing", obj.dispensing),
            ("How long", obj.duration), ("Monitoring", [*obj.monitoring.items, *obj.monitoring.notes]),
            ("What test results can change", obj.test_results), ("Dose changes", obj.dose_modifications),
            ("Side effects", obj.side_effects), ("Tips", obj.tips), ("Help with costs", obj.cost_help),
            ("Coping", obj.coping),
        ]
    else:
        console.print(f"[bold underline]{obj.name}[/bold underline]")
        sections = [("What is it?", obj.what_is_it), ("Treatment", obj.treatment_note),
                    ("Regimens", [])]
        for r in kb.regimens_for_cancer(obj.slug):
            console.print(f"  regimen: {r.name} ({r.slug})")
    for title, items in sections:
        _section(console, kb, title, items)
