"""The stage of treatment a line is about, matched to the one a question says: "Tagrisso as his first treatment, did it
help people live longer?" is answered by the trial in lung cancer with no treatment before, not by the trial after
surgery; "spread to a couple of spots, does docetaxel help?" by the trial in cancer that still responds to hormones,
not the one in cancer that kept growing on them; "grew after chemo, does Xtandi help?" by the trial after chemo.

Three stages: first (no treatment before, or cancer that has spread with no word of growing on treatment), after
surgery (or before it), and later (cancer that grew on, or came back after, a treatment). A line saying none of them
fits any question, and a question saying none is fitted by any line.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .plan_trials import TRIAL_FIGURES
from .understand import Question

FIRST, SURGERY, LATER = "first", "surgery", "later"

# What a line says of the people in a trial or a use
_LINE = {
    FIRST: re.compile(r"\bno (earlier |prior |other )?(treatment|chemo\w*|therapy) before\b|\bhad no (earlier |prior )?"
                      r"treatment\b|\bnot been treated\b|\buntreated\b|\bnewly diagnosed\b|\bfirst treatment\b|"
                      r"\bstill respond\w*|\bbefore any (chemo\w*|treatment)\b|\bhad not had\b", re.I),
    SURGERY: re.compile(r"\b(after|before) surgery\b|\badjuvant\b|\b(after|once) (the )?(tumou?r|cancer) (was|is) "
                        r"removed\b", re.I),
    LATER: re.compile(r"\b(grew|grown|grows|growing|progressed|got worse)\b[^.]{0,40}?\b(after|on|despite|while on|"
                      r"through)\b|\bkept growing\b|\bstopped working\b|\b(resistant|refractory) to\b|\bcame back after\b|"
                      r"\btreated before\b|\bafter (at least )?(one|two|three|\d)( or more)? (earlier |prior |other )?"
                      r"(treatments?|therapies|lines?)\b", re.I),
}

# What a question says of the person's cancer
_ASKED = {
    # (not "coming back" or "progression": "lower the chance of it coming back", "progression-free" are said of any
    # stage)
    LATER: re.compile(r"\b(grew|grows|grown|growing|progressed|progressing|got worse|getting worse|came back|"
                      r"back again|relapsed?|stopped working|quit working|failed|no longer works?|resistant|refractory|"
                      r"already (had|tried|took|taken|been on|done|finished))\b"),
    SURGERY: re.compile(r"\b(surgery|operation|removed|resected|adjuvant|lumpectomy|mastectomy)\b"),
    FIRST: re.compile(r"\bfirst[- ](treatment|line|therapy|drug|medicine)\b|\b(newly|just) diagnosed\b|\buntreated\b|"
                      r"\bno treatment before\b|\b(spread|metastatic|metastasis|metastases|stage (4|iv))\b"),
}


def line_stages(text: str) -> set[str]:
    """The stages of treatment a line says its people were at."""
    return {stage for stage, pattern in _LINE.items() if pattern.search(text)}


def asked_stages(q: Question) -> set[str]:
    """The stages of treatment a question says the cancer is at; "spread" alone reads as first treatment, a cancer
    said to have grown or come back (or a treatment said to have come before) as later."""
    lowered = q.text.lower()
    found = {stage for stage, pattern in _ASKED.items() if pattern.search(lowered)}
    if q.past_drugs:
        found.add(LATER)
    if LATER in found:
        found.discard(FIRST)  # "it spread again after chemo": spread said of a cancer that grew on treatment
    return found


def off_stage(text: str, asked: set[str]) -> bool:
    """Whether a line is about a stage of treatment other than the one the question says."""
    said = line_stages(text)
    return bool(asked and said) and not (said & asked)


def off_stage_lines(q: Question, lines: list[Evidence]) -> set[int]:
    """The ids of the lines on another stage than the one a question on results or uses says; none when every
    trial line is (the trial there is still the one to give)."""
    asked = asked_stages(q) if {"results", "uses"} & set(q.intents) else set()
    off = {id(e) for e in lines if off_stage(e.text, asked)}
    on_trials = [e for e in lines if id(e) not in off and TRIAL_FIGURES.search(e.text)]
    return off if on_trials else set()
