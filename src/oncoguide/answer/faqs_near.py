"""A named drug's FAQ written for nearly the question asked, shown beside the reply.

"Should I wear gloves with his Pomalyst?" shares "wear gloves" with the page's FAQ "Should a caregiver wear gloves
to give pomalidomide?"; "how many years on the Kisqali after surgery?" asks how long, as the FAQ "How long will I
take ribociclib for early breast cancer?" does. The intent's fields do not hold FAQs, and an FAQ leads only when its
question is the one asked (reply.py `_faq_asked`), so such an FAQ was not shown at all.
"""

from __future__ import annotations

from functools import lru_cache

from ..content.lookup import drug_names
from ..model import KnowledgeBase
from ..search.text import stem, terms
from .evidence import Evidence
from .intents import ORDER
from .intents import asked as asked_by
from .reply import QUIET, SCHEDULE_WORDS
from .understand import Question

# ... and words too common in questions about cancer drugs to tell one FAQ from another ("what other chemo is it
# given with?" is not "Is oxaliplatin chemo?")
WEAK = frozenset(stem(w) for w in QUIET | SCHEDULE_WORDS | {"chemo", "chemotherapy", "cancer", "cancers", "kind"})
MAX_NEAR = 1


def faqs_near(kb: KnowledgeBase, q: Question, shown: set[str]) -> list[Evidence]:
    """The named drugs' FAQs (not shown yet) sharing two topic words with the question; or asking what it asks (the
    same intent) and sharing a word, the cancer's name too; or, for a question no intent is spotted in, holding
    every topic word of the FAQ's question. Most words shared first."""
    drugs = {stem(w) for s in q.drugs for n in drug_names(kb.drugs[s]) for w in terms(n)}
    named = drugs | {stem(w) for w in q.entity_words}  # the cancer said is no topic, but an FAQ on it may be meant
    asked = {stem(w) for w in terms(q.text)} - WEAK
    found: list[tuple[int, Evidence]] = []
    for slug in q.drugs:
        for faq in kb.drugs[slug].faqs:
            if faq.answer in shown:
                continue
            own, intents = _read(faq.question)
            shared = len((own & asked) - named)
            # "how many years on Kisqali after surgery for breast cancer?": how long, for the cancer said
            same_intent = bool(intents & set(q.intents)) and bool((own & asked) - drugs)
            if shared >= 2 or (shared and not q.intents and own - named <= asked) or same_intent:
                found.append((shared, Evidence(text=faq.answer, cite=list(faq.cite), topic="other",
                                               where=f"drug {slug}: faqs")))
    return [e for _, e in sorted(found, key=lambda t: -t[0])[:MAX_NEAR]]


@lru_cache(maxsize=1024)
def _read(question: str) -> tuple[frozenset[str], frozenset[str]]:
    """An FAQ question's topic words (stemmed) and intents, read once: through intents.spot, whose memo the
    questions asked share, the ~330 FAQ questions pushed those out (about 1 ms more CPU a question)."""
    lowered = question.lower()
    return (frozenset(stem(w) for w in terms(question)) - WEAK,
            frozenset(i for i in ORDER if asked_by(i).search(lowered)))
