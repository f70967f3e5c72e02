"""How soon a page sentence tells the reader to get help, read from its own words.

The symptom rules (content/triage.yaml) decide who to call and how soon; a drug, regimen or cancer page sentence that
states its own timing must not say less than the rules give for the symptom it names, nor "911" where the rules do
not with what it says ("911 if you feel faint": feeling faint is not a faint).
How each wording is read:

- "911", "emergency care", "an emergency" is emergency (call 911 now);
- "right away", "at once", "immediately", "day or night", "call ... now", "get help now" is call_now (call your care
  team now). "Get help right away" names no one: a reader may just call the team, so it is read as call_now, and it
  under-urges a symptom the rules send to 911;
- "today", "same day" is call_today; "next visit" is next_visit;
- a sentence with a timing that names no symptom of the rules is read with the symptoms of its statement (and of the
  side effect it is under) when it points back ("Get help right away.", "if it is sudden"); one that names a sign
  the rules do not know ("Call now for memory loss") is not checked;
- a sentence that tells the nurse ("Tell the nurse at once", during a drip at the clinic) is not a rule for home and
  is not read; nor is a sentence without a word that asks the reader to call, report or get help.
"""

from __future__ import annotations

import re

from ..model.triage import Level

_NURSE = re.compile(r"\btell (the|your) nurses?\b")
# The reader is asked to contact someone or get care: timing words elsewhere ("checked now and then") say nothing.
_CONTACT = re.compile(r"\b(call|calls|get (medical |urgent )?(help|care)|seek|report|tell|needs?|go to)\b|\b911\b"
                      r"|\ban emergency\b")
_STATED = [
    (Level.emergency, re.compile(r"\b911\b|\bemergency (care|help|room|department|services?|number)\b|\ban emergency\b")),
    (Level.call_now, re.compile(r"\bright away\b|\bat once\b|\bimmediately\b|\bday or night\b|\bwithout delay\b"
                                r"|\b(call|get help|get care|report)\b(?:[^.;]*?)\bnow\b")),
    (Level.call_today, re.compile(r"\btoday\b|\bsame day\b|\bwithin (24 hours|a day|one day)\b")),
    (Level.next_visit, re.compile(r"\bnext (visit|appointment)\b")),
]
# A sign named after "for", "if" or "about" ("Call now for memory loss", "if you feel lightheaded"), not a word that
# points back ("if it is sudden", "for these signs", "have someone call for you").
_OWN_SIGN = re.compile(r"\b(for|if|about)\s+(you\s+(feel|have|get|notice|see|start)\s+)?"
                       r"(?!(it|this|these|that|those|them|they|you|someone)\b)\w+")
def stated_level(sentence: str) -> Level | None:
    """The most urgent timing a sentence gives for getting help at home, or None when it gives none."""
    lowered = sentence.lower()
    if _NURSE.search(lowered) or not _CONTACT.search(lowered):
        return None
    return next((level for level, words in _STATED if words.search(lowered)), None)


def points_back(sentence: str) -> bool:
    """Whether a sentence's timing is about what the statement said before ("Get help right away.", "Call 911 if it
    is severe."), not about a sign it names itself."""
    return not _OWN_SIGN.search(sentence.lower())
