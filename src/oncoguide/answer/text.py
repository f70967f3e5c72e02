"""An answer as plain text for the terminal: notices, reply, sections, disagreements, references, disclaimer."""

from __future__ import annotations

from ..model import Answer, Cited, Group

ONE_SIDE = "This source says something different from the reply above."


def _line(item: Cited) -> str:
    marks = "".join(f"[{n}]" for n in item.refs)
    return f"{item.text} {marks}"


def _groups(title: str, groups: list[Group]) -> list[str]:
    if not groups:
        return []
    lines = ["", title]
    for g in groups:
        if g.heading:
            lines.append(f"  {g.heading}")
        lines += [f"  - {_line(i)}" for i in g.items]
    return lines


def render_text(answer: Answer) -> str:
    lines: list[str] = [f"Q: {answer.question}"]
    for notice in answer.notices:
        marks = "".join(f"[{n}]" for n in notice.refs)
        lines += ["", ("!! " if notice.level in ("emergency", "call_now") else "") + notice.text + (f" {marks}" if marks else "")]
    if answer.direct:
        lines += ["", " ".join(_line(i) for i in answer.direct)]
    lines += _groups("From the Guidelines", answer.guidelines)
    lines += _groups("From the Research", answer.research)
    if answer.search_note:
        lines += ["", answer.search_note]
    if answer.disagreements:
        lines += ["", "Where sources disagree"]
        for d in answer.disagreements:
            lines.append(f"  {d.topic}")
            if len(d.claims) == 1:
                lines.append(f"  {ONE_SIDE}")
            lines += [f"  - {_line(c)}" for c in d.claims]
    if answer.see_also:
        lines += ["", "See also: " + "; ".join(p.title for p in answer.see_also)]
    if answer.references:
        lines += ["", "References"]
        for r in answer.references:
            where = f" Sections: {', '.join(r.sections)}." if r.sections else ""
            link = f" {r.link}" if r.link else ""
            lines.append(f"  [{r.number}] {r.citation}{where}{link}")
    lines += ["", answer.disclaimer]
    return "\n".join(lines)
