"""What a question asks of a cancer itself, not of its treatment: its kinds, its tumor markers, the gene change
typical of it, the tests on the tumor, its risks, its signs, how it is diagnosed, how common it is. Each aspect is said in the
question one way and on the cancer page another ("what are the types" / "There are three kinds"), so each holds
both patterns; the cancer page statement of the aspect asked answers the question. How a question asks for its
signs, diagnosis, stages and risks is the cancer-only intent's pattern (intents.py), read here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import CancerType, Statement
from .intents import SCREEN_CHECK, SPREAD_TESTS, WHO_GETS, asked, signs_caused

_SEX = r"\b(men|mens|men's|women|womens|women's|males?|females?|guys?)\b"
# A statement's first sentence, where the aspect it is about is said: up to the first full stop that is no decimal
# point ("about 60 in 100 (59.8%) people ... were alive")
FIRST = r"^(?:[^.]|\.(?=\d))*"


@dataclass(frozen=True)
class Aspect:
    name: str
    asked: re.Pattern[str]  # how a question asks it
    said: re.Pattern[str]  # how a cancer page statement says it
    section: str = "what_is_it"  # the cancer page section that holds it first
    narrows: str = ""  # a wider aspect the question also asks, that this one says more closely
    # asked in these words, a line saying the aspect answers wherever the page keeps it, before the lines of its
    # section that do not ("how old are people when they get it?": "It mostly affects people aged 50 or older" in a
    # page's outlook, not its risks; "who is most likely to get it?" still asks the risks)
    exact: re.Pattern[str] | None = None


ASPECTS = (
    # (one kind asked of the cancer: "what type of ovarian cancer do most women get?", "is that a rare kind?")
    Aspect("kinds", re.compile(r"\b(kinds|types|subtypes|forms|sorts)\b|\b(what|which) (kind|type|subtype|sort|form) of "
                               r"([\w-]+ ){0,3}(cancers?|lymphomas?|leukemias?|tumou?rs?|myelomas?|sarcomas?|disease)\b|"
                               r"\b(a|the) (most |more |less )?(rare|common|usual|main|uncommon) (kind|type|form|subtype)\b"),
           re.compile(r"\b(kinds|types|subtypes)\b"),
           # "my biopsy says ... the most common type. what is it called?": the kinds, before how a biopsy is done
           exact=re.compile(r"\b(most|more|less) (common|usual|rare) (kind|type|form|subtype)\b|"
                            r"\b(what|which) (kind|type|subtype) (of|is)\b")),
    Aspect("markers", re.compile(r"\bmarkers?\b"), re.compile(r"\bmarkers?\b")),
    Aspect("genes", re.compile(r"\bgenes?\b|\bgenetic\b|\bmutations?\b|\bchromosomes?\b"),
           re.compile(r"\bgenes?\b|\bmutations?\b|\bchromosomes?\b")),
    Aspect("tumor tests", re.compile(r"\btests?\b.*\b(tumou?r|biopsy)\b|\b(tumou?r|biopsy)\b.*\btests?\b"),
           re.compile(r"\btest(s|ed)?\b"), section="diagnosis"),
    # "what tests show how far it has spread?", "which scans check if it spread?": the line naming the scans ("To find
    # out whether kidney cancer has spread, doctors use a CT scan ..."), not how the cancer is first found
    Aspect("spread tests", re.compile(SPREAD_TESTS),
           re.compile(r"\b(ct|mri|pet|x-ray|bone scan|ultrasound|scans)\b"), section="diagnosis", narrows="diagnosis"),
    Aspect("diagnosis", asked("diagnosis"),
           # "ALL is found with blood tests ...", "To confirm CML, tests look for ...", "To find AML, doctors test ..."
           re.compile(r"\bdiagnos\w*|\bbiopsy\b|\bconfirm\w*|\bis (\w+ ){0,2}found (with|by)\b|^to (find|look for)\b"),
           section="diagnosis"),
    # "can follicular lymphoma turn into DLBCL?": "Sometimes follicular lymphoma changes into ..."
    Aspect("change", re.compile(r"\b(turns?|turning|changes?|changing|transforms?|transforming|progress(es)?) into\b|"
                                r"\btransform(ation|ed|s)?\b"),
           re.compile(r"\b(turns?|changes?|transforms?|transformed|progresses) into\b|\btransform(ation|ed|s)?\b")),
    # "how fast does CLL grow?", "is mantle cell lymphoma aggressive?": the line on how fast the cancer itself grows
    # ("CLL ... usually gets worse slowly", "It most often grows slowly"), not one on what it may change into ("changes
    # into a fast-growing lymphoma")
    Aspect("pace", re.compile(r"\bhow (fast|quickly|slowly|rapidly)\b|\b(grows?|growing|spreads?|spreading) (fast|quickly|"
                              r"slowly|rapidly)\b|\b(fast|slow)[- ]growing\b|\baggressive\b"),
           re.compile(FIRST + r"(\b(grows?|growing|gets? worse|progress(es)?|spreads?) (\w+ )?(slowly|quickly|fast|faster|"
                      r"rapidly)\b|(?<!into a )(?<!into an )\b(slow|fast)-growing ([\w-]+ ){0,2}(cancers?|lymphomas?|"
                      r"leukemias?|diseases?|tumou?rs?)\b)")),
    Aspect("signs", asked("signs"), re.compile(r"\bsigns?\b|\bsymptoms?\b"), section="signs"),
    # "does it run in families?", "is it hereditary?": the page's risks say who has a higher chance
    Aspect("risks", asked("risk"),
           re.compile(r"\brisks?\b|\bcaus(e|es|ed)\b|\blinked to\b"), section="risk"),
    # "is breast cancer hereditary?", "can my kids inherit it?": the risk line that opens on genes passed down in
    # families ("Only about 5 to 10 in 100 ... passed down in a family"), not the general list of risks
    Aspect("heredity", re.compile(r"\bhereditary\b|\binherit\w*|\b(run|runs|running) in (the |my |our |his |her )?famil|"
                                  r"\bpassed down\b"),
           re.compile(FIRST + r"(\binherit\w*|\bpassed down\b|\bhereditary\b|\bfamil(y|ies)\b)"), section="risk",
           narrows="risks"),
    # "should I get a skin check for melanoma?", "is there screening for it?": the line on screening, not the risks
    Aspect("screening", re.compile(r"\bscreen\w*|" + SCREEN_CHECK), re.compile(r"\bscreen\w*"), section="risk",
           narrows="risks"),
    # "how common is bladder cancer?": a line on how often people get it, not "The most common first sign is ...",
    # "The most common type is ...", a later sentence's "Squamous cell is the most common type" (the first
    # sentence's "DLBCL is the most common type of lymphoma" does say how common it is) or how many are alive 5 years later
    # ("is that the common kind or a rare one?", "is it a common cancer for teens?", "what are the chances a man gets
    # it at some point in his life?")
    Aspect("frequency", re.compile(r"\bhow (common|rare|often does)\b|\bhow many (people|men|women|adults|children) "
                                   r"(get|have)\b|\b(common|rare) or (a )?(rare|common)\b|"
                                   r"\b(is|was) (it|that|this|he|she) (a |an |the )?(common|rare|uncommon)\b|"
                                   r"\b(chances?|odds|risk) (of|that|a|an|for)\b[^?]*\bgets?\b[^?]*\b(life|lifetime)\b|"
                                   r"\blifetime (chances?|odds|risk)\b"),
           re.compile(r"^(?!.*\b(alive|surviv\w*)\b)(?!(.*\. )?the most common\b)(?!.*\bcommon (first )?(signs?|symptoms?)\b)"
                      r"(?!.*\. [^.]*\bthe most common (types?|kinds?|forms?)\b)"
                      r".*(\b(most|more|less|very) common\b|\brare\b|\bin \d+ (people|adults|children)\b|"
                      # "about 1 in 7 men", "1 in 50 white people" (a share of people; a share of cancers, "9 in 10
                      # stomach cancers", is of its kinds)
                      r"\b\d+ in [\d,]+ (\w+ ){0,2}(people|men|women|adults|children)\b)")),
    # "what ages does Hodgkin lymphoma show up", "who gets stomach cancer": "It is most often found in young adults
    # aged 20 to 34", "Stomach cancer mostly affects older people"; said in a statement's first sentence (a screening
    # line that names an age later is about screening)
    Aspect("ages", re.compile(r"\b(what|which|average|usual|typical) ages?\b|\bhow old\b|" + WHO_GETS + "|"
                              r"\bage (group|range)s?\b|\bages? (do|does|is|are) (people|most people|it|they)\b|"
                              # "how common is it in kids?", "a common cancer for teenagers?"
                              r"\b(common|rare)\b[^?]*\b(in|for|among) (kids|children|teens|teenagers)\b"),
           re.compile(FIRST + r"(\baged\b|\baverage age\b|\b(older|younger|young|middle-aged) (people|adults|men|women)\b|"
                      r"\bin (children|kids|teens)\b)|"
                      # "... a long-lasting disease. It mostly affects people aged 50 or older": a later sentence
                      # that opens on whom it affects; "... after menopause. The average age when it is found is
                      # 63": the usual age, in whichever sentence (no screening line gives an average age; "during
                      # or after middle age" gives none)
                      r"\. it (\w+ )?affects (\w+ ){0,2}aged\b|\b(average|median) age\b|\bmiddle age when\b"), section="risk",
           exact=re.compile(r"\bhow old\b|\bages?\b")),
    # "can ovarian cancer be cured?", "is myeloma curable?": "When ovarian cancer is found early, the chance of a cure
    # is ...", "Myeloma can seldom be cured"; in the first sentence ("... self-exam ... Nearly all are cured" is not it)
    Aspect("cure", re.compile(r"\bcur(e|ed|able)\b"), re.compile(FIRST + r"\bcur(e|ed|able)\b")),  # only a line that says it
    # "what is the survival rate for melanoma?": "About 98 in 100 people whose melanoma has not spread are alive 5
    # years later"
    Aspect("survival", re.compile(r"\bsurviv\w*|\bprognosis\b|\boutlook\b|\blife expectancy\b|"
                                  r"\bhow long (do|does|will|can|could|would) [\w ]{0,30}\blive\b|"
                                  # "what are his chances of being alive in 5 years?", "how many are alive 5 years later?"
                                  r"\b(be|being|stay|staying|still|are|is) alive\b[^?]*\b(years?|months?)\b"),
           re.compile(FIRST + r"(\bsurviv\w*|\balive\b|\boutlook\b)"), section="outlook"),
    # "my report says grade 3, what does the grade mean?": "Kidney cancer is given a grade from 1 to 4 by how the cells
    # look ..."; said in the first sentence (a line that names a grade later is on something else)
    Aspect("grade", re.compile(r"\bgrade[ds]?\b"), re.compile(FIRST + r"\bgrade[ds]?\b")),
    # "is bladder cancer more of a mens thing?", "do women get it more?": the line that says which sex gets it more
    # (a sex said beside a word of who gets it more: "how long do women stay on Zejula?" asks no such thing)
    # ("a guy's lifetime chances of getting it" asks how likely it is, not which sex gets it more: a sex word gets
    # only as the one who gets it, "do women get it")
    Aspect("sex", re.compile(r"\b(more|less|mostly|mainly|usually|often)\b[^?]*\b" + _SEX + r"|"
                             + _SEX + r"[^?]*\b(more|less|thing)\b|" + _SEX + r"\s+(\w+\s+)?(gets?|getting)\b|"
                             r"\bgender\b"),
           re.compile(r"\b(men|women)\b[^.]*\b(more|less)\b|\b(more|less)\b[^.]*\b(men|women)\b"), narrows="risks"),
    Aspect("stages", asked("stages"), re.compile(r"\bstag(e|es|ed)\b|\bphases?\b"),
           section="stages"),
    # "where does kidney cancer spread?", "what organs can it spread to?": the line opening on the places it reaches
    # ("If stomach cancer spreads, it can reach the liver ..."), not a line where spread is only a word in passing
    Aspect("spread sites", re.compile(r"\bwhere (in the body )?(does|do|did|can|could|will|would|has|is) [^?]*\bspread|"
                                      r"\b(what|which) (organs?|parts?|places?)\b[^?]*\bspread|"
                                      # "if it spreads, where in the body does it usually go?", "can it spread
                                      # outside the brain?" (not "it hasn't spread outside the kidney")
                                      r"\bspread[^?]*\bwhere\b[^?]*\b(go|goes|travel|travels|move|moves)\b|"
                                      r"\b(can|could|does|do|will|would|might|may) ([\w-]+ ){1,4}spread (outside|beyond)\b"),
           re.compile(r"^[^.?]*\bwhere (does|do|can) [^.?]*\bspread\b|" +
                      FIRST + r"\bspreads?,? (it )?(most often |mostly |often |can )?(to|reach|spreads? to)\b"),
           section="stages"),
)


def on_disease(cancer: CancerType, aspects: list[Aspect]) -> list[Statement]:
    """What a cancer page says of the aspects asked: the statements of their sections first (the signs section
    answers "what are the symptoms?" in words such as "a lump"), then those elsewhere that say one; most aspects
    first, in page order otherwise."""
    sections = {a.section for a in aspects} - {"what_is_it"}
    statements = cancer.about_disease()
    # (a line opening on its own question of an aspect asked says it, in whatever words follow: "How common is CML?
    # It makes up a little over 10% of all new cases of leukemia")
    scored = [(cancer.field_of(st) in sections, says_asked(st, aspects) or float(opens_on_asked(st, aspects)), i, st)
              for i, st in enumerate(statements)]
    return [st for own, n, _, st in sorted(scored, key=lambda x: (not x[0], -x[1], x[2])) if own or n]


def asked_aspects(lowered: str) -> list[Aspect]:
    """The aspects of a cancer a question asks: "what are the types of ..." asks its kinds."""
    lowered = signs_caused(lowered)  # "what symptoms can it cause?" asks its signs, not its risks
    return [a for a in ASPECTS if a.asked.search(lowered)]


def without_aspects(lowered: str) -> str:
    """The question less the words that ask an aspect its own section answers ("what tests show how far ... has
    spread"), which a line of the page on something else ("cancer that has not spread far") must not be chosen by."""
    for a in (a for a in asked_aspects(lowered) if a.section != "what_is_it"):
        lowered = a.asked.sub(" ", lowered)
    return lowered


def says_asked(statement: Statement, aspects: list[Aspect]) -> float:
    """How much of what is asked a statement says: an aspect whose narrower one is also asked counts half ("is it
    hereditary?": the line on genes passed down beats the general list of risks, which beats a line on neither)."""
    narrowed = {a.narrows for a in aspects}
    lowered = statement.text.lower()
    return sum(0.5 if a.name in narrowed else 1.0 for a in aspects if a.said.search(lowered))


def says_exactly(statement: Statement, aspects: list[Aspect], question: str) -> bool:
    """Whether a statement says an aspect the lower-cased question asks in the words that let any section answer it
    (`exact`)."""
    lowered = statement.text.lower()
    return any(a.exact is not None and a.exact.search(question) and a.said.search(lowered) for a in aspects)


def says_narrower(statement: Statement, aspects: list[Aspect]) -> bool:
    """Whether a statement says an aspect asked that narrows another one asked: "should my sister get screened?"
    asks the risks, and the line on screening (wherever the page keeps it) answers it, not the family risk line."""
    asked_names = {a.name for a in aspects}
    lowered = statement.text.lower()
    return any(a.narrows in asked_names and a.said.search(lowered) for a in aspects)


# A line that opens on a question of its own, as a page's FAQ would: "How common is CML? ...", "When is it AML instead
# of MDS? ..."
_OWN_QUESTION = re.compile(r"^([^.?!]{5,120})\?")


def opens_on_asked(statement: Statement, aspects: list[Aspect]) -> bool:
    """Whether a statement opens on a question of its own that asks an aspect asked: "How many men get testicular
    cancer each year? ... a man's chance of getting it is about 1 in 270" answers "how common is testicular cancer?"
    before a line that only says "the most common cancer in young men"."""
    m = _OWN_QUESTION.match(statement.text)
    # only for an aspect no section holds, nor narrows another: "Can stomach cancer be prevented?" asks of its risks
    # too, but is no answer to "what raises the chance of it?"; "How many men get ..." names a sex in passing
    return m is not None and any(a.section == "what_is_it" and not a.narrows and a.asked.search(m[1].lower())
                                 for a in aspects)


def on_aspect(statements: list[Statement], aspects: list[Aspect]) -> list[Statement]:
    """The statements that say one of the aspects, most aspects first (a statement holding markers and tests
    answers "which blood test marker ..." better than one holding tests alone), in page order otherwise."""
    scored = [(says_asked(st, aspects), i, st) for i, st in enumerate(statements)]
    return [st for n, _, st in sorted(scored, key=lambda x: (-x[0], x[1])) if n]
