"""First lines read off a regimen page: what it is made of, its schedule and doses, how many cycles, how each
drug is given, its food rules, whether it is chemo, what it is for (each a rule `direct_reply` tries in turn)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..content.lookup import norm
from ..model import Citation, Component, KnowledgeBase, Phase, Regimen, Schedule
from ..search.text import terms
from .evidence import Evidence, component_where, kind_words, match_count, own_plans
from .intents import CHEMO_SAID, INFUSION_TIME, NAME_ASKED, RHYTHM, answers_alone, replies, signals
from .names import names
from .plan_trials import TRIAL_FIGURES, plan_result, setting_result
from .spans import every_weeks
from .trial_pool import after_line, against_line, trial_plans
from .trial_setting import drug_line_at_stage
from .understand import Question


def one_drug(kb: KnowledgeBase, q: Question):  # noqa: ANN201
    """The drug of a question that names exactly one."""
    return kb.drugs[q.drugs[0]] if len(q.drugs) == 1 else None


ROUTE_WORDS = {"oral": "by mouth", "IV": "by drip into a vein", "subcutaneous": "as a shot under the skin",
               "intramuscular": "as a shot into a muscle"}


def regimen_chemo(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"Is ABVD chemo?": which of its drugs are classic chemo and which are not, from each drug's page."""
    if "classification" not in q.intents or len(q.regimens) != 1 or q.drugs or not CHEMO_SAID.search(q.text.lower()):
        return None
    regimen = kb.regimens[q.regimens[0]]
    drugs = [kb.drugs[d] for d in regimen.drugs if d in kb.drugs]
    if not drugs:
        return None
    chemo = [d.slug for d in drugs if d.chemotherapy.traditional]
    other = [d.slug for d in drugs if not d.chemotherapy.traditional]
    name = regimen.display_name
    if not chemo:
        text = f"No. None of the drugs in {name} is classic chemo ({drug_list(kb, other)})."
    else:
        text = f"{'Yes' if not other else 'Partly'}. In {name}, {drug_list(kb, chemo)} " \
               f"{'is' if len(chemo) == 1 else 'are'} classic chemo"
        text += f"; {drug_list(kb, other)} {'is' if len(other) == 1 else 'are'} not." if other else "."
    return Evidence(text=text,
                    cite=[c for d in drugs for c in d.chemotherapy.cite], topic="classification",
                    where=f"regimen {regimen.slug}: schedules")


def regimen_uses(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"What is ABVD used for?": the cancer types its page is for, and its first goal."""
    if "uses" not in q.intents or len(q.regimens) != 1 or q.drugs:
        return None
    regimen = kb.regimens[q.regimens[0]]
    cancers = [kb.cancers[c].name.split(" (")[0] for c in regimen.cancers if c in kb.cancers]
    if not cancers:
        return None
    listed = cancers[0] if len(cancers) == 1 else ", ".join(cancers[:-1]) + " and " + cancers[-1]
    goal = regimen.goals[0] if regimen.goals else regimen.summary
    return Evidence(text=f"{regimen.display_name} is used for {listed[:1].lower()}{listed[1:]}. {goal.text}",
                    cite=[*regimen.summary.cite, *goal.cite], topic="uses", where=f"regimen {regimen.slug}: goals")




def regimen_results(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"How much longer do people live on Keytruda alone for lung cancer?", "did adding Ibrance to letrozole help?":
    the goal, with a trial's figures, of the plan named, else of the one plan made of just the drugs named (for the
    cancer named); the label's uses do not say how well it worked."""
    if "results" not in q.intents or not (q.drugs or q.regimens):
        return None
    if not q.regimens and (head_to_head := against_line(kb, q, TRIAL_FIGURES)) is not None:
        return head_to_head  # "is Brukinsa better than Imbruvica?": the trial of the two, not the plan's own trial
    if not q.regimens and (after := after_line(kb, q, TRIAL_FIGURES)) is not None:
        return after  # "grew on Gleevec, how did Sutent do?": its trial after imatinib, not its plan's for kidney cancer
    if (in_setting := setting_result(kb, q)) is not None:
        return in_setting  # "keep giving him Alimta alone, does that maintenance help?": the maintenance trial
    pool = [kb.regimens[q.regimens[0]]] if q.regimens else trial_plans(kb, q)
    if len(pool) != 1:
        return None  # several plans (Revlimid alone for myeloma, for MDS or for mantle cell lymphoma?): not ours to pick
    found = plan_result(kb, q, pool[0])  # of its trial lines, the one on what was asked
    # a plan chosen for the drugs named, whose trial is at another stage than the one said: the drug's own trial then
    return (None if q.regimens and not q.drugs else drug_line_at_stage(kb, q, found)) or found


def regimen_works(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"How does R-CHOP work?": what the regimen page says about how it works."""
    if q.intents != ["mechanism"] or len(q.regimens) != 1 or q.drugs:
        return None
    regimen = kb.regimens[q.regimens[0]]
    first = next(iter(regimen.how_it_works), None)
    if first is None:
        return None
    return Evidence(text=first.text, cite=list(first.cite), topic="mechanism", where=f"regimen {regimen.slug}: how_it_works")


def drug_list(kb: KnowledgeBase, slugs: list[str]) -> str:
    names = [kb.drugs[s].generic_name if s in kb.drugs else s.replace("-", " ") for s in slugs]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _component_cites(regimen: Regimen) -> list[Citation]:
    return [c for comp in components_of(regimen) for c in comp.cite]


def components_of(regimen: Regimen) -> list[Component]:
    return [c for p in regimen.default_schedule.phases for c in p.components]


def regimen_is(kb: KnowledgeBase, regimen: Regimen, topic: str) -> Evidence:
    """`VRd (Bortezomib, lenalidomide and dexamethasone for multiple myeloma) is made of 3 medicines: ...`."""
    drugs = regimen.drugs
    name = regimen.display_name
    full = f" ({regimen.name})" if name != regimen.name and name.lower() not in regimen.name.lower() else ""
    text = f"{name}{full} is a treatment made of {len(drugs)} medicine{'s' if len(drugs) > 1 else ''}: " \
           f"{drug_list(kb, drugs)}. {regimen.summary.text}"
    return Evidence(text=text, cite=[*regimen.summary.cite, *_component_cites(regimen)], topic=topic,
                    where=f"regimen {regimen.slug}: schedules", origin="statement")


def components(kb: KnowledgeBase, q: Question, evidence: list[Evidence]) -> Evidence | None:
    if "components" not in q.intents or not q.regimens:
        return None
    return regimen_is(kb, kb.regimens[q.regimens[0]], "components")


def compare(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """Two regimens compared: what each is made of, side by side."""
    if "comparison" not in q.intents or len(q.regimens) < 2:
        return None
    parts = [regimen_is(kb, kb.regimens[s], "comparison") for s in q.regimens[:2]]
    return Evidence(text=" ".join(p.text.split(". ")[0].rstrip(".") + "." for p in parts),
                    cite=[c for p in parts for c in p.cite], topic="comparison", where="regimens " + " ".join(q.regimens[:2]))


def regimen_for(kb: KnowledgeBase, q: Question, min_drugs: int = 2) -> Regimen | None:
    """The regimen a question means: the one it names, else the one holding every drug it names (and its cancer)
    with the fewest other drugs; None when the question names too little to tell."""
    if q.regimens:
        return kb.regimens[q.regimens[0]]
    if not q.drugs:
        return None
    drugs_of, asked, cancers = names(kb).regimen_drugs, set(q.drugs), set(q.cancers)  # made once, not per regimen
    pool = [r for r in kb.regimens.values()
            if asked <= drugs_of[r.slug] and (not cancers or not cancers.isdisjoint(r.cancers))]
    said = named_plans(kb, pool, q)
    if said:  # "Temodar dose during radiation": the plan whose name says "radiation", though one drug is named
        pool = said
    elif len(q.drugs) < min_drugs and not q.cancers:
        return None
    return min(pool, key=lambda r: len(drugs_of[r.slug])) if pool else None


def named_plans(kb: KnowledgeBase, pool: list[Regimen], q: Question) -> list[Regimen]:
    """The plans of a pool whose names hold most of the question's own words beside the names and the intent
    words ("radiation", "alone", "weekly"; not "cancer", which most plans' names hold); none when no name holds
    one."""
    common = _common_name_words(kb)
    names = [r.name.lower() for r in pool]
    words = [w for w in kind_words(q) if w not in common and any(w[:5] in n for n in names) and not signals(w)]
    scores = {r.slug: match_count(r.name, words) for r in pool} if words else {}
    best = max(scores.values(), default=0)
    return [r for r in pool if best and scores[r.slug] == best]


_COMMON: dict[int, tuple[KnowledgeBase, frozenset[str]]] = {}


def _common_name_words(kb: KnowledgeBase) -> frozenset[str]:
    """Words that a tenth or more of the plans' names hold ("cancer", "cell"): they tell no plan from another."""
    cached = _COMMON.get(id(kb))
    if cached is None or cached[0] is not kb:
        counts: dict[str, int] = {}
        for r in kb.regimens.values():
            for w in set(terms(r.name)):
                counts[w] = counts.get(w, 0) + 1
        cached = _COMMON[id(kb)] = (kb, frozenset(w for w, n in counts.items() if 10 * n >= len(kb.regimens)))
    return cached[1]


# A note that sets the most a dose may be: "The dose is capped at 2 mg", "No more than 80 mg in one dose".
DOSE_CAP = re.compile(r"\bcapped\b|\bno more than \d|\bup to \d[\d.,]* ?(mg|mcg|g)\b|\bmaximum\b", re.I)


def _component_text(kb: KnowledgeBase, c: Component) -> str:
    name = kb.drugs[c.drug].generic_name if c.drug in kb.drugs else c.drug.replace("-", " ")
    how = ROUTE_WORDS.get(c.route.value, c.route.value)
    often = f" {c.how_often}" if c.how_often else ""
    return f"{name} {c.dose_text} {how}{often} on {c.days_text}"


def _when_and_cap(c: Component, phase: Phase) -> str:
    """The rhythm of a drug's days and the clause of its note that caps its dose, which is part of the dose:
    " (every 3 weeks; the dose is capped at 2 mg)"."""
    every = _every(c, phase)
    cap = next((s.rstrip(".") for s in re.split(r"(?<=[.;]) ", c.note or "") if DOSE_CAP.search(s)), None)
    if cap is None:
        return every
    cap = lower_first(cap.rstrip(";"))
    return f"{every[:-1]}; {cap})" if every else f" ({cap})"


def _every(c: Component, phase: Phase, cycles: int | None = None) -> str:
    """The rhythm of a drug's days in plain words: one day a cycle "(every 3 weeks)", "(about every 2 months)" for
    a 60-day cycle, the same weekdays each week "(twice a week)", a run from day 1 "(21 days on, 7 days off)";
    nothing for other patterns, nor for one cycle (a first cycle with a ramp-up does not come round again).
    `cycles`: how many cycles of the phase's kind are given in a row, when more phases than this one make them."""
    n, days = phase.cycle_length_days, c.days
    if (phase.cycles if cycles is None else cycles) == 1:
        return ""
    if len(days) == 1:
        if n % 7 and n % 30 == 0:
            return " (about every month)" if n == 30 else f" (about every {n // 30} months)"
        if n % 7:
            return f" (every {n} days)"
        return " (every week)" if n == 7 else f" (every {n // 7} weeks)"
    if days == list(range(1, len(days) + 1)):
        return f" ({len(days)} days on, {n - len(days)} days off)" if len(days) < n else ""
    week = [d for d in days if d <= 7]
    if n % 7 == 0 and n > 7 and days == sorted(d + 7 * k for k in range(n // 7) for d in week):
        times = {1: "once", 2: "twice", 3: "three times"}.get(len(week))
        return f" ({times} a week)" if times else ""
    step = days[1] - days[0]
    if step * len(days) == n and days == [days[0] + step * k for k in range(len(days))]:
        # days 1, 15 and 29 of a 42-day cycle: the same gap before the next cycle too, so "every 2 weeks"
        return f" (every {step // 7} weeks)" if step % 7 == 0 else f" (every {step} days)"
    return ""


def _phase_text(kb: KnowledgeBase, phase: Phase, drugs: list[str]) -> str:
    comps = [c for c in phase.components if not drugs or c.drug in drugs] or phase.components
    parts = [_component_text(kb, c) + _when_and_cap(c, phase) for c in comps]
    joined = parts[0] if len(parts) == 1 else "; ".join(parts[:-1]) + "; and " + parts[-1]
    return f"{joined}, of each {phase.cycle_length_days}-day cycle{_cycles_text(phase)}"


def _cycles_text(phase: Phase) -> str:
    return f", for {_n(phase.cycles, 'cycle')}" if phase.cycles else ""


def _per_component(kb: KnowledgeBase, regimen: Regimen, drugs: list[str], text_of: Callable[[Component], str | None],
                   topic: str) -> Evidence | None:
    """One sentence per drug and distinct value of one component field, over the regimen's default schedule."""
    seen: dict[tuple[str, str], Component] = {}
    for c in components_of(regimen):
        said = text_of(c)
        if said and (not drugs or c.drug in drugs):
            seen.setdefault((c.drug, said), c)
    if not seen:
        return None
    parts = [f"{drug_list(kb, [d]).capitalize()}: {lower_first(said).rstrip('.')}" for d, said in seen]
    return Evidence(text=f"In {regimen.display_name}: " + ". ".join(parts) + ".",
                    cite=[c for comp in seen.values() for c in comp.cite], topic=topic,
                    where=_schedule_where(regimen, drugs))


def lower_first(text: str) -> str:
    """`With or without food` -> `with or without food`; `IV infusion` stays."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def how_given(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"How is R-CHOP given?": how each of its drugs is given, as its page says."""
    if "form" not in q.intents or not q.regimens:
        return None
    return _per_component(kb, kb.regimens[q.regimens[0]], [], lambda c: c.given or ROUTE_WORDS.get(c.route.value),
                          "form")


def food(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"Do I take Rd with food?": the food rule of each oral drug of the regimen meant."""
    regimen = regimen_for(kb, q, min_drugs=1) if q.regimens or q.cancers else None
    if regimen is None or "food" not in q.intents:
        return None
    return _per_component(kb, regimen, [d for d in q.drugs if d in regimen.drugs], lambda c: c.food, "food")


# Words a question uses for the setting a plan's schedule is named for, as schedule names say it: "after my
# mastectomy" is the schedule "After surgery for early cancer".
SETTING_WORDS = {"mastectomy": "surgery", "lumpectomy": "surgery", "operation": "surgery", "adjuvant": "surgery",
                 "resection": "surgery", "metastatic": "spread", "advanced": "spread"}


SPAN_SAID = 10  # more than a schedule name's words can match


def asked_schedule(regimen: Regimen, q: Question, drugs: list[str]) -> Schedule:
    """The schedule of a plan the question means: among those that give the drugs asked about ("cisplatin in EP +
    durvalumab" is its cisplatin variant), the one whose name holds most of the question's own words ("after
    surgery", "every 6 weeks", "age 75 or older"), else the page's default."""
    given = [s for s in [regimen.default_schedule, *regimen.schedules]
             if set(drugs) <= {c.drug for p in s.phases for c in p.components}] or [regimen.default_schedule]
    words = _setting_words(q)
    # "once a week" and "twice a week" share every word but the one a word list drops: the rhythm is a phrase
    rhythms = {f"{m[1]} a {m[3]}".lower() for m in RHYTHM.finditer(q.text)}

    spans = every_weeks(q.text)

    def said(s: Schedule) -> int:
        # a span said ("the 6-month shot") picks the strength given at that span, whatever other words match
        return match_count(s.name, words) + sum(r in s.name.lower() for r in rhythms) + \
            (SPAN_SAID if spans & every_weeks(s.name) else 0)

    best = max(given, key=said)  # the first of those tied: the default first
    return best if said(best) > said(given[0]) else given[0]


PAST_SETTING = ("after", "earlier")


def _setting_words(q: Question) -> list[str]:
    """The question's own words beside the names and the intent, with the setting a schedule name says for them."""
    named = set(q.entity_words)
    words = [w for w in terms(q.text) if w not in named and not signals(w)]
    # a drug said to have stopped working ("Gleevec failed, what dose of Tasigna?") is the schedule "After imatinib"
    # or "After earlier treatment"
    before = [*PAST_SETTING, *(w for d in q.past_drugs for w in terms(d))] if q.past_drugs else []
    return list(dict.fromkeys([*words, *(SETTING_WORDS[w] for w in words if w in SETTING_WORDS), *before]))


def schedule(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """A dose question about a regimen (named, or told by its drugs and cancer) gets the schedule itself."""
    regimen = regimen_for(kb, q)
    if "dose" not in q.intents or regimen is None or _several_for_the_cancer(kb, q):
        return None
    drugs = [d for d in q.drugs if d in regimen.drugs]  # "dexamethasone in VRd": that drug's lines
    if q.drugs and not drugs:
        return None  # "Polivy's dose with BR": the drug asked is added to the plan, whose own doses are not its dose
    schedule = asked_schedule(regimen, q, drugs)
    wanted = [p for p in schedule.phases if not drugs or any(c.drug in drugs for c in p.components)] or schedule.phases
    phases = [_phase_text(kb, p, drugs) + (f" ({p.name})" if p.name else "") for p in wanted]
    # the schedule's own name says its rhythm in words ("Weekly for 7 weeks and 1 week off, then 3 weeks of every 4");
    # not when only some phases are told (it may name the drugs of the others)
    named = f" ({schedule.name})" if schedule.name and len(schedule.phases) > 1 and wanted == schedule.phases else ""
    text = f"In {regimen.display_name}{named}: " + ". Then ".join(phases) + "."
    others = [s.name for s in regimen.schedules if s is not schedule]
    if others:
        text += f" Other schedule{'s' if len(others) > 1 else ''} on the page: " + "; ".join(others) + "."
    cites = [c for p in schedule.phases for comp in p.components if not drugs or comp.drug in drugs for c in comp.cite]
    return Evidence(text=text, cite=cites or _component_cites(regimen), topic="dose",
                    where=_schedule_where(regimen, drugs))


def _schedule_where(regimen: Regimen, drugs: list[str]) -> str:
    """A reply giving one drug's lines of a plan comes from that drug's component; otherwise from the plan."""
    return component_where(regimen.slug, drugs[0]) if len(drugs) == 1 else f"regimen {regimen.slug}: schedules"


MAX_DOSES = 4


def drug_doses(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"How much Revlimid do I take?" when its page gives no amount: its dose in each regimen that uses it, the
    regimens with the fewest other drugs first (the dose belongs to the treatment plan, not to the drug)."""
    drug = one_drug(kb, q)
    if drug is None or "dose" not in q.intents or q.regimens or (q.cancers and not _several_for_the_cancer(kb, q)):
        return None
    # (a line giving another medicine's amount is no dose of this one: "take dexamethasone 4 mg ..." on Alimta's page)
    if answers_alone("dose", [s.text for s in drug.administration if not _names_another(kb, s.text, drug.slug)], q.text):
        return None
    plans = kb.regimens_with_drug(drug.slug)
    if q.cancers:  # "Revlimid dose for myeloma": each of its myeloma regimens
        plans = [r for r in plans if set(q.cancers) & set(r.cancers)]
    else:  # its own plans when it has some: not Rd for "how much Revlimid?"
        plans = own_plans(plans, [drug.slug]) or plans
    lines: dict[str, Regimen] = {}
    for regimen in sorted(plans, key=lambda r: len(r.drugs)):
        phases = asked_schedule(regimen, q, [drug.slug]).phases  # "the 6-month shot": the schedule that says so
        phase = next((p for p in phases if any(c.drug == drug.slug for c in p.components)), None)
        if phase is not None:
            lines.setdefault(f"In {regimen.display_name}: {_phase_text(kb, phase, [drug.slug])}.", regimen)
    if not lines:
        return None
    chosen = list(lines.items())[:MAX_DOSES]
    cites = [c for _, r in chosen for comp in components_of(r) if comp.drug == drug.slug for c in comp.cite]
    return Evidence(text=" ".join(text for text, _ in chosen), cite=cites, topic="dose",
                    where=component_where(chosen[0][1].slug, drug.slug))


# An amount right after a name: "dexamethasone 4 mg"
_NAMED_AMOUNT = re.compile(r"([\w-]+) \d+(\.\d+)? ?(mg|mcg|g|units?)\b", re.I)


def _names_another(kb: KnowledgeBase, text: str, slug: str) -> bool:
    """Whether a text gives the amount of a drug of the knowledge base other than this one ("take dexamethasone 4 mg
    the day before"), not this drug's own amount beside a partner ("with pembrolizumab, 5 mg twice a day")."""
    found = names(kb).drugs
    return any(set(found.find([norm(m[1])], fuzzy=False)) - {slug} for m in _NAMED_AMOUNT.finditer(text))


def _several_for_the_cancer(kb: KnowledgeBase, q: Question) -> bool:
    """One drug and a cancer named, no regimen, and several regimens of that cancer give the drug: "Revlimid dose
    for myeloma" is Rd's, VRd's and maintenance's, not only the one with the fewest drugs."""
    if len(q.drugs) != 1 or q.regimens or not q.cancers:
        return False
    return len([r for r in kb.regimens_with_drug(q.drugs[0]) if set(q.cancers) & set(r.cancers)]) > 1


def count(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"How many rounds / how long": the number of cycles of each phase, or that it has no set end; for "how long"
    about the plan, after the plan's own length statement ("up to 1 year"), as for "how many" asked of a case
    ("how many cycles before a transplant?": "if you go on to a stem cell transplant, 2 cycles are usual"), which the
    count alone cannot say. Asked about a drug in a plan the
    question did not name, the runs of that drug only ("6 cycles of polatuzumab vedotin", not the plan's other
    drugs)."""
    if "duration" not in q.intents or ANOTHER_LENGTH.search(q.text.lower()):
        return None
    regimen = regimen_for(kb, q, min_drugs=1)
    if regimen is None:
        return None
    asked = [] if q.regimens else [d for d in q.drugs if d in regimen.drugs]
    plan = asked_schedule(regimen, q, asked)  # "after my mastectomy": the schedule after surgery
    # the plan's own line first when the question means the plan: named, or all its drugs named ("capecitabine alone")
    stated = _stated_length(regimen, q, plan) if regimen.duration and _length_asked(q) \
        and (q.regimens or set(regimen.drugs) <= set(q.drugs)) else None
    counted = _counted(kb, q, regimen, plan, asked)
    if stated is None or counted is None:
        return stated or counted
    # the count after it still says how many cycles and how far apart, which the length line may not; the plan's
    # name is said once, before the length line
    runs = counted.text.removeprefix(f"In {regimen.display_name}: ") if stated.text.startswith("In ") else counted.text
    return Evidence(text=f"{stated.text} {runs[:1].upper()}{runs[1:]}", cite=[*stated.cite, *counted.cite],
                    topic="duration", where=stated.where)


def _counted(kb: KnowledgeBase, q: Question, regimen: Regimen, plan: Schedule, asked: list[str]) -> Evidence | None:
    """The cycles of each run of the plan's schedule, and the doses in all of each drug the question names."""
    parts = []
    runs = _runs(kb, plan.phases, asked)
    for p, drugs, cycles in runs:
        parts.append(_years(p, drugs, cycles) or f"{_n(cycles, 'cycle')} of {drugs}, each {p.cycle_length_days} days long"
                     f"{_rhythm(p, asked, cycles)}"
                     if cycles else f"{drugs} in {p.cycle_length_days}-day cycles{_rhythm(p, asked, cycles)} until it "
                                    "stops working or the side effects are too hard")
    if not parts:
        return None
    text = f"In {regimen.display_name}: " + ", then ".join(parts) + "."
    if len(runs) > 1 and all(n for _, _, n in runs) and len({p.cycle_length_days for p, _, _ in runs}) == 1:
        text += f" That is {_n(sum(n or 0 for _, _, n in runs), 'cycle')} in all."  # "4 of AC, then 4 of T": 8
    counted = [f"{_n(n, 'dose')} of {kb.drugs[d].generic_name}{_each(plan, d)}" for d in q.drugs if d in regimen.drugs
               if (n := _doses(plan, d))]  # "how many doses of Rituxan?": the doses in all
    if counted:
        text += " That is " + (counted[0] if len(counted) == 1 else ", ".join(counted[:-1]) + " and " + counted[-1]) \
            + " in all."
    together = [(p, [c for c in p.components if not asked or c.drug in asked]) for p, _, _ in runs]
    said = [s for p, comps in together if len({c.drug for c in comps}) > 1 for c in comps
            for s in re.split(r"(?<=[.;]) ", c.note or "") if LENGTH_NOTE.search(s)]
    if said:  # "Hormone therapy often goes on after abemaciclib stops": a run's end is not each of its drugs'
        text += " " + " ".join(s[:1].upper() + s[1:].rstrip(";.") + "." for s in dict.fromkeys(said))
    cites = [c for p in plan.phases for comp in p.components if not asked or comp.drug in asked for c in comp.cite]
    return Evidence(text=text, cite=cites, topic="duration", where=_schedule_where(regimen, asked))


# "How long" asked of something else than the course: a wait after a dose ("how long should we keep watching her
# once home?", "do they make me stay around afterwards, and for how long?"), a visit, how long until the body mends
# ("how long until the nails grow back?") or how long an opened bottle keeps: the course's cycles do not say it.
ANOTHER_LENGTH = re.compile(r"\bhow long\b[^?]*\b(watch(ing)?|stay (around|afterwards?|behind)|look(ing)? for|"
                            r"grows? back|good once|visits?|appointments?)\b|"
                            r"\b(watch(ing)?|stay (around|afterwards?|behind)|look(ing)? for)\b[^?]*\bfor how long\b")


# A count asked for, which the schedule's cycles answer: "how many rounds?", "how long is each cycle?". Any other
# "how long", "until when", "when can I stop" asks how long the plan goes on, which its own length statement says.
COUNT_ASKED = re.compile(r"\bhow many (\w+ )?(cycles|rounds|courses|treatments|times|doses|infusions|shots|sessions|"
                         r"injections|drips)\b|\b(each|a|one|every|per|single) (cycle|round|course)\b")

# What a count is of, and how it is asked ("how many rounds in total, and how far apart?"): nothing beside the count
COUNTED = frozenset("rounds round cycles cycle courses course treatments treatment times doses dose infusions shots "
                    "sessions injections drips total far apart often".split())


def _length_asked(q: Question) -> bool:
    """Whether the plan's own length statement answers: a question on how long, or on how many asked of a case
    ("how many cycles before they can tell it is working?"), not "how many rounds of R-CHOP?" alone."""
    return not COUNT_ASKED.search(q.text.lower()) or any(w not in COUNTED for w in _setting_words(q))


def _stated_length(regimen: Regimen, q: Question, plan: Schedule) -> Evidence:
    """The plan's own statement of how long it lasts ("for up to 1 year", "until it stops working"): of several,
    the one holding most of the question's words ("after surgery"), then of the asked schedule's name."""
    words, named = _setting_words(q), terms(plan.name or "")
    best = max(regimen.duration, key=lambda st: (replies("duration", st.text), match_count(st.text, words),
                                                 match_count(st.text, named)))  # a span or an end said first
    # a plan the question did not name is said first, as its lines below the reply say it (so they drop the repeat)
    text = best.text if q.regimens else f"In {regimen.display_name}: {best.text}"
    return Evidence(text=text, cite=list(best.cite), topic="duration", where=f"regimen {regimen.slug}: duration")


# A drug's note that says how long it goes on within its plan: "Abemaciclib stops after 2 years."
LENGTH_NOTE = re.compile(r"\bstops? after\b|\bgoes on after\b|\bsets how long\b", re.I)


def _rhythm(phase: Phase, drugs: list[str], cycles: int | None) -> str:
    """The days of a run's cycles when its drugs share one rhythm: "6 cycles of temozolomide, each 28 days long
    (5 days on, 23 days off)" says on which days of the month, which the count alone does not."""
    said = {_every(c, phase, cycles) for c in phase.components if not drugs or c.drug in drugs}
    return said.pop() if len(said) == 1 else ""


def _runs(kb: KnowledgeBase, phases: list[Phase], only: list[str] | None = None) -> list[tuple[Phase, str, int | None]]:
    """Phases told as runs of cycles: back-to-back phases of the same drugs and cycle length, each with a set number
    of cycles, are one run ("1 cycle, then 5 cycles of temozolomide, each 28 days" is 6 cycles; a first cycle
    with a lower dose does not change how many rounds there are). With `only`, the runs of those drugs: a phase
    without them is left out, and the phases on either side of it are not one run."""
    runs: list[tuple[Phase, str, int | None]] = []
    joinable = False
    for p in phases:
        given = list(dict.fromkeys(c.drug for c in p.components if not only or c.drug in only))
        if not given:
            joinable = False
            continue
        drugs = drug_list(kb, given)
        if joinable and p.cycles and runs[-1][2] and (runs[-1][1], runs[-1][0].cycle_length_days) == (drugs, p.cycle_length_days):
            runs[-1] = (runs[-1][0], drugs, runs[-1][2] + p.cycles)
        else:
            runs.append((p, drugs, p.cycles))
        joinable = True
    return runs


def _each(schedule: Schedule, drug: str) -> str:
    """" (3 mg/kg each)" when every dose of a drug over a schedule is the same: which schedule the count is of."""
    amounts = {c.dose_text for p in schedule.phases for c in p.components if c.drug == drug}
    return f" ({amounts.pop()} each)" if len(amounts) == 1 else ""


def _doses(schedule: Schedule, drug: str) -> int | None:
    """How many times a drug given by drip or shot is given over a schedule with a set end; None for pills (taken
    daily, not counted in doses), a non-stop infusion (28 days of a pump are not 28 doses) or a schedule with no
    end."""
    total = 0
    for p in schedule.phases:
        for c in p.components:
            if c.drug != drug:
                continue
            if not p.cycles or c.route.value == "oral" or c.continuous:
                return None
            total += len(c.days) * p.cycles
    return total or None


def _n(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _years(phase: Phase, drugs: str, cycles: int | None) -> str | None:
    """A run written as yearly cycles ("5 cycles of 365 days") reads as years."""
    if cycles and phase.cycle_length_days in (365, 366):
        return f"{drugs} for {cycles} year{'s' if cycles > 1 else ''}"
    return None


# A time a drip takes, as pages say it: "over 90 minutes", "takes 30 to 90 minutes", "over 1 hour".
DRIP_TIME = re.compile(r"\b\d+( to \d+)? (minutes?|hours?)\b", re.I)
# A line saying how long a dose takes to go in: "the dose takes about 45 minutes to go in".
TAKES_TO_GO_IN = re.compile(r"\btakes? (about |around |up to )?\d+( to \d+)? (minutes?|hours?)\b", re.I)


def infusion_time(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"How long does the first TCHP infusion take?", "how long does a Herceptin infusion take?": how long each
    drip takes, as the plan's lines or the drug's page say it, not how long the course lasts."""
    if not re.search(INFUSION_TIME, q.text.lower()):
        return None
    if q.regimens:  # the drip of the plan's drug asked ("the 5-FU part of FLOT"), else of each of its drugs
        regimen = kb.regimens[q.regimens[0]]
        asked = [d for d in q.drugs if d in regimen.drugs]
        return _per_component(kb, regimen, asked, _timed, "form") or _per_component(kb, regimen, [], _timed, "form")
    drug = one_drug(kb, q)
    if drug is None:
        return None
    # a device's time may be said only in an FAQ ("the dose takes about 45 minutes to go in", the Onpro injector),
    # where the page's other lines give other hours (not within 24 hours of chemo)
    for faq in drug.faqs:
        if TAKES_TO_GO_IN.search(faq.answer):  # less its yes or no, which answered the FAQ's own question
            text = re.sub(r"^(Yes|No)\b[^.]*\.\s*", "", faq.answer)
            return Evidence(text=text, cite=list(faq.cite), topic="form", where=f"drug {drug.slug}: faqs")
    for item in [drug.summary, *drug.administration]:
        if DRIP_TIME.search(item.text):
            return Evidence(text=item.text, cite=list(item.cite), topic="form", where=f"drug {drug.slug}: administration")
    plans = sorted((r for r in kb.regimens.values() if drug.slug in r.drugs), key=lambda r: r.slug)
    return next((e for r in plans if (e := _per_component(kb, r, [drug.slug], _timed, "form")) is not None), None)


def _timed(c: Component) -> str | None:
    """How a plan's drug is given, when that says how long its drip takes."""
    return c.given if c.given and DRIP_TIME.search(c.given) else None


NAME_SAID = re.compile(r"\bname comes from\b", re.I)


def name_letters(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """A question on what a plan's letters stand for gets the plan's statement on where its name comes from; a plan
    with none, the drugs it is made of, whose names the letters come from ("capox - what is it short for?")."""
    if len(q.regimens) != 1 or not NAME_ASKED.search(q.text):
        return None
    regimen = kb.regimens[q.regimens[0]]
    said = next((s for s in regimen.how_it_works if NAME_SAID.search(s.text)), None)
    if said is None:
        return regimen_is(kb, regimen, "components")
    return Evidence(text=said.text, cite=list(said.cite), topic="components",
                    where=f"regimen {regimen.slug}: how_it_works")
