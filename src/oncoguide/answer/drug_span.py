"""How long one drug goes on, as its own page says it for the case a question describes.

"He had his GIST removed, how long does he take Gleevec?": imatinib's only plan is for CML, whose cycle count
would answer for the wrong disease; the imatinib page's line for a GIST after surgery ("usually for 3 years")
answers. A drug page line giving a length wins only when it holds more of the question's own words than the plan
the count would be read from (its name, schedule names and length lines), so a plan that fits the case still
answers with its cycles.
"""

from __future__ import annotations

import re

from ..model import KnowledgeBase, Regimen, cited_items
from ..search.text import terms
from .evidence import Evidence, item_text, match_count
from .intents import signals
from .regimen_reply import SETTING_WORDS, one_drug, regimen_for
from .understand import TREATMENT_WORDS, Question

# A line that says how long the drug goes on: "usually taken for 3 years", "given for up to 1 year", "for 6 to 8
# cycles of 3 weeks" (not "within 6 weeks", "3 weeks on, 1 week off").
LENGTH = re.compile(r"\bfor (up to |about |at least |another )?(\d+|one|two|three|five)( to \d+)? "
                    r"(cycles?|months?|years?)\b", re.I)
# Units of time: "last month" says when, and every length line holds one.
TIME_UNIT = re.compile(r"(days?|weeks?|months?|years?|cycles?)$")
# Words of asking how long one is on a drug ("how long do I take it", "does he stay on it"), said of any case.
ASKING = frozenset("long take takes taking stay stays staying keep keeps go goes going get gets given need needs "
                   "supposed usually".split())
# The page fields that may say it: its uses (for which case), how it is given, and its FAQs.
FIELDS = ("uses", "administration", "faqs")


def _case_words(q: Question) -> list[str]:
    """The question's words for the case (disease, surgery, risk), not its names, intent words or treatment words."""
    named = set(q.entity_words)
    words = [w for w in terms(q.text) if w not in named and len(w) > 2 and not signals(w)
             and not TREATMENT_WORDS.search(w) and not TIME_UNIT.match(w) and w not in ASKING]
    return list(dict.fromkeys([*words, *(SETTING_WORDS[w] for w in words if w in SETTING_WORDS)]))


def _plan_text(regimen: Regimen | None) -> str:
    if regimen is None:
        return ""
    return " ".join([regimen.name, regimen.short_name or "", *(s.name or "" for s in regimen.schedules),
                     *(st.text for st in regimen.duration)])


def drug_span(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """A how-long question on one drug: its page's line giving a length for the case asked, when that line fits
    the question better than the plan a cycle count would come from."""
    drug = one_drug(kb, q)
    if drug is None or "duration" not in q.intents:
        return None
    words = _case_words(q)
    lines = [(f, i) for f in FIELDS for i in cited_items(getattr(drug, f)) if LENGTH.search(item_text(i))]
    lines = [(f, i) for f, i in lines if match_count(item_text(i), words)]
    if not lines:
        return None
    field, best = max(lines, key=lambda fi: match_count(item_text(fi[1]), words))
    plan = match_count(_plan_text(regimen_for(kb, q, min_drugs=1)), words)
    if match_count(item_text(best), words) <= plan:
        return None
    return Evidence(text=item_text(best), cite=list(best.cite), topic="duration", where=f"drug {drug.slug}: {field}")
