"""What is done when a cancer comes back or its first treatment did not work, asked of the cancer.

"Dad's mantle cell lymphoma came back after Imbruvica, what is left?" names a drug, but only as the treatment that
came before: the answer is the cancer page's line on what is given when it comes back ("If MCL comes back, CAR
T-cell therapy is the first choice"), not the drug's own page."""

from __future__ import annotations

import re

from ..content.lookup import cancer_names, drug_names, regimen_names
from ..model import KnowledgeBase, Statement
from ..search.text import terms
from .evidence import Evidence, match_count
from .understand import Question

# The question says the cancer came back or did not yield to a treatment
CAME_BACK = re.compile(r"\b(came|comes|come|coming) back\b|\brelaps\w*|\brecurr\w*|\brefractory\b|"
                       r"\b(didn'?t|did not|doesn'?t|does not|hasn'?t|has not) (go away|work|respond|clear)\b|"
                       r"\bstopped working\b|\b(failed|returned)\b")
# ... and asks what is done now ("what is left?", "what is usually done next?", "the newer treatment", "is there a
# cell therapy for it?")
NEXT_ASKED = re.compile(r"\bwhat('?s| is| are)? (left|next)\b|\bdone next\b|\bnext (steps?|treatments?|options?)\b|"
                        r"\b(usual|standard|newer|new|other|next) (treatments?|options?|choices?|therap\w+)\b|"
                        r"\b(treatment|what) now\b|\bis there (a|an|any) ([\w-]+ ){0,3}(therapy|treatment|option)s?\b|"
                        r"\bwhat (else )?can (be done|they do|we do|he do|she do)\b|"
                        r"\bwhat (are|is) (the|his|her|my|our) (options|choices)\b|\bhow (is|are) (it|they) treated\b")
# A cancer page sentence on the cancer coming back or a treatment not working ...
RELAPSE_SAID = re.compile(r"\b(comes?|came|come) back\b|\brelaps\w*|\brefractory\b|\b(does|did) not (go away|work|"
                          r"respond)\b|\bstop(s|ped)? working\b|\bno longer works?\b", re.I)
# ... that is not on its chance or the checks for it ("lowers the chance that it comes back", "can it come back?")
CHANCE_SAID = re.compile(r"\b(chance|risk|likely|unusual|rarely|checks?|follow-up|highest)\b|\bcan [^.?]* come back\?",
                         re.I)
TREATMENT_SAID = re.compile(r"\b(therapy|treat\w*|transplant|radiation|chemo\w*|drugs?|pills?|options?|choices?|"
                            r"surgery|offered|given|used)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.?!])\s+")


def _says_care(statement: Statement) -> bool:
    """Whether a statement says what is done when the cancer comes back or a treatment did not work."""
    return TREATMENT_SAID.search(statement.text) is not None and any(
        RELAPSE_SAID.search(s) and not CHANCE_SAID.search(s) for s in _SENTENCE.split(statement.text))


def _named_after(kb: KnowledgeBase, q: Question, start: int) -> bool:
    """Whether a drug or plan is named where the question asks what is next ("what's next, is it pola-BR?"): it is
    the treatment offered, asked about, not the one that came before."""
    said = [n for d in q.drugs if d in kb.drugs for n in drug_names(kb.drugs[d])]
    said += [n for r in q.regimens if r in kb.regimens for n in regimen_names(kb.regimens[r])]
    rest = q.text.lower()[start:]
    return any(re.search(rf"(?<![\w-]){re.escape(n.lower())}(?![\w-])", rest) for n in said if len(n) > 1)


def relapse_care(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """The named cancer's treatment line for when it comes back, holding most of the question's own words."""
    lowered = q.text.lower()
    asked = NEXT_ASKED.search(lowered)
    if len(q.cancers) != 1 or not CAME_BACK.search(lowered) or asked is None or _named_after(kb, q, asked.start()):
        return None
    cancer = kb.cancers[q.cancers[0]]
    lines = [st for st in cancer.treatment_note if _says_care(st)]
    if not lines:
        return None
    # the question's words and the kinds of the drugs it names, less the cancer's names and its coming back, which
    # every such line holds ("came back on Brukinsa": "when a BTK inhibitor stopped working")
    named = {w for n in cancer_names(cancer) for w in terms(n)}
    kinds = [w for d in q.drugs if d in kb.drugs for c in kb.drugs[d].classes for w in terms(c.name)]
    words = [w for w in dict.fromkeys([*terms(CAME_BACK.sub(" ", lowered)), *kinds]) if len(w) > 2 and w not in named]
    best = max(range(len(lines)), key=lambda i: (match_count(lines[i].text, words), -i))
    return Evidence(text=lines[best].text, cite=list(lines[best].cite), topic="uses",
                    where=f"cancer {cancer.slug}: treatment_note")
