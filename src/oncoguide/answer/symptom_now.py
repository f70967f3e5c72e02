"""A side effect the person has now ("I have a fever on Revlimid", "loose stools since Verzenio, what do I do?") is
answered by the page's serious row on it, when there is one: that row says when to call and what to take, where
the common row on the same symptom says how often it happens."""

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
