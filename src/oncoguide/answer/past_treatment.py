"""Drugs said as the treatment that came before: "grew on Nexavar. Can Stivarga be used for liver cancer?" asks
about Stivarga ("already had Taxotere, does Xtandi help?" about Xtandi); Nexavar is the drug that stopped working, whose page answers nothing asked.

A drug is past when every time the question names it, it is named as past: "Stivarga after Nexavar failed, is it
better than Nexavar?" names Nexavar again and still compares the two. With no other drug named, the past drug is
still what is asked about ("Revlimid stopped working, what now?").
"""

from __future__ import annotations

import re

from ..content.lookup import drug_names
from ..model import KnowledgeBase

# Said after the drug, a few words on: "Gleevec stopped working", "the Nexavar for my thyroid cancer stopped
# working", "Tagrisso failed", "Ibrance didn't work"
STOPPED = re.compile(r"^(?P<gap>(\s+[\w']+){0,4}?)\s+(stop(s|ped)? (working|helping)|quit working|failed|"
                     r"did ?n[o']t work|did not work|does ?n[o']t work|does not work|no longer works?|(was|is) ?n[o']?t working)\b")
# Words that open another clause, so a drug before them is not what stopped working: "can Tasigna be used when the
# first pill failed"
CLAUSE = re.compile(r"\b(when|if|after|because|since|but|and|so|now|once|then|or|until|while|is|are|was|were|will|"
                    r"can|could|would|should|does|do|did|might|may|be|to)\b")
# Said before the drug: "grew on Nexavar", "progressed on Xtandi", "failed Tagrisso", "resistant to Gleevec"
GREW_ON = re.compile(r"\b((grew|grown|grows|growing|progressed|progressing|progression|relapsed|worse|spread) "
                     r"(on|while on|despite)|failed( on)?|resistant to|refractory to|(stopped|not|no longer) "
                     r"respon(ding|ded|d) to|did ?n[o']t respond to|did not respond to)\s+(the |his |her |my |their )?$")
# A second drug said in the same breath: "grew on Gleevec and then on Sutent too"
AND_THEN = re.compile(r"^\s*(,|and|or|then|and then|, then|, and)\s+(also\s+)?(on\s+)?(the |his |her |my )?$")
# "already had Taxotere", "has already tried Tarceva": a treatment said as done with (not "already on", still taken)
ALREADY = re.compile(r"\balready (had|tried|took|taken|received|finished|completed|gone through|done)\s+"
                     r"(the |his |her |my |their |a |some )?$")
# "was on Tarceva before": taken before, said as a time
WAS_ON = re.compile(r"\b(was|were|been|used to be) on (the |his |her |my )?$")
BEFORE = re.compile(r"^(\s+[\w']+){0,2}?\s+(before|previously|earlier|first)\b\s*([.,;?!]|$|and\b|but\b|now\b)")


def past_drugs(kb: KnowledgeBase, lowered: str, drugs: list[str]) -> list[str]:
    """The drugs named only as a treatment that came before, when another drug is named too."""
    if len(drugs) < 2:
        return []
    mentions = sorted((m.start(), m.end(), slug) for slug in drugs if slug in kb.drugs
                      for m in _mentions(kb, slug, lowered))
    past_at: set[int] = set()
    for i, (start, end, _) in enumerate(mentions):
        before, after = lowered[:start], lowered[end:]
        chained = i > 0 and mentions[i - 1][0] in past_at and AND_THEN.search(lowered[mentions[i - 1][1]:start])
        stopped = STOPPED.search(after)
        if (stopped and not CLAUSE.search(stopped["gap"]) and not _names_between(mentions, end, end + stopped.end())) \
                or GREW_ON.search(before) or ALREADY.search(before) or chained or (WAS_ON.search(before) and BEFORE.search(after)):
            past_at.add(start)
    past = [slug for slug in drugs if (starts := {s for s, _, d in mentions if d == slug}) and starts <= past_at]
    return past if len(past) < len(drugs) else []


# A page's line saying a drug came before: "whose GIST grew on imatinib", "after imatinib (Gleevec) and sunitinib",
# "treated with sorafenib before" (not "took dasatinib or imatinib", a trial against it as a first treatment)
CAME_BEFORE = r"\b(after|grew on|grew after|growing on|progressed on|resistant to|treated with|stopped working on)\s+([\w,()-]+\s+){{0,3}}?{name}(?![\w-])"


def names_as_before(text: str, names: list[str]) -> bool:
    """Whether a line names one of these drug names as the treatment that came before."""
    lowered = text.lower()
    return any(re.search(CAME_BEFORE.format(name=re.escape(n.lower())), lowered) for n in names)


def _mentions(kb: KnowledgeBase, slug: str, lowered: str) -> list[re.Match[str]]:
    said = sorted({re.escape(n.lower()) for n in drug_names(kb.drugs[slug]) if len(n) > 2}, key=len, reverse=True)
    return list(re.finditer(rf"(?<![\w-])({'|'.join(said)})(?![\w-])", lowered)) if said else []


def _names_between(mentions: list[tuple[int, int, str]], start: int, end: int) -> bool:
    return any(start <= s < end for s, _, _ in mentions)
