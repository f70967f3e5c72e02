"""The stage of treatment a line is about, matched to the one a question says: "Tagrisso as his first treatment, did it
help people live longer?" is answered by the trial in lung cancer with no treatment before, not by the trial after
surgery; "spread to a couple of spots, does docetaxel help?" by the trial in cancer that still responds to hormones,
not the one in cancer that kept growing on them; "grew after chemo, does Xtandi help?" by the trial after chemo.

Three stages: first (no treatment before; or cancer that has spread, with no word of growing on treatment, when a
line says first treatment outright), after surgery (or before it), and later (cancer that grew on, or came back
after, a treatment). A line saying none of them fits any question, and a question saying none is fitted by any
line.
"""

from __future__ import annotations

import re

from ..model import KnowledgeBase
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
                        r"removed\b|\bremoved (by|with|in) (surgery|an operation)\b|\bsurgery to remove\b", re.I),
    LATER: re.compile(r"\b(grew|grown|grows|growing|progressed)\b[^.]{0,40}?\b(after|on|despite|while on|through)\b|"
                      r"\bkept growing\b|\bstopped working\b|\b(resistant|refractory) to\b|\bcame back after\b|"
                      r"\btreated before\b|\bafter (at least )?(one|two|three|\d)( or more)? (earlier |prior |other )?"
                      r"(treatments?|therapies|lines?)\b", re.I),
}

# What a question says of the person's cancer (not "coming back", "getting worse" or "progression": "lower the chance
# of it coming back", "keep it from getting worse", "progression-free" are said of any stage; nor "came back" said of
# a test: "the tumor test came back RAS wild type")
_ASKED = {
    LATER: re.compile(r"\b(grew|grows|grown|growing|progressed|progressing|got worse|came back(?! (as|with|positive|"
                      r"negative|normal|clear|ras|kras|braf|egfr|her2|pd-?l1|msi|wild)\b)|back again|relapsed?|"
                      r"stopped working|quit working|failed|no longer works?|resistant|refractory|"
                      r"already (had|tried|took|taken|been on|done|finished))\b"),
    SURGERY: re.compile(r"\b(surgery|operation|removed|resected|adjuvant|lumpectomy|mastectomy)\b"),
    FIRST: re.compile(r"\bfirst[- ](treatment|line|therapy|drug|medicine)\b|\b(newly|just) diagnosed\b|\buntreated\b|"
                      r"\bno treatment before\b"),
}
# Cancer that has spread, said with no word of a treatment before: read as a first treatment only when a line says
# that stage outright ("spread to a couple of spots, does docetaxel help?": the trial in cancer that still responds)
_SPREAD = re.compile(r"\b(spread|metastatic|metastasis|metastases|stage (4|iv))\b")
# Said as what is not so: "no spread yet", "can't be removed", "can't have surgery", "keep it from growing"
_NOT = re.compile(r"\b(no|not|never|without|cannot|can'?t|won'?t|isn'?t|hasn'?t|hadn'?t|didn'?t|doesn'?t|from|stop|"
                  r"stops)\s+([\w']+\s+){0,2}$")


def line_stages(text: str) -> set[str]:
    """The stages of treatment a line says its people were at."""
    return {stage for stage, pattern in _LINE.items() if pattern.search(text)}


def _said(pattern: re.Pattern[str], lowered: str) -> bool:
    return any(not _NOT.search(lowered[max(0, m.start() - 30):m.start()]) for m in pattern.finditer(lowered))


def asked_stages(q: Question) -> set[str]:
    """The stages of treatment a question says the cancer is at; a cancer said to have grown or come back (or a
    treatment said to have come before) is later, whatever else is said."""
    lowered = q.text.lower()
    found = {stage for stage, pattern in _ASKED.items() if _said(pattern, lowered)}
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
    if not {"results", "uses"} & set(q.intents):
        return set()
    asked = asked_stages(q)
    if not asked and _said(_SPREAD, q.text.lower()) \
            and any(FIRST in line_stages(e.text) and TRIAL_FIGURES.search(e.text) for e in lines):
        asked = {FIRST}
    off = {id(e) for e in lines if off_stage(e.text, asked)}
    on_trials = [e for e in lines if id(e) not in off and TRIAL_FIGURES.search(e.text)]
    return off if on_trials else set()


def drug_line_at_stage(kb: KnowledgeBase, q: Question, found: Evidence | None) -> Evidence | None:
    """A named drug's use giving a trial's figures at the stage the question says, when the plan's trial line found
    is at another: "had my lung cancer removed, now Tagrisso for 3 years, does it help?" is the trial after surgery
    on the drug's page, not the plan's trial in cancer that had spread."""
    asked = asked_stages(q)
    if found is None or not off_stage(found.text, asked):
        return None
    for slug in (d for d in q.drugs if d in kb.drugs):
        for use in kb.drugs[slug].uses:
            if (not q.cancers or use.cancer in q.cancers) and TRIAL_FIGURES.search(use.text) \
                    and line_stages(use.text) & asked:
                return Evidence(text=use.text, cite=list(use.cite), topic="results", where=f"drug {slug}: uses")
    return None
