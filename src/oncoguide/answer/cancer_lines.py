"""A question on one cancer that asks none of its aspects leads with the page's line holding its rarest words.

"The pathology report on my husband's DLBCL says double hit, what does that mean?" asks no aspect of the lymphoma
that cancer_aspects.py knows (its kinds, signs, risks, outlook...), so the intent rules reply with what a
pathologist is; "why a colonoscopy for his mantle cell lymphoma?" got one plan's blood count schedule. The page's
line on "double hit" and the one on looking at the bowel share the words that matter, each said on few lines of any
cancer page (word_rarity.py): "cancer", "people" and "treatment" weigh nothing, "double" and "colonoscopy" a lot.
"""

from __future__ import annotations

import re

from ..model import KnowledgeBase
from ..search.text import stem, terms
from .cancer_aspects import asked_aspects
from .evidence import Evidence
from .reply import QUIET, pointed_term
from .understand import Question
from .word_rarity import cancer_lines, rarity

MIN_WORDS = 2  # words asked a line must hold: one shared word is chance
MARGIN = 3.5  # how much more (in summed rarity) the line must hold than the reply the rules chose (tuned on the
# readable sets: 3.1 would put "where breast cancer spreads" before "it keeps the name of where it started")
# A question on the cancer's treatment ("how long is chemo for Hodgkin lymphoma?", "is there a hormone therapy for
# prostate cancer?"): a plan's line or the drugs of a family answer it, not a line sharing the cancer's other words.
TREATMENT_ASKED = re.compile(r"\b(chemo\w*|therap\w*|treat\w*|drugs?|medicines?|medications?|pills?|shots?|"
                             r"infusions?)\b", re.I)


def _asked_words(q: Question) -> list[str]:
    named = set(q.entity_words)
    words = [w for w in dict.fromkeys([*terms(q.text), *q.medical_terms])
             if len(w) > 2 and w not in named and w not in QUIET]
    return list({stem(w): w for w in reversed(words)}.values())[::-1]  # "bone" and "bones" count once


def cancer_line(kb: KnowledgeBase, q: Question, direct: Evidence | None) -> Evidence | None:
    """The named cancer's line to lead with instead of the rules' reply, or None (see the module's docstring)."""
    if len(q.cancers) != 1 or q.drugs or q.regimens or q.unknown_drugs or q.unknown_conditions:
        return None
    if asked_aspects(q.text.lower()):
        return None  # an aspect asked is answered by its section (cancer_aspects.py)
    if direct is not None and (pointed := pointed_term(kb, q)) is not None and direct.where == f"glossary {pointed}":
        return None  # "his myeloma labs show a high LDH, what does that result mean?": what LDH is, the word pointed at
    cancer = kb.cancers[q.cancers[0]]
    if TREATMENT_ASKED.search(q.text) or (direct is not None and direct.where.startswith(
            f"cancer {cancer.slug}: treatment_note")):
        return None  # its treatment is the rules' to answer: the plans, the drug families, the page's treatment notes
    words = _asked_words(q)
    rarities = rarity(kb)
    scored = [(rarities.score(st.text, words), st) for st in cancer_lines(cancer)]
    if not scored:
        return None
    (score, held), best = max(scored, key=lambda x: x[0][0])
    if held < MIN_WORDS or (direct is not None and best.text == direct.text):
        return None
    if direct is not None and score < rarities.score(direct.text, words)[0] + MARGIN:
        return None
    field = cancer.field_of(best)
    return Evidence(text=best.text, cite=list(best.cite), topic="uses" if field == "treatment_note" else "definition",
                    where=f"cancer {cancer.slug}: {field}")
