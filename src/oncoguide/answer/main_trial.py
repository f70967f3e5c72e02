"""Which trial line answers how one drug did when the question settles no single plan: "what did the main trial of
Sprycel show?", "did Ibrance help people live longer?".

The cancer is the one named, else the drug's main use (the cancer most of its uses are for); a cancer we have no page for
("Tibsovo for bile duct cancer") leaves the choice to the other rules. The lines are the drug page's uses for that
cancer and its FAQs that give a trial's figures (a use for another cancer never answers: "does Opdivo work for kidney
cancer?" is not answered by a melanoma trial), then the trial lines of the drug's plans for that cancer. The line
sharing most of the question's own words wins ("herceptin added to chemo for cancer that had spread": the trial in
spread cancer, not the one after surgery), then one saying who lived longer when that is asked, then the drug page's
own lines, then the plans holding fewest other drugs."""

from __future__ import annotations

import re
from collections import Counter

from ..model import Drug, KnowledgeBase
from ..search.text import terms
from .evidence import Evidence, match_count
from .plan_trials import ASKING_HOW_IT_DID, SURVIVAL_ASKED, SURVIVAL_SAID, TRIAL_FIGURES, trial_lines
from .understand import Question

TRIAL = re.compile(r"\b(trials?|study|studies|studied)\b", re.I)


def main_use(drug: Drug) -> str:
    """The cancer most of the drug's uses are for (Sprycel: CML, though its page lists a use in ALL first)."""
    return Counter(u.cancer for u in drug.uses).most_common(1)[0][0]


def _candidates(kb: KnowledgeBase, drug: Drug, cancers: list[str], named_cancer: bool) -> list[Evidence]:
    """The drug page's trial lines for the cancers, then its plans' for them (fewest other drugs first)."""
    out = [Evidence(text=u.text, cite=list(u.cite), topic="results", where=f"drug {drug.slug}: uses", cancer=u.cancer)
           for u in drug.uses if u.cancer in cancers and TRIAL_FIGURES.search(u.text)]
    if not named_cancer:  # an FAQ or other use names no cancer page it is for: only when none was asked
        out += [Evidence(text=f.answer, cite=list(f.cite), topic="results", where=f"drug {drug.slug}: faqs")
                for f in drug.faqs if TRIAL_FIGURES.search(f.answer)]
        out += [Evidence(text=s.text, cite=list(s.cite), topic="results", where=f"drug {drug.slug}: other_uses")
                for s in drug.other_uses if TRIAL_FIGURES.search(s.text)]
    plans = sorted((r for r in kb.regimens_with_drug(drug.slug) if set(r.cancers) & set(cancers)),
                   key=lambda r: len(r.drugs))
    out += [Evidence(text=f"In {r.display_name}: {g.text}", cite=list(g.cite), topic="results",
                     where=f"regimen {r.slug}: goals") for r in plans for g in trial_lines(r) if TRIAL_FIGURES.search(g.text)]
    return out


def main_trial(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """The trial line on how the one drug named did, for the cancer named or its main use."""
    if "results" not in q.intents or q.regimens or len(q.drugs) != 1 or q.unknown_conditions or q.unknown_cancers:
        return None
    drug = kb.drugs[q.drugs[0]]
    lines = _candidates(kb, drug, list(q.cancers) or [main_use(drug)], bool(q.cancers))
    survival = bool(SURVIVAL_ASKED.search(q.text.lower()))
    # only a trial, a study or living longer asked: "I still smoke, does that change how well Pomalyst works?" asks
    # about smoking, which no trial line says
    if not lines or not (survival or TRIAL.search(q.text)):
        return None
    words = [w for w in terms(q.text) if len(w) > 3 and w not in set(q.entity_words) and w not in ASKING_HOW_IT_DID
             and not SURVIVAL_ASKED.search(w)]  # (living longer is weighed on its own, below)
    return max(lines, key=lambda e: (match_count(e.text, words), survival and bool(SURVIVAL_SAID.search(e.text)),
                                     -lines.index(e)))
