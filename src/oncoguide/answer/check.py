"""The citation checker: every shown item is cited, every number resolves to one reference, each reference is used."""

from __future__ import annotations

import logging

from ..model import Answer, Cited

log = logging.getLogger("oncoguide.answer")


def check(answer: Answer) -> list[str]:
    """Every citation defect of an answer, as plain sentences; empty when the answer is sound."""
    defects: list[str] = []
    numbers = [r.number for r in answer.references]
    for n in sorted(set(numbers)):
        if numbers.count(n) > 1:
            defects.append(f"reference number {n} is listed {numbers.count(n)} times")
    sources = [r.source_id for r in answer.references]
    for s in sorted(set(sources)):
        if sources.count(s) > 1:
            defects.append(f"source {s} has more than one number")
    first_use: list[int] = [n for notice in answer.notices for n in notice.refs]  # a symptom rule cites first
    for n in first_use:
        if numbers.count(n) != 1:
            defects.append(f"citation [{n}] of a notice does not resolve to exactly one reference")
    for item in answer.cited():
        if not item.text.strip():
            defects.append("an empty item is shown")
        if not item.refs:
            defects.append(f"no citation: {item.text[:80]!r}")
        for n in item.refs:
            if numbers.count(n) != 1:
                defects.append(f"citation [{n}] does not resolve to exactly one reference: {item.text[:60]!r}")
            if n not in first_use:
                first_use.append(n)
    for n in numbers:
        if n not in first_use:
            defects.append(f"reference [{n}] is listed but never cited")
    if first_use != sorted(first_use) or sorted(numbers) != list(range(1, len(numbers) + 1)):
        defects.append(f"references are not numbered 1..n in order of first use: {first_use}")
    return defects


def enforce(answer: Answer) -> Answer:
    """The answer without any item that fails the check, renumbered; each dropped item is logged.

    Runs on every answer served (CLI, HTML, API), so a defect costs one statement, never a wrong citation.
    """
    if not check(answer):
        return answer
    refs = {r.number: r for r in answer.references}

    def sound(item: Cited) -> bool:
        ok = bool(item.text.strip()) and bool(item.refs) and all(n in refs for n in item.refs)
        if not ok:
            log.warning("answer to %r: dropped an item that fails the citation check: %r", answer.question, item.text[:80])
        return ok

    direct = [i for i in answer.direct if sound(i)]
    groups = [g.model_copy(update={"items": [i for i in g.items if sound(i)]}) for g in answer.guidelines]
    research = [g.model_copy(update={"items": [i for i in g.items if sound(i)]}) for g in answer.research]
    disagreements = [d.model_copy(update={"claims": [c for c in d.claims if sound(c)]}) for d in answer.disagreements]
    kept = answer.model_copy(update={
        "direct": direct, "guidelines": [g for g in groups if g.items], "research": [g for g in research if g.items],
        "disagreements": [d for d in disagreements if d.claims]})
    # renumber in order of first use (a notice's symptom rule first), one number per source
    order: dict[str, int] = {}
    for n in [n for notice in kept.notices for n in notice.refs if n in refs] + [n for i in kept.cited() for n in i.refs]:
        order.setdefault(refs[n].source_id, len(order) + 1)
    new_of = {n: order[r.source_id] for n, r in refs.items() if r.source_id in order}

    def renumber(item: Cited) -> Cited:
        return item.model_copy(update={"refs": list(dict.fromkeys(new_of[n] for n in item.refs))})

    references = sorted({order[r.source_id]: r.model_copy(update={"number": order[r.source_id]})
                         for r in refs.values() if r.source_id in order}.values(), key=lambda r: r.number)
    return kept.model_copy(update={
        "notices": [n.model_copy(update={"refs": list(dict.fromkeys(new_of[r] for r in n.refs if r in new_of))})
                    for n in kept.notices],
        "direct": [renumber(i) for i in kept.direct],
        "guidelines": [g.model_copy(update={"items": [renumber(i) for i in g.items]}) for g in kept.guidelines],
        "research": [g.model_copy(update={"items": [renumber(i) for i in g.items]}) for g in kept.research],
        "disagreements": [d.model_copy(update={"claims": [renumber(c) for c in d.claims]}) for d in kept.disagreements],
        "references": references})
