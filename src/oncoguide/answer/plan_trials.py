"""Which of a plan's trial lines answers a question on how well it did.

A plan's goals hold its trials' figures, often more than one line: the main result, a longer follow-up on who lived
longer, a second trial against another drug. "Is Calquence easier on the heart than Imbruvica?" is answered by the
line on the trial that set the two side by side; "did A+AVD help people live longer?" by the follow-up on who was
alive, not the first line on growth."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..content.lookup import drug_names
from ..model import KnowledgeBase, Regimen, Statement
from ..search.text import terms
from .evidence import Evidence, match_count
from .plans_named import WITH_CHEMO
from .trial_pool import against_line, compared_with, trial_plans
from .understand import ALONE, SETTINGS, Question

# A goal giving an outcome's figures: "In the ATAC trial ... about 4 in 100 (4.3%)", "After 6 years, 94 in 100 ...
# were alive", a share of people told by the trial's name alone ("In CLL14, ... no leukemia left ... in 76 in 100
# people") (not "At least 4 cycles are advised", nor "PD-L1 on at least 1% of its cells")
OUTCOME = re.compile(r"\b(trials?|stud(y|ies)|alive|lived?|death|remission|growth|grew|held back|shrank|versus|"
                     r"against)\b|\b\d+ (in|out of) 100 (people|patients|women|men)\b", re.I)
FIGURE = re.compile(r"\d")
# A line that gives a trial's figures: "In the KEYNOTE-024 trial, ... Half ... were still alive at 30.0 months".
TRIAL_FIGURES = re.compile(r"\b(trials?|study)\b.*\d", re.I | re.S)
# Living longer asked, and said by a line
SURVIVAL_ASKED = re.compile(r"\b(live|lived|living|alive|surviv\w*|die|died|dying|death)\b")
SURVIVAL_SAID = re.compile(r"\b(alive|lived|live longer|surviv\w*|died|death|dying)\b", re.I)
# A rate asked ("success rate", "what percent", "how many people"), and a line that gives one ("47 in 100", "61%")
RATE_ASKED = re.compile(r"\b(rates?|percent|percentage|how many|odds|chances?)\b")
RATE_SAID = re.compile(r"\b\d+ (out of|in) \d+\b|\d ?%")
# How a comparison asks which did better, not how two things differ ("what is the difference between ...")
HOW_THEY_DID = re.compile(r"\b(better|worse|easier|harder|safer|gentler|stronger|(more|less) effective|trials?|"
                          r"stud(y|ies)|head[ -]to[ -]head|longer|results?)\b")


# The drug asked of given without chemo: "Libtayo alone", "by itself", "instead of chemo", "without chemo"
WITHOUT_CHEMO = re.compile(ALONE.pattern + r"|\b(instead of|rather than|without|no)( the| any)? chemo")


# Chemo said as what the drug was set beside, not given with: "did people live longer than with chemo?"
SET_BESIDE = re.compile(r"\b(than|compared (to|with)|versus|vs\.?|against|over)( with)?( the)? chemo\w*")


def given_with_chemo(text: str, names: list[str]) -> bool:
    """Whether a trial line gives one of the drugs (by names, lower-cased) together with chemo: "chemo with
    cemiplimab", "pembrolizumab plus chemotherapy" (not "cemiplimab or chemotherapy", set side by side)."""
    said = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return bool(said) and re.search(rf"(?<![\w-])({said}) (with|plus|and|added to) (\w+ ){{0,2}}chemo|"
                                    rf"\bchemo\w* (with|plus|and) ({said})(?![\w-])", text.lower()) is not None


# Words that ask how a treatment did, which any trial line may hold ("did adding it help people in the study?"): they
# tell no line from another
ASKING_HOW_IT_DID = frozenset(("trial trials study studies people patients help helps helped actually really adding "
                               "added main better much work works worked longer").split())


def trial_lines(regimen: Regimen) -> list[Statement]:
    """The plan's goals that give an outcome's figures, in page order."""
    return [g for g in regimen.goals if FIGURE.search(g.text) and OUTCOME.search(g.text)]


def other_side(kb: KnowledgeBase, q: Question, regimen: Regimen) -> list[str]:
    """The names, lower-cased, of what the question sets beside the plan: a named drug it does not hold, or the
    drugs of another plan named ("Brukinsa or BR?": bendamustine and rituximab)."""
    own = set(regimen.drugs)
    drugs = {d for d in q.drugs if d not in own} | compared_with(kb, q) - own
    others = [kb.regimens[s] for s in q.regimens if s != regimen.slug and s in kb.regimens]
    drugs |= {d for r in others for d in r.drugs if d not in own}
    plans = [n.lower() for r in others for n in (r.display_name, r.name) if len(n) > 2]  # "ABVD"
    return plans + [n.lower() for d in drugs if d in kb.drugs for n in drug_names(kb.drugs[d]) if len(n) > 2]


def _names(text: str, names: list[str]) -> bool:
    lowered = text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", lowered) for n in names)


def best_line(kb: KnowledgeBase, q: Question, regimen: Regimen) -> tuple[bool, Statement] | None:
    """The plan's trial line that answers best, and whether it names what the plan was set beside: one naming it
    first, then one saying who lived longer when that is asked, then one giving a rate when a rate is asked, then one
    sharing most of the question's own words, then one naming its trial, in page order otherwise."""
    lines = trial_lines(regimen)
    if not lines:
        return None
    fit = fitness(kb, q, regimen)
    best = max(range(len(lines)), key=lambda i: (fit(lines[i].text), -i))
    return fit(lines[best].text)[0], lines[best]


def fitness(kb: KnowledgeBase, q: Question, regimen: Regimen) -> Callable[[str], tuple[bool, bool, bool, int, bool]]:
    """How well a trial line answers, for best_line's order (higher is better)."""
    against = other_side(kb, q, regimen)
    survival = bool(SURVIVAL_ASKED.search(q.text.lower()))
    rate = bool(RATE_ASKED.search(q.text.lower()))
    words = [w for w in terms(q.text) if len(w) > 3 and w not in set(q.entity_words) and w not in ASKING_HOW_IT_DID]

    def fit(text: str) -> tuple[bool, bool, bool, int, bool]:
        return (bool(against) and _names(text, against), survival and bool(SURVIVAL_SAID.search(text)),
                rate and bool(RATE_SAID.search(text)), match_count(text, words), bool(TRIAL_FIGURES.search(text)))
    return fit


def _evidence(q: Question, regimen: Regimen, line: Statement) -> Evidence:
    text = line.text if regimen.slug in q.regimens else f"In {regimen.display_name}: {line.text}"  # which plan
    return Evidence(text=text, cite=list(line.cite), topic="results", where=f"regimen {regimen.slug}: goals")


def plans_asked(kb: KnowledgeBase, q: Question) -> list[Regimen]:
    """The plans named, then those made of just the drugs named that no named plan holds ("Brukinsa or BR?")."""
    named = [kb.regimens[s] for s in q.regimens if s in kb.regimens]
    held = {d for r in named for d in r.drugs}
    if q.drugs and not set(q.drugs) <= held:
        found = trial_plans(kb, q)
        if not found and len(q.drugs) == 2 and not q.regimens:  # "Calquence or Imbruvica?": each one's own plans
            # (for the cancer named: "Sprycel over Gleevec for CML" is not asked of Sprycel's plan for ALL)
            found = [r for d in q.drugs for r in kb.regimens.values()
                     if r.drugs == [d] and (not q.cancers or not set(q.cancers).isdisjoint(r.cancers))]
        named += [r for r in found if r not in named]
    return named


def plan_head_to_head(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"Is Calquence easier on the heart than Imbruvica?", "Brukinsa or BR, which did better?": the trial line that
    names what was set beside the treatment asked, from a drug page when only drugs are named, else from a plan's."""
    if not {"comparison", "results"} & set(q.intents) or not HOW_THEY_DID.search(q.text.lower()):
        return None
    if not q.regimens and (of_drug := against_line(kb, q, TRIAL_FIGURES)) is not None:
        return of_drug  # "Brukinsa vs Imbruvica": the drug page's line on the trial of the two
    for regimen in plans_asked(kb, q):
        best = best_line(kb, q, regimen)
        if best is not None and best[0]:
            return _evidence(q, regimen, best[1])
    return None


def plan_result(kb: KnowledgeBase, q: Question, regimen: Regimen) -> Evidence | None:
    """The plan's trial line that answers best, or None when its goals give no figures. A trial line of an asked
    drug's own page replaces it when it fits the question better ("Tagrisso for 3 years after my lung cancer was
    removed": the trial after surgery on the drug's page, not the plan's trial in cancer that had spread; "adding
    Sarclisa to VRd": Sarclisa's trial with VRd, not VRd's own). Against the plan the question names, or one made of
    just the drugs asked, it must share two more of the question's words (a word or two of a long line is chance)."""
    best = best_line(kb, q, regimen)
    if best is None:
        return None
    fit = fitness(kb, q, regimen)
    asked = set(q.drugs) - compared_with(kb, q)
    fits_plan = asked <= set(regimen.drugs) and (regimen.slug in q.regimens or set(regimen.drugs) <= asked)
    # "Libtayo alone instead of chemo, did people live longer?": a trial that gave it with chemo does not answer;
    # "Libtayo plus chemo?": one that gave it without chemo does not
    lowered = q.text.lower()
    chemo = False if WITHOUT_CHEMO.search(lowered) else True if WITH_CHEMO.search(SET_BESIDE.sub(" ", lowered)) else None
    names = [n.lower() for d in asked if d in kb.drugs for n in drug_names(kb.drugs[d]) if len(n) > 2]

    def apart(text: str) -> bool:
        return chemo is None or given_with_chemo(text, names) == chemo

    def key(e: Evidence) -> tuple[bool, bool, bool, bool, int]:
        against, survival, rate, words, _ = fit(e.text)
        return apart(e.text), against, survival, rate, words - fits_plan

    own = (apart(best[1].text), *fit(best[1].text)[:4])

    # (a plan adding drugs the question never named yields a tie to the asked drug's own line: "now it's
    # Cabometyx, how did it do?" is its own trial, not the trial of its plan with nivolumab)
    better = [e for e in drug_trial_lines(kb, q, asked) if key(e) > own or (not fits_plan and key(e) == own)]
    return max(better, key=key) if better else _evidence(q, regimen, best[1])


def drug_trial_lines(kb: KnowledgeBase, q: Question, asked: set[str]) -> list[Evidence]:
    """The uses, for the cancer named, of the drugs asked about that give a trial's figures and name every other drug
    asked: "adding Keytruda to carbo and pemetrexed" is not answered by pemetrexed's own trial without Keytruda."""
    out = []
    for slug in (d for d in q.drugs if d in asked and d in kb.drugs):
        others = [[n.lower() for n in drug_names(kb.drugs[d]) if len(n) > 2] for d in asked - {slug} if d in kb.drugs]
        out += [Evidence(text=u.text, cite=list(u.cite), topic="results", where=f"drug {slug}: uses", cancer=u.cancer)
                for u in kb.drugs[slug].uses
                if (not q.cancers or u.cancer in q.cancers) and TRIAL_FIGURES.search(u.text)
                and all(_names(u.text, names) for names in others)]
    return out


def setting_result(kb: KnowledgeBase, q: Question) -> Evidence | None:
    """"Now they want to keep giving him Alimta alone ... does that maintenance help people live longer?": a question
    naming drugs but no plan, that says the setting of treatment (maintenance, after surgery, with chemoradiation),
    is answered by the trial line that says that setting, of the one plan for the cancer named that holds a drug asked
    about and has such a line (the maintenance trial sits on the plan of the chemo before it)."""
    if q.regimens or not q.drugs:
        return None
    lowered = q.text.lower()
    settings = [named for said, named in SETTINGS if said.search(lowered)]
    if not settings:
        return None
    asked = set(q.drugs) - compared_with(kb, q) or set(q.drugs)
    found = [(r, line) for r in kb.regimens.values()
             if asked & set(r.drugs) and (not q.cancers or not set(q.cancers).isdisjoint(r.cancers))
             for line in trial_lines(r) if all(named.search(line.text.lower()) for named in settings)]
    if len({r.slug for r, _ in found}) != 1:
        return None  # none, or several plans: not ours to pick
    fit = fitness(kb, q, found[0][0])
    regimen, line = max(found, key=lambda rl: fit(rl[1].text))
    return _evidence(q, regimen, line)
