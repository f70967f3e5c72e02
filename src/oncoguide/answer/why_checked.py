"""Why tests are done on a treatment, asked of several tests at once: "why do they check his blood pressure and
make him pee in a cup before every dose?". Each test watches for a harm of a drug, and the first line gives the
reason for one of them; the harms whose lines say another test asked (protein in the urine) are shown beside it,
so each test asked gets its reason."""

from __future__ import annotations

import re

from ..content.lookup import cancer_names
from ..model import KnowledgeBase
from ..search.text import terms
from .evidence import Evidence, item_text, match_count
from .names import findable_names
from .reply import QUIET, REASON, SCHEDULE_WORDS
from .test_asked import ANY_TEST
from .understand import Question

# "why ...?", "what is it for?", and what a test watches for said as what the drug does: "what can Sutent do to the
# thyroid?" beside the thyroid tests
WHY = re.compile(r"\bwhy\b|\bwhat (is|are) (it|they|that|this|those|these|the \w+) for\b|\breason\b|"
                 r"\bwhat (can|could|does|do|will|might) ([\w-]+ ){0,3}do to\b")
HARMS = ("boxed_warnings", "serious_side_effects", "common_side_effects")
MAX_ADDED = 2


def _drugs(kb: KnowledgeBase, q: Question) -> list[str]:
    return list(dict.fromkeys([*q.drugs, *(d for r in q.regimens for d in kb.regimens[r].drugs)]))


def _tests_said(kb: KnowledgeBase, q: Question, drugs: list[str]) -> list[str]:
    """The question's own words that the named pages' monitoring lines use: the tests asked ("blood", "pressure",
    "urine"), not the rest of the question ("husband", "came back")."""
    lines = [st.text for d in drugs for st in kb.drugs[d].monitoring]
    lines += [item_text(i) for r in q.regimens for i in [*kb.regimens[r].monitoring.items, *kb.regimens[r].monitoring.notes]]
    # the question's own words less names of drugs and plans, but with those of the cancer: "skin" of "skin checks"
    # is asked though melanoma is a skin cancer
    lowered = q.text.lower()
    names = {w for d in drugs for n in findable_names(kb.drugs[d]) for w in terms(n)}
    names |= {w for c in q.cancers for n in cancer_names(kb.cancers[c]) if n.lower() in lowered for w in terms(n)}
    own = [w for w in dict.fromkeys(terms(q.text)) if len(w) > 2 and w not in QUIET and w not in SCHEDULE_WORDS
           and w not in names and w not in ANY_TEST]
    return [w for w in own if any(match_count(t, [w]) for t in lines)]


def reasons_for_tests(kb: KnowledgeBase, q: Question, direct: Evidence | None,
                      shown: set[str]) -> tuple[Evidence | None, list[Evidence]]:
    """The first line and the named drugs' harms to show beside it, for the tests asked that it does not say, most
    tests first; a first line that says none of the tests asked ("Fever is the most common side effect" for "why
    see a dermatologist so often?") gives way to the harm that does."""
    if "monitoring" not in q.intents or direct is None or not WHY.search(q.text.lower()):
        return direct, []
    drugs = _drugs(kb, q)
    tests = _tests_said(kb, q, drugs)
    # a line saying when a test is done gives no reason for it: each test asked still wants its harm
    reason = not direct.where.endswith(": monitoring") or REASON.search(direct.text)
    left = [w for w in tests if not (reason and match_count(direct.text, [w]))]
    if not left:
        return direct, []
    found = [Evidence(text=text, cite=list(item.cite), topic="monitoring", where=f"drug {d}: {field}")
             for d in drugs for field in HARMS for item in getattr(kb.drugs[d], field)
             if match_count(text := item_text(item), left) and text not in shown and text != direct.text]
    found = sorted(found, key=lambda e: -match_count(e.text, left))[:MAX_ADDED]
    if found and len(left) == len(tests) and (not reason or direct.where.split(": ")[-1] in HARMS):
        return found[0], found[1:]
    return direct, found
