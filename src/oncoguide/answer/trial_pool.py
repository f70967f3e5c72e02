"""Which plan's trial a result question asks about, when it names drugs but no plan: "Opdivo + Yervoy vs Sutent,
how much longer did people live?" asks about nivolumab with ipilimumab, not a plan holding Sutent too; "how much
did adding Imfinzi to the etoposide chemo help?" about the one plan for the cancer named that holds both."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..content.lookup import drug_names
from ..model import KnowledgeBase, Regimen, cited_items
from .evidence import Evidence, item_text
from .past_treatment import names_as_before
from .understand import Question

# Words that set what follows beside the treatment asked about: "vs Sutent", "better than Arimidex", "beat the
# older 5-FU", "compared with letrozole alone"
AGAINST = r"\b(vs\.?|versus|compared (to|with)|than|against|beat|beats|instead of)\s+(\w+\s+){0,3}?"
# Words that join a drug to the treatment asked about: "(with Herceptin and docetaxel)"
JOINED = r"(\bwith|\band|\bplus|\+|&)\s+"

# Fields of a drug page on harms, whose trial figures are how often a side effect happened, not how well it worked
HARMS = re.compile(r"side_effects|warnings|interactions|monitoring")


def _mentions(kb: KnowledgeBase, slug: str, lowered: str) -> list[re.Match[str]]:
    said = [re.escape(n.lower()) for n in drug_names(kb.drugs[slug]) if len(n) > 2] if slug in kb.drugs else []
    name = rf"(?<![\w-])({'|'.join(sorted(said, key=len, reverse=True))})(?![\w-])" if said else None
    return list(re.finditer(name, lowered)) if name else []


def _first_mention(kb: KnowledgeBase, slug: str, lowered: str) -> re.Match[str] | None:
    return next(iter(_mentions(kb, slug, lowered)), None)


def _said_against(before: str) -> bool:
    """Whether the words before a drug's name set it as what the treatment was compared with ("better than going
    back on Velcade"); "compared with no Perjeta" sets the rest against Perjeta not being given."""
    return bool(re.search(AGAINST + r"$", before)) and not re.search(r"\b(no|without)\s+$", before)


def compared_with(kb: KnowledgeBase, q: Question) -> set[str]:
    """The named drugs first said after a comparison word: what the treatment was set against; else those said so
    later, when never told as given with it and another drug is not said so ("has had Velcade before ... is Kyprolis
    better than going back on Velcade?"); and, when the question asks last of some named drugs only, the others it
    named before ("the choice is Brukinsa or BR. did Brukinsa keep it under control longer?": Brukinsa is asked, BR
    is what it was set beside)."""
    lowered = q.text.lower()
    mentions = {slug: _mentions(kb, slug, lowered) for slug in q.drugs}
    out = {slug for slug, found in mentions.items() if found and _said_against(lowered[:found[0].start()])}
    if not out:
        later = {slug for slug, found in mentions.items()
                 if any(_said_against(lowered[:m.start()]) for m in found)
                 and not any(re.search(JOINED + r"$", lowered[:m.start()]) for m in found)}
        out = later if later < set(q.drugs) else set()
    return out | _set_beside_in_the_ask(kb, q, lowered, out)


def _set_beside_in_the_ask(kb: KnowledgeBase, q: Question, lowered: str, found: set[str]) -> set[str]:
    """What the question's last sentence sets the drug asked beside, after a story: the drugs told before as a choice
    that the ask does not name, and those the ask names after a comparison word; never every drug named."""
    ask = LAST_ASK.search(lowered)
    if ask is None or ask.start() == 0 or len(q.drugs) < 2:
        return set()
    in_ask = {s for s in q.drugs if _first_mention(kb, s, ask[0]) is not None}
    out = set(q.drugs) - in_ask if in_ask and CHOICE.search(lowered[:ask.start()]) else set()
    # "someone said Yervoy is the other option. did Keytruda do better than Yervoy?"
    out |= {s for s in in_ask if (m := _first_mention(kb, s, ask[0])) is not None
            and _said_against(ask[0][:m.start()])}
    return out if found | out < set(q.drugs) else set()


# The question's last sentence, which asks ("... did Brukinsa keep the CLL under control longer?")
LAST_ASK = re.compile(r"(?<=[.!?] )[^.!?]+\?\s*$")
# Two treatments told as a choice before the ask: "the choice is A or B", "A instead of B", "they offered A or B"
CHOICE = re.compile(r"\b(or|choice|choose|choosing|option|options|instead)\b")


def trial_plans(kb: KnowledgeBase, q: Question) -> list[Regimen]:
    """The plans made of just the drugs asked about (less those they were compared with), for the cancer named;
    with none such and a cancer named, the plans for it holding all of them, unless a treatment before is named:
    "grew on Sutent, now Inlyta" is Inlyta alone after it, not a first plan adding pembrolizumab."""
    asked = set(q.drugs) - compared_with(kb, q) or set(q.drugs)
    cancers = set(q.cancers)
    fits = [r for r in kb.regimens.values() if not cancers or not cancers.isdisjoint(r.cancers)]
    exact = [r for r in fits if set(r.drugs) == asked]
    return exact or ([r for r in fits if asked <= set(r.drugs)] if cancers and not q.past_drugs else [])


def against_line(kb: KnowledgeBase, q: Question, figures: re.Pattern[str]) -> Evidence | None:
    """A line of an asked drug's page giving a trial's figures that names the drug it was compared with: "Brukinsa vs
    Imbruvica" is their head-to-head trial, where the plan's own trial set Brukinsa against another treatment."""
    against = compared_with(kb, q)
    if not against:
        return None
    names = [n.lower() for slug in against for n in drug_names(kb.drugs[slug]) if len(n) > 2]
    return _drug_line(kb, q, figures, against,
                      lambda text: any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text.lower()) for n in names))


def after_line(kb: KnowledgeBase, q: Question, figures: re.Pattern[str]) -> Evidence | None:
    """A line of an asked drug's page giving a trial's figures that names the treatment said to come before as what
    came before: "grew on Gleevec and Sutent, now Stivarga" is regorafenib's GIST trial after both, not the trial of
    its plan for colorectal cancer."""
    names = [n for slug in q.past_drugs if slug in kb.drugs for n in drug_names(kb.drugs[slug]) if len(n) > 2]
    return _drug_line(kb, q, figures, set(), lambda text: names_as_before(text, names)) if names else None


def _drug_line(kb: KnowledgeBase, q: Question, figures: re.Pattern[str], skip: set[str],
               fits: Callable[[str], bool]) -> Evidence | None:
    for slug in (d for d in q.drugs if d not in skip):
        drug = kb.drugs[slug]
        for name in (f for f in type(drug).model_fields if not HARMS.search(f)):
            for item in cited_items(getattr(drug, name)):
                text = item_text(item)
                if figures.search(text) and fits(text):
                    return Evidence(text=text, cite=list(item.cite), topic="results", where=f"drug {slug}: {name}")
    return None
