"""The citation checker: every shown item is cited, every number resolves to one reference, each reference is used."""

from __future__ import annotations

from ..model import Answer


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
