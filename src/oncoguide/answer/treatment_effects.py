"""What surgery or radiation for a cancer can leave behind, asked of the cancer: "what are the side effects after
surgery to remove his prostate?" is answered by the prostate cancer page's line on the effects of surgery, not by a
side effect of one of its drug plans."""

from __future__ import annotations

import re

from ..model import KnowledgeBase
from ..search.text import terms
from .evidence import Evidence, match_count
from .understand import Question

# A treatment that is no medicine, said in a question and in a cancer page's line
LOCAL_TREATMENT = re.compile(r"\b(surgery|surgeries|operation|operated|remov\w+|taken out|take out|took out|\w+ectomy|"
                             r"radiation|radiotherapy)\b", re.I)
# A line saying what such treatment can leave behind
EFFECTS_SAID = re.compile(r"\bside effects?\b|\blong-term effects?\b|\bcan (cause|lead to|leave)\b", re.I)


def treatment_effects(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """The named cancer's line on the effects of the surgery or radiation asked, holding most of the question's
    words."""
    if len(q.cancers) != 1 or q.drugs or q.regimens or not {"side_effects", "serious"} & set(q.intents) \
            or not LOCAL_TREATMENT.search(q.text):
        return None
    cancer = kb.cancers[q.cancers[0]]
    lines = [st for st in [*cancer.treatment_note, *cancer.about_disease()]
             if LOCAL_TREATMENT.search(st.text) and EFFECTS_SAID.search(st.text)]
    if not lines:
        return None
    words = [w for w in terms(q.text) if len(w) > 2]
    best = max(range(len(lines)), key=lambda i: (match_count(lines[i].text, words), -i))
    return Evidence(text=lines[best].text, cite=list(lines[best].cite), topic="side_effects",
                    where=f"cancer {cancer.slug}: {cancer.field_of(lines[best])}")
