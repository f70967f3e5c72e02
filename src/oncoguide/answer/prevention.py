"""A question about keeping a cancer from starting leads with what the named drug does to prevent it.

"I've never had breast cancer but I'm high risk. My doctor mentioned Aromasin to lower my risk. Does it work?" reads
as a how-well-it-works question, and that rule's reply is the plan's trial of people who already had the cancer
(IES, after tamoxifen). The asker has no cancer: the line that answers is the drug page's prevention result (MAP.3:
about two thirds fewer invasive breast cancers), or its use for women at high risk.
"""

from __future__ import annotations

import re

from ..model import KnowledgeBase
from .evidence import Evidence
from .understand import Question

# Someone asking about not getting a cancer: "never had breast cancer", "to lower my risk", "prevent breast cancer",
# "keep me from getting it". "High risk" alone is not one ("high risk MDS", "his GIST was high risk").
_ASKED = re.compile(r"\b(?:never had (?:\w+ )?cancer|(?:lower|lowers|lowering|reduce|reduces|reducing|cut|cuts) "
                    r"(?:my|her|his|their|our|your) (?:risk|chances?)\b|prevent(?:s|ing)? (?:\w+ )?cancer|"
                    r"(?:from|of|against) getting (?:\w+ )?cancer|cancer prevention)")
# ... but not someone lowering the risk of a cancer they had coming back
_COMING_BACK = re.compile(r"\b(?:com(?:e|es|ing) back|return\w*|recur\w*|relapse\w*|spread\w*)\b")
# A line saying the drug keeps a cancer from starting: "lowered the chance of invasive breast cancer", "to lower the
# chance of getting breast cancer in women at high risk"
_SAYS = re.compile(r"\b(?:lower|reduc|cut)\w* the (?:chance|risk) of (?:getting|developing|invasive)\b|"
                   r"\bprevents? (?:\w+ )?cancer\b")


def prevention_asked(text: str) -> bool:
    """Whether the question asks about keeping a cancer from starting (not from coming back)."""
    lowered = text.lower()
    return bool(_ASKED.search(lowered)) and not _COMING_BACK.search(lowered)


def prevention_lead(kb: KnowledgeBase, q: Question, direct: Evidence | None) -> Evidence | None:
    """The named drugs' line on preventing the cancer (a result with a figure before a use) when the question asks
    about prevention and the reply does not already say it; else None."""
    if not q.drugs or not prevention_asked(q.text) or (direct is not None and _SAYS.search(direct.text)):
        return None
    found: list[Evidence] = []
    for slug in q.drugs:
        drug = kb.drugs[slug]
        found += [Evidence(text=f.answer, cite=list(f.cite), topic="efficacy", where=f"drug {slug}: faqs",
                           origin="faq", match=f"{f.question} {f.answer}")
                  for f in drug.faqs if _SAYS.search(f.answer)]
        found += [Evidence(text=u.text, cite=list(u.cite), topic="uses", where=f"drug {slug}: uses",
                           cancer=u.cancer)
                  for u in drug.uses if _SAYS.search(u.text)]
    with_figure = [e for e in found if re.search(r"\d", e.text)]
    return next(iter(with_figure or found), None)
