"""A form of a drug named in the question ("the capsules", "the shot", "the IV"): that form's lines answer first.

Etoposide, vinorelbine, trastuzumab, daratumumab, mesna... come in more than one form, and the page's lines on its
usual form (the drip, the plans' IV doses) otherwise lead: "what dose are the etoposide capsules?" was answered with
an IV plan's dose, "how are etoposide capsules stored?" with "given by vein".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .evidence import Evidence, StatementSearch, match_count
from .intents import INFUSION_TIME, TAKES_TIME, has_shape, replies
from .names import findable_names
from .reply import wanted_words
from .understand import Question

# How a question names a form, and how a page line says it. "Injection" alone says neither a shot nor a drip.
ASKED = {
    "mouth": r"(capsules?|tablets?|pills?|oral)",
    "shot": r"(shots?|subcutaneous|sub-?q|depot)",
    "vein": r"(iv|drips?|infusions?|intravenous)",
}
SAID = {  # ("oral ulceration" is a mouth sore, not a pill)
    "mouth": re.compile(r"\b(capsules?|tablets?|pills?|oral(?! (ulcer|mucos|sore|thrush|care|hygien)\w*)|orally|"
                        r"by mouth|swallow\w*)\b", re.I),
    "shot": re.compile(r"\b(shots?|under the skin|subcutaneous\w*|into (a|the) muscle|intramuscular|depot)\b", re.I),
    "vein": re.compile(r"\b(iv|drips?|infusions?|intravenous\w*|(by|into|in) (a |the )?vein)\b", re.I),
}
# How long one dose takes to give: the drip's time (intents.INFUSION_TIME), or the shot's ("how long does the
# Herceptin shot take?"), which the minutes answer, not the months of treatment.
GIVING_TIME = re.compile(INFUSION_TIME + r"|how long (is|does|will|do|would) +(the +|an +|each +|my +|his +|her +|a +)?"
                         r"([\w-]+ +){0,3}(shots?|injections?)\b")
FORM_WORDS = frozenset("capsule capsules tablet tablets pill pills oral mouth shot shots skin subcutaneous depot iv "
                       "drip drips infusion infusions intravenous vein".split())


ANY_FORM = re.compile(r"\b(" + "|".join(ASKED.values()) + r")\b")


def form_asked(text: str, names: list[str]) -> str | None:
    """The one form of the drug (by one of its names) a question names: "the etoposide capsules", "the Herceptin
    shot", "IV etoposide"; not "B12 shots with Alimta" nor "Erleada on top of the hormone shots", forms of other
    medicines. None for none or two ("Xeloda pills instead of the IV 5-FU?" compares)."""
    lowered = text.lower()
    if not names or not ANY_FORM.search(lowered):  # most questions name no form: no pattern to build
        return None
    named = [form for form, pattern in _beside(tuple(names)).items() if pattern.search(lowered)]
    return named[0] if len(named) == 1 else None


@lru_cache(maxsize=256)
def _beside(names: tuple[str, ...]) -> dict[str, re.Pattern[str]]:
    """Each form's words said just after or before one of a drug's names, compiled once per drug."""
    name = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return {form: re.compile(rf"\b({name})\b( [\w-]+)? {said}\b|\b{said} (of )?({name})\b")
            for form, said in ASKED.items()}


def _asked(statements: StatementSearch, q: Question) -> str | None:
    if len(q.drugs) != 1:
        return None
    return form_asked(q.text, findable_names(statements.kb.drugs[q.drugs[0]]))


def forms_said(text: str) -> set[str]:
    return {form for form, pattern in SAID.items() if pattern.search(text)}


def _page_lines(statements: StatementSearch, slug: str) -> list[Evidence]:
    return [statements.shown_at(i) for i in statements.by_page.get(f"drug {slug}", [])]


def _more_than_one(lines: list[Evidence]) -> bool:
    return len({f for e in lines for f in forms_said(e.text)}) > 1


def _fit(q: Question, text: str) -> int:
    """How well a line holds what the question's intents ask for: 2 as a first line must ("how much?" an amount),
    1 in looser words ("once a week" for a dose), 0 not at all. "How long does the shot take?" asks minutes."""
    if GIVING_TIME.search(q.text.lower()):
        return 2 if TAKES_TIME.search(text) else 0
    shaped = [i for i in q.intents if i != "form" and has_shape(i)]
    if not shaped or any(replies(i, text, q.text) for i in shaped):
        return 2
    return int(any(replies(i, text) for i in shaped))


def in_form_asked(statements: StatementSearch, q: Question, direct: Evidence | None,
                  evidence: list[Evidence]) -> Evidence | None:
    """The named drug's line on the form asked, to reply instead of a reply on another form (or on none, when the
    line holds more of what was asked); None to keep the reply. The intent's own lines come first."""
    form = _asked(statements, q)
    if form is None:
        return None
    lines = _page_lines(statements, q.drugs[0])
    if not _more_than_one(lines):
        return None  # one form only: every line is about the form asked
    said = forms_said(direct.text) if direct else set()
    if form in said:
        return None
    topic = [w for w in wanted_words(q) if w not in FORM_WORDS]
    page = f"drug {q.drugs[0]}"
    # "form" is spotted from the form's very name ("the capsules"); another intent found says what is asked of it
    asked = [i for i in q.intents if i != "form"] or q.intents
    candidates: dict[str, Evidence] = {}
    for e in [*(e for e in evidence if e.where.startswith(page)), *lines]:  # an intent's line keeps its topic
        if form in forms_said(e.text):
            candidates.setdefault(e.text, e)
    ranked = sorted(((_fit(q, e.text), e.topic in asked, match_count(e.text, topic), -n, e)
                     for n, e in enumerate(candidates.values())), key=lambda t: t[:4], reverse=True)
    if not ranked:
        return None
    fit, on_intent, overlap, _, best = ranked[0]
    if direct is None:
        return best if fit else None
    held = match_count(direct.text, topic)
    if said:  # a reply on another form gives way to a line on the form asked that answers as much
        return best if fit and (on_intent or overlap) and overlap >= held else None
    # a reply on no form stays unless the line gives what was asked and it does not, sharing as many words asked
    return best if fit > _fit(q, direct.text) and overlap >= held else None


def asked_form_first(statements: StatementSearch, q: Question, evidence: list[Evidence]) -> list[Evidence]:
    """Lines on another form only, after the rest: under "what dose are the capsules?" the drip's doses come last."""
    form = _asked(statements, q)
    if form is None or not _more_than_one(_page_lines(statements, q.drugs[0])):
        return evidence
    return sorted(evidence, key=lambda e: bool((said := forms_said(e.text)) and form not in said))
