"""A side effect the person has now ("I have a fever on Revlimid", "loose stools since Verzenio, what do I do?") is
answered by the page's serious row on it, when there is one: that row says when to call and what to take, where
the common row on the same symptom says how often it happens. A symptom told in everyday words ("my hips ache
since the Neupogen shots") is answered by the page's side-effect row on it, not by a line sharing only the words
around it ("shots", "since", "back" of "come back up")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .evidence import Evidence
from .understand import Question

# Someone has the symptom now ("I have a fever", "dad got diarrhea", "now i have loose stools"), or asks what to do
# about it ("what am I supposed to do"); not "can it cause a fever?"
HAS_IT_NOW = re.compile(r"\b(i|he|she|we|they|my \w+|mom|dad)( now| already| just| still)? (have|has|got|am having|is "
                        r"having|are having|am getting|is getting|keep getting|keeps getting)\b(?! to\b)")
WHAT_TO_DO = re.compile(r"\bwhat (do|should|can|must) (i|we|he|she|they) do\b|"
                        r"\bwhat (am|are|is) (i|we|he|she|they) (supposed|meant) to do\b|\bwhat to do\b")
# How often it happens asked ("I got a rash, is that common?"): the common row answers that, unless what to do is
# asked too
HOW_COMMON = re.compile(r"\b(common|usual|normal|expected|often|rare)\b")


def serious_row_instead(q: Question, found: Evidence, candidates: list[Evidence],
                        shared: Callable[[Evidence], int]) -> Evidence:
    """The same page's serious row when the found line is a common side-effect row, the person has the symptom now
    or asks what to do, and the serious row shares as many of the question's words; else the found line."""
    lowered = q.text.lower()
    now = WHAT_TO_DO.search(lowered) or (HAS_IT_NOW.search(lowered) and not HOW_COMMON.search(lowered))
    if not now or not found.where.endswith(": common_side_effects"):
        return found
    page = found.where.rsplit(":", 1)[0]
    need = shared(found)
    rows = [e for e in candidates if e.where == f"{page}: serious_side_effects" and shared(e) >= need]
    return max(rows, key=shared) if rows else found


HARM_ROWS = (": common_side_effects", ": serious_side_effects")


def symptom_row_instead(q: Question, found: Evidence, candidates: list[Evidence],
                        symptom: Callable[[Evidence], int], shared: Callable[[Evidence], int]) -> Evidence:
    """The same drug page's side-effect row naming most of the symptom's medical words, when a side effect is asked,
    the question's words were read as symptoms and the found line is no side-effect row, names none of them and
    answers no other thing asked (the blood test asked beside the aching muscles). The found line keeps the lead
    when it shares two or more of the question's own words than the row ("bone pain got worse the first weeks after
    the first shot": the line on the first weeks, not the row on thinner bones)."""
    if "side_effects" not in q.intents or not q.medical_terms or not found.where.startswith("drug ") \
            or found.where.endswith(HARM_ROWS) or symptom(found) \
            or (found.topic != "side_effects" and found.topic in q.intents):
        return found
    page = found.where.split(":", 1)[0]
    rows = [e for e in candidates if e.where in {page + end for end in HARM_ROWS} and symptom(e)]
    best = max(rows, key=lambda e: (symptom(e), shared(e)), default=None)
    return best if best is not None and shared(best) >= shared(found) - 1 else found
