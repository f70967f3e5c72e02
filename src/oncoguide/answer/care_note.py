"""Which of a cancer page's treatment notes answers a question on how the cancer is treated.

The note holding most of the question's own words leads; two things broke its ties, which fell to the page's first
note. A word the note says only as what is not so ("surgery is the main treatment for kidney cancer that has not
spread") is not what "treatments for kidney cancer that has spread" asks. And "what chemo will he get?", "how is
Hodgkin lymphoma treated?" ask which treatment: a note naming our drugs or plans ("ABVD has long been a standard
first chemo") says it, where "most adults can be cured with chemo, radiation or both" does not; such a note says
"chemo" too ("radiation with weekly cisplatin").
"""

from __future__ import annotations

import re
import weakref

from ..content.lookup import norm
from ..model import KnowledgeBase, Statement
from .evidence import match_count
from .names import names
from .understand import Question

# "what chemo", "which drugs", "the usual treatment", "how is it treated": the treatment's name asked ("what are the
# treatment options?" asks the range of them, which the page's first note gives)
WHICH_TREATMENT = re.compile(r"\b(what|which|usual|standard|main|first|best)\b(\s+\w+){0,3}\s+(chemo\w*|drugs?|"
                             r"medicines?|medications?|treatments?|therap\w*)\b(?! options?\b)|"
                             r"\bhow (is|are)\b.*\btreated\b")
# Words for a medicine, which a note naming one of ours says ("what chemo will he get?": "weekly cisplatin"); "chemo"
# only by a classic chemo drug (a note naming cetuximab says no chemo)
MEDICINE_WORDS = frozenset("drug drugs medicine medicines medication medications".split())
CHEMO_WORDS = frozenset("chemo chemotherapy".split())
NEGATION = r"\b(not|never)\s+"  # "that has not spread": the word right after says what is not so


def _affirmed(text: str, word: str, asked: str) -> bool:
    """Whether a note says a word other than as what is not so, unless the question says it that way too."""
    lowered = text.lower()
    if not match_count(lowered, [word]):
        return False
    negated = re.compile(NEGATION + re.escape(word[:5]) + r"\w*")
    return not negated.search(lowered) or bool(negated.search(asked)) or match_count(negated.sub(" ", lowered), [word]) > 0


_NAMED: weakref.WeakKeyDictionary[KnowledgeBase, dict[str, tuple[bool, bool]]] = weakref.WeakKeyDictionary()


def treatments_named(kb: KnowledgeBase, text: str) -> tuple[bool, bool]:
    """Whether a text names one of our drugs or plans (by any of its names), and whether one is classic chemo; read
    once per note (a page's notes do not change while kb lives)."""
    seen = _NAMED.setdefault(kb, {})
    if text not in seen:
        seen[text] = _named(kb, text)
    return seen[text]


def _named(kb: KnowledgeBase, text: str) -> tuple[bool, bool]:
    tokens = norm(text).split()
    index = names(kb)
    drugs = set(index.drugs.find(tokens, fuzzy=False))
    regimens = index.regimens.find(tokens, fuzzy=False)
    drugs |= {d for r in regimens for d in kb.regimens[r].drugs}
    return bool(drugs or regimens), any(d in kb.drugs and kb.drugs[d].chemotherapy.traditional for d in drugs)


def care_note(kb: KnowledgeBase, q: Question, notes: list[Statement], own: list[str],
              widened: list[str]) -> Statement | None:
    """The note holding most of the question's own words (`own`, said other than as not so), then of the words they
    were widened to, then (for a question asking which treatment) naming a drug or plan; the first such on ties."""
    asked = q.text.lower()
    which = bool(WHICH_TREATMENT.search(asked))

    by_name = which or bool((MEDICINE_WORDS | CHEMO_WORDS).intersection([*own, *widened]))

    def score(st: Statement) -> tuple[int, int, bool]:
        named, chemo = treatments_named(kb, st.text) if by_name else (False, False)

        def holds(w: str) -> bool:
            return _affirmed(st.text, w, asked) or (w in MEDICINE_WORDS and named) or (w in CHEMO_WORDS and chemo)

        return sum(map(holds, own)), sum(map(holds, widened)), which and named

    return max(notes, key=score, default=None)
