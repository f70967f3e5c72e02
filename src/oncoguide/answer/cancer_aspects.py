"""What a question asks of a cancer itself, not of its treatment: its kinds, its tumor markers, the gene change
typical of it, the tests on the tumor, its risks, its signs, how it is diagnosed, how common it is. Each aspect is said in the
question one way and on the cancer page another ("what are the types" / "There are three kinds"), so each holds
both patterns; the cancer page statement of the aspect asked answers the question."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Statement


@dataclass(frozen=True)
class Aspect:
    name: str
    asked: re.Pattern[str]  # how a question asks it
    said: re.Pattern[str]  # how a cancer page statement says it


ASPECTS = (
    Aspect("kinds", re.compile(r"\b(kinds|types|subtypes|forms|sorts)\b"),
           re.compile(r"\b(kinds|types|subtypes)\b")),
    Aspect("markers", re.compile(r"\bmarkers?\b"), re.compile(r"\bmarkers?\b")),
    Aspect("genes", re.compile(r"\bgenes?\b|\bgenetic\b|\bmutations?\b|\bchromosomes?\b"),
           re.compile(r"\bgenes?\b|\bmutations?\b|\bchromosomes?\b")),
    Aspect("tumor tests", re.compile(r"\btests?\b.*\b(tumou?r|biopsy)\b|\b(tumou?r|biopsy)\b.*\btests?\b"),
           re.compile(r"\btest(s|ed)?\b")),
    # "what test finds stomach cancer?", "how do doctors find AML?" ask it too, in other words ("find out" its stage
    # does not)
    Aspect("diagnosis", re.compile(r"\bdiagnos\w*|\bconfirm\w*|"
                                   r"\b(what|which) (\w+ )?(tests?|scans?|exams?|procedures?)\b[^?]*\b(finds?|found|"
                                   r"detects?|detected|shows?|checks? for|looks? for)\b(?! out)|"
                                   r"\bhow (is|are|do|does|would|can|will) (\w+ ){0,3}(found|find|detect\w*|spot|spotted|"
                                   r"checked for|check for|looked for|look for|tested for|test for)\b(?! out)"),
           # "ALL is found with blood tests ...", "To confirm CML, tests look for ...", "To find AML, doctors test ..."
           re.compile(r"\bdiagnos\w*|\bbiopsy\b|\bconfirm\w*|\bis (\w+ ){0,2}found (with|by)\b|^to (find|look for)\b")),
    # "can follicular lymphoma turn into DLBCL?": "Sometimes follicular lymphoma changes into ..."
    Aspect("change", re.compile(r"\b(turns?|turning|changes?|changing|transforms?|transforming|progress(es)?) into\b|"
                                r"\btransform(ation|ed|s)?\b"),
           re.compile(r"\b(turns?|changes?|transforms?|transformed|progresses) into\b|\btransform(ation|ed|s)?\b")),
    Aspect("signs", re.compile(r"\b(signs?|symptoms?)\b"), re.compile(r"\bsigns?\b|\bsymptoms?\b")),
    Aspect("risks", re.compile(r"\brisk factors?\b|\b(biggest|main|top) risks?\b|\bcaus(e|es|ed|ing)\b"),
           re.compile(r"\brisks?\b|\bcaus(e|es|ed)\b|\blinked to\b")),
    Aspect("frequency", re.compile(r"\bhow (common|rare|often does)\b|\bhow many people (get|have)\b"),
           re.compile(r"\b(most|more|less|very) common\b|\brare\b|\bin \d+ (people|adults|children)\b")),
    # "what ages does Hodgkin lymphoma show up", "who gets stomach cancer": "It is most often found in young adults
    # aged 20 to 34", "Stomach cancer mostly affects older people"; said in a statement's first sentence (a screening
    # line that names an age later is about screening)
    Aspect("ages", re.compile(r"\b(what|which|average|usual|typical) ages?\b|\bhow old\b|\bwho gets\b|"
                              r"\bage (group|range)s?\b|\bages? (do|does|is|are) (people|most people|it|they)\b"),
           re.compile(r"^[^.]*(\baged\b|\baverage age\b|\b(older|younger|young|middle-aged) (people|adults|men|women)\b|"
                      r"\bin (children|kids|teens)\b)")),
    # "can ovarian cancer be cured?", "is myeloma curable?": "When ovarian cancer is found early, the chance of a cure
    # is ...", "Myeloma can seldom be cured"; in the first sentence ("... self-exam ... Nearly all are cured" is not it)
    Aspect("cure", re.compile(r"\bcur(e|ed|able)\b"), re.compile(r"^[^.]*\bcur(e|ed|able)\b")),
    # "what is the survival rate for melanoma?": "About 98 in 100 people whose melanoma has not spread are alive 5
    # years later"
    Aspect("survival", re.compile(r"\bsurviv\w*|\bprognosis\b|\boutlook\b|\blife expectancy\b"),
           re.compile(r"^[^.]*(\bsurviv\w*|\balive\b|\boutlook\b)")),
)


def asked_aspects(lowered: str) -> list[Aspect]:
    """The aspects of a cancer a question asks: "what are the types of ..." asks its kinds."""
    return [a for a in ASPECTS if a.asked.search(lowered)]


def on_aspect(statements: list[Statement], aspects: list[Aspect]) -> list[Statement]:
    """The statements that say one of the aspects, most aspects first (a statement holding markers and tests
    answers "which blood test marker ..." better than one holding tests alone), in page order otherwise."""
    scored = [(sum(1 for a in aspects if a.said.search(st.text.lower())), i, st) for i, st in enumerate(statements)]
    return [st for n, _, st in sorted(scored, key=lambda x: (-x[0], x[1])) if n]
