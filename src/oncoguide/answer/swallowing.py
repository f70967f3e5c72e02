"""Pills that are hard to swallow: "he can't get the big Gleevec pill down", "trouble swallowing the capsules".

A drug page that says what to do when the pills cannot be swallowed ("stir the tablets into water or apple
juice", "mix the powder in applesauce") answers, whatever other words the question shares with other lines.
"""

from __future__ import annotations

import re

from ..model import KnowledgeBase, cited_items
from .evidence import Evidence, item_text
from .regimen_reply import one_drug
from .understand import Question

# The person says the medicine is hard to get down ("can't swallow", "trouble swallowing", "can't get it down",
# "too big to swallow") ...
HARD_TO_SWALLOW = re.compile(r"\b(can'?t|cannot|can not|could ?n'?t|unable to|hard (time )?(to )?|trouble|"
                             r"difficult(y|ies)?|problems?|struggl\w*)\b[^?.]{0,20}\bswallow|"
                             r"\b(can'?t|cannot|could ?n'?t|unable to) get\b[^?.]{0,40}\bdown\b|"
                             r"\btoo (big|large) to swallow\b|\b(gag|gags|gagging|choke|chokes|choking) on\b")
# ... of the pills themselves, not a symptom ("trouble swallowing since I started it" is a side effect question).
THE_PILLS = re.compile(r"\b(pills?|tablets?|capsules?|caps|tabs)\b|\bget (it|them) down\b")
# A page line for people who cannot swallow the pills.
FOR_THEM = re.compile(r"\b(cannot|can'?t|unable to|trouble|difficulty|problems?) (swallow|swallowing)\b", re.I)
FIELDS = ("administration", "handling", "faqs")


def cannot_swallow(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """The named drug's line on what to do when its pills cannot be swallowed whole, when the question says so."""
    drug = one_drug(kb, q)
    lowered = q.text.lower()
    if drug is None or not HARD_TO_SWALLOW.search(lowered) or not THE_PILLS.search(lowered):
        return None
    for field in FIELDS:
        for item in cited_items(getattr(drug, field)):
            if FOR_THEM.search(text := item_text(item)):
                return Evidence(text=text, cite=list(item.cite), topic="handling", where=f"drug {drug.slug}: {field}")
    return None
