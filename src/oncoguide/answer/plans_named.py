"""A plan named by one of its drugs and "chemo": "Nubeqa plus chemo plus hormone shots", "Tecentriq with chemo for
small cell". The chemo is the plan's classic chemotherapy drug the reader did not name; the one plan of that drug
(for the cancer named) that adds such a drug is the plan meant, whose page and trial answer the question."""

from __future__ import annotations

import re

from ..content.lookup import drug_names
from ..model import KnowledgeBase

# "chemo" said as given with the drug: "plus chemo", "with the chemo" (not "after chemo", "instead of chemo" or "is
# it chemo?")
WITH_CHEMO = re.compile(r"\b(plus|with|and|alongside|along with)\s+(the\s+|his\s+|her\s+|my\s+)?chemo(therapy)?\b|"
                        r"\+\s*chemo(therapy)?\b")
# Radiation said too: a plan given with or after chemoradiation ("durvalumab after chemo and radiation") is no plan
# of chemo drugs
RADIATION = re.compile(r"\bradiation|\bradiotherapy|\bchemorad")


def plan_with_chemo(kb: KnowledgeBase, drugs: list[str], cancers: list[str], lowered: str) -> list[str]:
    """The one plan of the single drug named that adds classic chemotherapy, when "chemo" is said given with it;
    none when several plans fit (the question does not say which)."""
    if len(drugs) != 1 or not WITH_CHEMO.search(lowered) or RADIATION.search(lowered):
        return []
    plans = [slug for slug, r in kb.regimens.items() if drugs[0] in r.drugs
             and (not cancers or set(cancers) & set(r.cancers))
             and any(kb.drugs[d].chemotherapy.traditional for d in r.drugs if d != drugs[0] and d in kb.drugs)]
    return plans if len(plans) == 1 else []



# Words that set the drug after them against the treatment asked: "instead of regular taxol", "better than Gleevec"
SET_AGAINST = r"\b(instead of|rather than|than|vs\.?|versus|compared (to|with)|against|not)\s+(\w+\s+){0,2}?$"


def _set_against(kb: KnowledgeBase, slug: str, lowered: str) -> bool:
    """Whether a drug is first said as what the treatment asked was set against."""
    said = [re.escape(n.lower()) for n in drug_names(kb.drugs[slug]) if len(n) > 2] if slug in kb.drugs else []
    first = re.search(rf"(?<![\w-])({'|'.join(sorted(said, key=len, reverse=True))})(?![\w-])", lowered) if said else None
    return first is not None and re.search(SET_AGAINST, lowered[:first.start()]) is not None


def plan_of_all_but_one(kb: KnowledgeBase, drugs: list[str], cancers: list[str], lowered: str) -> list[str]:
    """The one plan for the cancer named made of all but one of the three or more drugs named: "on carbo, Alimta and
    Keytruda for lung cancer, and they gave me dexamethasone the day before" is carboplatin-pemetrexed-pembrolizumab
    (the drug left over is a premedication, or one given before: "came back after carboplatin, now Keytruda plus
    Lenvima"); none when no cancer is named, several plans fit, or the plan holds a drug said as what the treatment
    asked was set against."""
    if len(drugs) < 3 or not cancers:
        return []
    named = set(drugs)
    plans = [slug for slug, r in kb.regimens.items() if len(r.drugs) >= 2 and len(named - set(r.drugs)) == 1
             and set(r.drugs) <= named and set(cancers) & set(r.cancers)
             and not any(_set_against(kb, d, lowered) for d in r.drugs)]  # "abraxane instead of regular taxol"
    return plans if len(plans) == 1 else []
