"""The first line of an answer: the one statement, or the one schedule read off a regimen page, that answers
what was asked (a dose gets the dose, "what is X" the definition, "how many" the number, a pair its rule)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..content.lookup import cancer_names, drug_names, norm
from ..model import FAQ, CancerType, KnowledgeBase, SideEffect, cited_items
from ..search.synonyms import meanings, phrases, regimen_aliases
from ..search.text import compiled, stem, terms, whole_word, words
from .asked_drug import SENTENCES, about_another, drug_asked, drug_saying
from .cancer_aspects import (
    Aspect,
    asked_aspects,
    on_aspect,
    on_disease,
    opens_on_asked,
    says_asked,
    says_exactly,
    says_narrower,
    without_aspects,
)
from .care_note import care_note
from .defined import defined_on_page, gives_what_is_asked, term_reply
from .dose_lowered import lowered_dose
from .dose_with_medicine import dose_with_medicine
from .drug_families import family_for_cancer
from .drug_span import drug_span
from .evidence import (
    GENERAL,
    Evidence,
    for_organ,
    for_organ_word,
    for_organs_not_asked,
    item_text,
    kind_words,
    match_count,
    named_kind,
    organ_problems,
    partner_uses,
)
from .found_on import found_on_words
from .given_order import given_order
from .intents import (
    ABOVE_ALL,
    AMOUNT_ASKED,
    BOXED,
    BY_NAME,
    CHEMO_SAID,
    DRUG_STARTS,
    HOW_OFTEN_SAID,
    INFUSION_TIME,
    KIND_OF,
    MEANS,
    MOST_COMMON,
    RESULT_BACK,
    START_AFTER,
    SURGERY_SAID,
    TEAM_LOOKS_FOR,
    TREATMENT_SAID,
    WHEN,
    WHERE_KEPT,
    WHY,
    YES_NO_ASKED,
    fields,
    has_shape,
    of_cancer,
    replies,
    said_line,
    signals,
    signals_intent,
    spot,
)
from .main_trial import main_trial
from .markers import marker_drugs
from .names import findable_names, known_word, names, ngrams
from .own_row import own_row_instead
from .plan_culprit import which_drug_causes
from .plan_trials import plan_head_to_head
from .regimen_reply import (
    compare,
    components,
    count,
    drug_doses,
    food,
    how_given,
    infusion_time,
    lower_first,
    name_letters,
    one_drug,
    regimen_chemo,
    regimen_for,
    regimen_is,
    regimen_results,
    regimen_uses,
    regimen_works,
    schedule,
)
from .relapse_care import relapse_care
from .row_name import asked_stems, named_by
from .setting import said_as_setting
from .swallowing import cannot_swallow
from .symptom_now import serious_row_instead, symptom_row_instead
from .taken_with import taken_with_line
from .term_members import members_asked, other_members
from .test_asked import names_test, test_words
from .treatment_effects import treatment_effects
from .trial_setting import off_stage_lines
from .understand import CANCER_KINDS, GENERIC_TREATMENT, TAKEN, WHAT_FOR, Question

# Words of a question that say nothing about what it is about ("take", "dose" are in the intent already).
QUIET = GENERAL | frozenset("take taking taken use using used dose doses mean means stand work works need okay ok "
                            "safe start starting dad mom wife husband father mother son daughter friend pill pills "
                            "infusion drug drugs medicine medicines thing stop stops stopping skip double change because given "
                            "keep continue continuing hold holding pause pausing "
                            "get getting watch look explain tell treat treats treated often usually normally "
                            "long treatment treatments option options choices usual main".split())


# Words for when and how much, which the schedule answers: a statement sharing only these with a question ("Kyprolis
# once a week, what dose?") is not about what it asks.
SCHEDULE_WORDS = frozenset("day days daily week weeks weekly month months monthly year years hour hours time times "
                           "cycle cycles round rounds dose doses mg".split())


# Words that ask whether two things go together without naming either ("interact", "mix", "safe").
PAIRING = frozenset("interact interacts interaction interactions together mix mixing combine combined safe okay "
                    "drink drinking eat eating avoid while".split())


def asked_with(q: Question) -> list[str]:
    """What the question asks to take with its drug, in its own words: "alcohol", "grapefruit", "Tylenol"."""
    own = set(terms(q.text))
    return [w for w in wanted_words(q) if w in own and w not in PAIRING]


def kinds_of(kb: KnowledgeBase, text: str) -> list[str]:
    """The words interaction rules use for the kinds of the everyday medicines a question names (medicines.yaml,
    each kind cited): "Eliquis" -> "blood thinner", "omeprazole" -> "proton pump inhibitor"."""
    medicines = kb.medicines
    if medicines is None:
        return []
    return [t.lower() for m in medicines.named_in(text) for c in m.classes if (k := medicines.kind(c)) for t in k.terms]


def names_of(kb: KnowledgeBase, text: str) -> list[str]:
    """Every name of the everyday medicines a question names (medicines.yaml): "Coumadin" -> warfarin, Jantoven,
    Coumadin, since a page may name it by any of them."""
    medicines = kb.medicines
    return [n.lower() for m in medicines.named_in(text) for n in m.names] if medicines else []


STORAGE_SETTING = frozenset("put home house shot shots injection injections pill pills tablet tablets capsule capsules "
                            "syringe syringes pen pens".split())


def wanted_words(q: Question) -> list[str]:
    """The question's own topic words (not names, not question words, not when) and the medical words they mean."""
    when = {w for pattern in (WHEN, RESULT_BACK) for m in pattern.finditer(q.text.lower()) for w in terms(m[0])}
    if q.cancers and not (q.drugs or q.regimens or {"diagnosis", "monitoring"} & set(q.intents)):
        when |= found_on_words(q.text.lower())  # "found on a scan, will he lose the kidney?": context, not asked
    if {"monitoring", "premedication"} & set(q.intents):
        # "they check her urine every visit", "why an EKG every month?", "before every drip they give me Tylenol": how
        # often a test or a premedication is given says neither what it is for nor why (nor does a line sharing
        # only "every")
        when |= {w for m in HOW_OFTEN_SAID.finditer(q.text.lower()) for w in terms(m[0])}
    if "storage" in q.intents:
        # "where do I keep my shots at home?", "my capsules in a pill organizer?": the home and the form say where
        # the person is and what they hold: a line on giving the shots at home shares them, not where to keep them
        when |= STORAGE_SETTING | {w for m in re.finditer(WHERE_KEPT, q.text.lower()) for w in terms(m[0])}
    return list(dict.fromkeys([*(w for w in q.subject_terms if len(w) > 2 and w not in QUIET and w not in when),
                               *q.medical_terms]))


def direct_reply(kb: KnowledgeBase, q: Question, evidence: list[Evidence]) -> Evidence | None:
    """The first line, or None when nothing settles the question on its own."""
    rules: list[Callable[[KnowledgeBase, Question, list[Evidence]], Evidence | None]] = [
        relapse_care, treatment_effects, plan_head_to_head, _two_names_faq, other_members, cannot_swallow, given_order, _partners, _chemo, regimen_chemo, _kind_said, _boxed, lowered_dose, dose_with_medicine, regimen_results, main_trial, _given_with, _faq_asked, _with_the_plan, infusion_time, which_drug_causes, name_letters, _spread_renamed, _cancer_statement, _missed, _said, taken_with_line, _why, _use_for, _other_use, _first,
        regimen_works, regimen_uses, family_for_cancer, _marker, _defined_here, members_asked, _definition, components, compare, _help_pointed, _cancer_care, how_given, food, _food_not_oral, _dose_change, _organ_dose,
        _starts_after, schedule, drug_doses, drug_span, count, _said_for_the_cancer, _pair, _most_common, _effects_above_all, _by_words, _effects, _term_alone]
    if (q.unknown_cancers or q.unknown_conditions) and {"uses", "results"} & set(q.intents):
        # "Is Lenvima used for thyroid cancer?": a label use with no cancer page of its own may say
        return _other_use(kb, q, evidence) if "uses" in q.intents else None  # "does rituximab work for multiple sclerosis?": no statement of ours says, so none replies
    if q.unknown_drugs and not (q.drugs or q.regimens):
        # "Retevmo dose for RET lung cancer": another drug's dose for that cancer would not answer it; what a word
        # asked about means does ("what is PCP pneumonia, why am I on Bactrim for it?")
        return _definition(kb, q, evidence) if "definition" in q.intents and said_term(kb, q) else None
    if "interactions" in q.intents and (line := said_line("interactions", q.text)) is not None \
            and not any(line.search(e.text) for e in evidence):
        return None  # "a flu shot on Neulasta?": no line says a word of vaccines, and a line sharing others is no reply
    for rule in rules:
        found = rule(kb, q, evidence)
        if found is not None:
            return _with_span(q, found, evidence)
    return None


# "How long ...?", "how many weeks ...?": a time span answers, and a line giving one ("for 3 months after the last
# dose") beats one on the same topic that says to ask how long.
HOW_LONG = re.compile(r"\bhow long\b|\bhow many (days|weeks|months|years)\b")
SPAN = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (days?|weeks?|months?|years?)\b",
                  re.I)


# A line saying how soon a plan's drug started after another treatment: "durvalumab started within 6 weeks (42 days)
# after chemoradiation ended".
STARTED_AFTER = re.compile(r"\bstart(s|ed)?\b[^.]*\b(after|within)\b|\bwithin\b[^.]*\bafter\b", re.I)


def _starts_after(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"When should durvalumab start after chemoradiation?", "how soon after radiation ends does it start?": the
    named plan's line that gives how soon it starts after the treatment before it, not its schedule."""
    lowered = q.text.lower()
    if not q.regimens or not (DRUG_STARTS.search(lowered) or re.search(START_AFTER, lowered)):
        return None
    regimen = kb.regimens[q.regimens[0]]
    before = [w for w in wanted_words(q) if len(w) > 3 and not w.startswith("start")]
    if (after := re.search(START_AFTER, lowered)) is not None:  # "how long after the transplant do they start it?":
        # the treatment before it, though a word of the plan's name ("maintenance after transplant") asks nothing
        before += [w for w in terms(lowered[after.end(2):after.start(3)]) if len(w) > 3]
    lines = [(name, i) for name in type(regimen).model_fields if name != "schedules"
             for i in cited_items(getattr(regimen, name))
             if STARTED_AFTER.search(t := item_text(i)) and SPAN.search(t)
             and any(w in t.lower() for w in before)]  # the treatment before it ("radiation" in "chemoradiation")
    if not lines:
        return None
    name, best = max(lines, key=lambda line: word_score(item_text(line[1]), q))
    return Evidence(text=item_text(best), cite=list(best.cite), topic="dose", where=f"regimen {regimen.slug}: {name}")


def _with_span(q: Question, found: Evidence, evidence: list[Evidence]) -> Evidence:
    """The reply, or for a how-long question whose reply gives no time span, the statement on its topic that gives
    one and shares as many of the question's words."""
    if not HOW_LONG.search(q.text.lower()) or SPAN.search(found.text):
        return found
    if re.search(INFUSION_TIME, q.text.lower()) and replies("form", found.text, q.text):
        return found  # "how long will she sit there for each infusion?" is answered in minutes or hours
    least = max(1, word_score(found.text, q)[0])  # a line sharing no word (breastfeeding) answers nothing asked
    spans = [e for e in evidence if e.topic == found.topic and SPAN.search(e.text)
             and word_score(e.match or e.text, q)[0] >= least]
    best = max(spans, key=lambda e: word_score(e.match or e.text, q), default=None)
    return found if best is None else Evidence(text=best.text, cite=best.cite, topic=best.topic, where=best.where)


def _chemo(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"Is X chemo?" gets yes or no and what kind of drug it is; "what kind of drug is X?" the kind alone."""
    drug = one_drug(kb, q)
    if drug is None or "classification" not in q.intents:
        return None
    c = drug.chemotherapy
    if not CHEMO_SAID.search(q.text.lower()):
        if not KIND_OF.search(q.text.lower()):
            return None  # "is it a steroid?" is settled by words, below
        rest = _YES_NO.sub("", c.text)
        return Evidence(text=rest[:1].upper() + rest[1:], cite=list(c.cite), topic="classification",
                        where=f"drug {drug.slug}: chemotherapy")
    yes_no = "Yes." if c.traditional else "No."
    text = c.text if c.text.lower().startswith(yes_no.lower()[:-1]) else f"{yes_no} {c.text}"
    return Evidence(text=text, cite=list(c.cite), topic="classification", where=f"drug {drug.slug}: chemotherapy")


# "Is decitabine a hypomethylating agent?", "is Velcade a proteasome inhibitor?": whether the drug is of a kind the
# glossary names; the words that say only that it is some kind of drug are not what is asked.
IS_KIND = re.compile(r"^\W*(is|isn'?t|are|aren'?t|would|does|do)\b")
KIND_WORDS = frozenset("agent agents drug drugs medicine medicines medication therapy type kind class".split())
KIND_FIELDS = ("chemotherapy", "mechanism", "classes", "summary")


def _kind_said(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"Is decitabine a hypomethylating agent?": the named drug's line that names that kind (how it works, its
    class), rather than its summary, which may not say."""
    drug = one_drug(kb, q)
    if drug is None or not q.terms or not IS_KIND.search(q.text.lower()):
        return None
    for slug in q.terms:
        entry = kb.glossary[slug]
        for name in (entry.term, *entry.aliases):
            said = [w for w in terms(name) if w not in KIND_WORDS]
            if not said or not compiled(rf"\b(an?|one of the) {re.escape(name.lower())}").search(q.text.lower()):
                continue
            for field in KIND_FIELDS:
                for item in cited_items(getattr(drug, field)):
                    text = item_text(item)
                    if match_count(text, said) == len(said):
                        text = _YES_NO.sub("", text, count=1)  # "No." answers "is it chemo?", not this question
                        return Evidence(text=text[:1].upper() + text[1:], cite=list(item.cite), topic=q.intents[0] if q.intents else "definition",
                                        where=f"drug {drug.slug}: {field}")
    return None


# What a question about which medicines go with a drug may also ask, which the partner line answers as well: "is that
# chemo?", "what is it?", "what is it used for?"
PARTNER_REPLIES = frozenset({"classification", "definition", "uses", "comparison"})


def _partners(kb: KnowledgeBase, q: Question, evidence: list[Evidence]) -> Evidence | None:
    """"I'll get chemo with Tagrisso, which chemo?": the drug's use naming what it is given with leads."""
    if not set(q.intents) <= PARTNER_REPLIES:
        return None
    return next((e for e in partner_uses(kb, q)), None)


def _missed(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    if "missed_dose" not in q.intents:
        return None
    line = said_line("missed_dose", q.text)  # "threw up right after my pill": the page's rule on that first
    # "Kisqali with letrozole ... threw up after my Kisqali": Kisqali's rule; "she takes leucovorin after her
    # methotrexate and threw up after a dose": of the drugs named together, the one whose page says what to do then
    drug = drug_asked(kb, q, "missed_dose") or drug_saying(kb, q, "missed_dose")
    if drug is None or drug.missed_dose is None:
        return None
    if line and not line.search(drug.missed_dose.text):  # (most missed-dose rules say it themselves)
        for name in fields("missed_dose", "drug_said"):
            for item in cited_items(getattr(drug, name, None) or []):
                if line.search(item_text(item)):
                    return Evidence(text=item_text(item), cite=list(item.cite), topic="missed_dose",
                                    where=f"drug {drug.slug}: {name}")
    m = drug.missed_dose
    return Evidence(text=m.text, cite=list(m.cite), topic="missed_dose", where=f"drug {drug.slug}: missed_dose")


def _said(kb: KnowledgeBase, q: Question, evidence: list[Evidence]) -> Evidence | None:
    """"Why is the DTIC bag covered?": a named drug's line that says what the question's words point to (light),
    in whichever field it is written, before lines that share only other words with the question."""
    for intent in q.intents:
        if intent != "missed_dose" and (line := said_line(intent, q.text)) is not None:  # (_missed reads its own)
            # (a line may sit under another intent asked that reads the same field: "pills" reads how to take it too)
            own_fields = {*fields(intent, "drug"), *fields(intent, "drug_said")}
            said = [e for e in evidence if (e.topic == intent or e.where.split(": ")[-1] in own_fields)
                    and e.where.startswith("drug ") and line.search(e.text)
                    and not about_another(kb, q, e.where, e.text)]  # dex in the morning, asked of the Revlimid
            # the first line of the intent's own field when it says so ("keep the tablets whole"), else the line
            # saying it most ("do not break, chew or crush them", not "hard for children to open")
            own = [e for e in said if e.where.endswith(f": {BY_NAME[intent].first}")][:1]
            if WHY.search(q.text.lower()) and (reasons := [e for e in said if REASON.search(e.text)]):
                said, own = reasons, []  # "why the steroid pills?": of the lines naming it, one saying what it does
            if said:
                return own[0] if own else max(said, key=lambda e: len(line.findall(e.text)))
    return None


# Words of a statement that gives a reason: "... to lower the risk of tumor lysis syndrome", "because ...".
REASON = re.compile(r"\bto (lower|reduce|prevent|protect|avoid|check|watch|find|catch|help|keep|make sure)\b|\bbecause\b|"
                    # what one medicine given with the drug does: "It lowers fluid buildup and allergic reactions"
                    r"\bit (lowers|reduces|prevents|protects)\b|"
                    r"\bso (that|the|it|you|your)\b|\bfinds? (this|it|them|problems?) early\b|"
                    # a tip's reason: "at bedtime. This helps you feel less sleepy during the day."
                    r"\b(this|that|it) helps (you|to)\b|\blowers? (the|this|that) risk\b|\bhelps? (prevent|protect|lower)\b|"
                    r"\bcan cause\b|\bcan lead to\b|\brisk of\b|"
                    # the condition a drug is given on: "when at least half the tumor cells have PD-L1"
                    r"\bwhen (at least|only|the (tumou?r|cancer)( cells)? (has|have|is|are))\b|\bonly (if|when|for|works?)\b", re.I)
# The fields of a drug page a reason may be written in, in the order they are tried.
WHY_FIELDS = ("faqs", "summary", "uses", "administration", "monitoring", "serious_side_effects", "boxed_warnings",
              "common_side_effects", "interactions", "pregnancy", "handling", "storage", "risks")
# Fields whose statements name a harm, which is itself a reason: "the first Gazyva dose is split" because reactions
# come "mostly with the first drip"; EKGs on Kisqali because it can change the heart's rhythm.
HARM_FIELDS = frozenset({"serious_side_effects", "boxed_warnings", "common_side_effects", "risks"})


def _what_for(q: Question) -> bool:
    """"They gave her acyclovir with DKd, what is it for?" asks why it is given, as the plan's lines say; not what
    tests look for ("what are they looking for?"), nor what the medicines before a drip are for (the premedication
    reply says)."""
    lowered = q.text.lower()
    return bool(WHAT_FOR.search(lowered)) and not re.search(TEAM_LOOKS_FOR, lowered) and "premedication" not in q.intents


def _why(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"Why does Venclexta start at a low dose?", "why do I need EKGs on Kisqali?": the statement of the named pages
    that gives a reason and shares most words with the question (how the drug works answers "why do I take it",
    which the mechanism intent settles). With two drugs named ("why dexamethasone the day before Alimta?") a
    statement of one that names the other wins, and the plan made of them is read too ("aspirin with Revlimid
    and dex": the Rd page says why)."""
    if "mechanism" in q.intents or not (WHY.search(q.text.lower()) or _what_for(q)) or not wanted_words(q):
        return None
    fields: list[tuple[str, str, object]] = []
    for slug in q.drugs:
        drug = kb.drugs[slug]
        fields += [(f"drug {drug.slug}: {name}", name, getattr(drug, name, None)) for name in reversed(WHY_FIELDS)]
    plan = kb.regimens[q.regimens[0]] if len(q.regimens) == 1 else \
        regimen_for(kb, q) if len(q.drugs) >= 2 and not q.regimens else None
    if plan is not None:  # "why do I need a scope before starting atezo/bev?": the regimen page says
        fields = [(f"regimen {plan.slug}: {name}", name, cited_items(getattr(plan, name)))
                  for name in type(plan).model_fields if name not in ("schedules", "summary")] + fields
    if not fields:
        return None
    others = {slug: findable_names(kb.drugs[slug]) for slug in q.drugs}
    term = [kb.glossary[said].term.lower()] if (said := said_term(kb, q)) else []
    tests = test_words(q.intents, wanted_words(q))
    best, best_key = None, (0, 0, 0, 0, 0, 0, 0, 0)
    for rank, (where, name, value) in enumerate(fields):
        page = where.split(":")[0].removeprefix("drug ")
        other = [n for slug, ns in others.items() if slug != page for n in ns] if len(q.drugs) >= 2 else []
        for item in value if isinstance(value, list) else [value]:
            if item is None or not hasattr(item, "cite"):
                continue
            text = getattr(item, "answer", None) or (item_text(item) if name in HARM_FIELDS else getattr(item, "text", None))
            # a check asked of ("why do they check my electrolytes?") is answered by the line on that check, whose
            # harm is then shown beside it (why_checked), though the line itself gives no reason
            if not isinstance(text, str):
                continue
            checks = names_test(text, tests)
            gives_reason = name in HARM_FIELDS or bool(REASON.search(text))
            if not (gives_reason or (name == "monitoring" and checks)):
                continue
            own, widened = word_score(f"{getattr(item, 'question', '')} {getattr(item, 'name', '')} {text}", q)
            own += match_count(text, term)  # "PD-L1": a glossary word asked about, though too short a word to count
            # a drug's statement naming the other is about the pair; so is the plan made of both, though a line of
            # it sharing no word asked (nor one it means) is not the reason asked ("why add Casodex when Zoladex starts?" is the
            # bicalutamide FAQ on the flare, not the plan's blood sugar test)
            names_other = int(where.startswith("drug ") and any(whole_word(n).search(text.lower()) for n in other))
            of_pair = int(where.startswith("regimen ") and plan is not None and len(q.drugs) >= 2)
            # a line naming the test asked beats one naming the other drug ("Tibsovo with Vidaza, why all the EKGs?"),
            # and of those a line giving a reason (the QT row for "why EKGs on Kisqali?") beats the line on the test,
            # a harm named by the test ("protein in the urine") first, before one saying it in passing ("dark urine")
            named_check = names_test(f"{getattr(item, 'term', '')} {getattr(item, 'plain', '')}", tests)
            key = (int(checks > 0), int(gives_reason), checks, named_check,
                   int(names_other or (of_pair and own + widened > 0)), own, widened, rank)
            if (own + widened + names_other + of_pair) and key > best_key:
                best, best_key = Evidence(text=text, cite=list(item.cite), topic=q.intents[0] if q.intents else "other",
                                          where=where), key
    return best


def word_score(text: str, q: Question) -> tuple[int, int]:
    """How many of the question's own words, then of the medical words they were widened to,
    a text holds: a grapefruit rule beats a CYP3A rule for "grapefruit?", though the synonym table widens one to the
    other."""
    wanted = wanted_words(q)
    own = set(terms(q.text))
    return (match_count(text, [w for w in wanted if w in own]), match_count(text, [w for w in wanted if w not in own]))


# Figures of how well a treatment did: "66 out of 100 had no cancer left", "43.5% were alive", "half were alive".
RESULT_FIGURES = re.compile(r"\b\d+ (out of|in) \d+\b|\d ?%|\bhalf\b", re.I)


def _use_for(kb: KnowledgeBase, q: Question, evidence: list[Evidence]) -> Evidence | None:
    """"Is Opdivo used for liver cancer?", "does Keytruda work for melanoma?" (with no trial of its own plan to
    give figures): the drug's uses for the cancer named, rather than the summary that names its first few uses."""
    drug = one_drug(kb, q)
    if drug is None or not q.cancers or not {"uses", "results"} & set(q.intents) or "other_uses" in q.intents:
        return None  # "what else is Imbruvica for besides CLL?" asks for its other uses
    # a line for another cancer says nothing of this one: Opdivo's melanoma trial does not answer kidney cancer
    said = [*(e.text for e in evidence if e.cancer is None or e.cancer in q.cancers),
            *(item_text(i) for i in cited_items(drug.faqs))]
    if "uses" not in q.intents and any(RESULT_FIGURES.search(t) for t in said):
        return None  # "success rate of Herceptin?": a line (or FAQ) giving figures says it better than the use
    uses = [u for u in drug.uses if u.cancer in q.cancers]
    if not uses:
        return None
    return Evidence(text=" ".join(u.text for u in uses), cite=[c for u in uses for c in u.cite], topic="uses",
                    where=f"drug {drug.slug}: uses")


# "Is Keytruda given with Lenvima?", "can Velcade be used together with Revlimid?": whether one drug goes with another.
# (not "taken with": "can Arimidex be taken with tamoxifen?" asks about taking both, which the interactions say)
GIVEN_WITH = re.compile(r"\b(given|used|combined|paired)\s+(together\s+)?with\b|\b(given|used) together\b")


# What a "given with" question asks when it asks nothing else: "is X given with Y", "is X used with Y (for ...)".
WHETHER_WITH = frozenset({"comparison", "uses", "interactions"})


def _given_with(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"Is Keytruda given with Lenvima for kidney cancer?": a named drug's use that names the other drug (for the
    cancer named, if one is), not a yes or no written for another question ("No. It is immunotherapy, not chemo")."""
    if len(q.drugs) < 2 or not GIVEN_WITH.search(q.text.lower()) or set(q.intents) - WHETHER_WITH:
        return None  # "Lenvima dose when given with Keytruda?" asks the plan's dose
    for slug in q.drugs:
        others = [n for o in q.drugs if o != slug for n in findable_names(kb.drugs[o])]
        # given "with" it, not only after it ("within 6 months of treatment with rituximab" is said of no pairing)
        uses = [u for u in kb.drugs[slug].uses
                if any(re.search(rf"(?<!treatment )\b(with|plus)\b[^.]*?\b{re.escape(n)}\b", u.text.lower()) for n in others)]
        uses = [u for u in uses if u.cancer in q.cancers] or ([] if q.cancers else uses)
        if uses:
            return Evidence(text=uses[0].text, cite=list(uses[0].cite), topic="uses", where=f"drug {slug}: uses")
    return None


def _other_use(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"Is Tibsovo used for bile duct cancer?", "what else is dexamethasone used for?": the drug's use with no cancer
    page of its own (its field other_uses) that holds most of the question's own words; asked for uses beyond the
    one named, the first such use."""
    drug = one_drug(kb, q)
    if drug is None or "uses" not in q.intents or not (drug.other_uses or "other_uses" in q.intents):
        return None
    own = set(terms(q.text))
    named = {w for n in drug_names(drug) for w in terms(n)}
    words = [w for w in wanted_words(q) if w in own and w not in named and w not in SCHEDULE_WORDS]
    scored = [(match_count(st.text, words), -i) for i, st in enumerate(drug.other_uses)]
    n, i = max(scored, default=(0, 0))
    if not n and "other_uses" not in q.intents:
        return None
    # "capecitabine besides colon cancer", "not for colon cancer, what other cancer?": its uses for the cancers not
    # named come first (a drug with no use beyond its cancer pages has only these)
    if not n and q.cancers:
        rest = [u for u in drug.uses if u.cancer not in q.cancers]
        if rest:
            return Evidence(text=" ".join(u.text for u in rest[:3]), cite=[c for u in rest[:3] for c in u.cite],
                            topic="uses", where=f"drug {drug.slug}: uses")
    if not drug.other_uses:
        return None
    st = drug.other_uses[-i if n else 0]
    return Evidence(text=st.text, cite=list(st.cite), topic="uses", where=f"drug {drug.slug}: other_uses")


def _said_for_the_cancer(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"Bendamustine for CLL, how many rounds?" with no CLL plan for it: the drug page's line on how it is given
    that names the cancer asked about ("For CLL: ... for up to 6 cycles") and says what is asked (a count, a dose)."""
    drug = one_drug(kb, q)
    if drug is None or not q.cancers or regimen_for(kb, q, min_drugs=1) is not None:
        return None
    named = [n.lower() for s in q.cancers for n in cancer_names(kb.cancers[s]) if len(n) > 2]
    for item in drug.administration:
        text = item.text.lower()
        if any(whole_word(n).search(text) for n in named) and \
                any(replies(i, item.text, q.text) for i in q.intents if i in ("dose", "duration")):
            return Evidence(text=item.text, cite=list(item.cite), topic=q.intents[0],
                            where=f"drug {drug.slug}: administration")
    return None


def _first(kb: KnowledgeBase, q: Question, evidence: list[Evidence]) -> Evidence | None:
    """One-intent questions the first statement of a drug page's field settles ("can I give blood on X?")."""
    drug = one_drug(kb, q)
    intent = BY_NAME.get(q.intents[0]) if len(q.intents) == 1 else None
    if drug is None or intent is None or not intent.first:
        return None
    value = getattr(drug, intent.first)
    first = next(iter(cited_items(value)), None) if value is not None else None
    if first is None or (intent.first_names_drug and drug.generic_name.lower() not in first.text.lower()):
        return None
    wanted = wanted_words(q)
    mine = match_count(first.text, wanted) if wanted else 0
    if wanted and any(word_score(e.text, q) > word_score(first.text, q) for e in evidence):
        return None  # "how should I store X", "grapefruit?": a statement holding more of the question's words wins
    if intent.name == "interactions" and (asked := asked_with(q)) and not match_count(first.text, asked):
        return None  # "Revlimid and alcohol?": a rule on digoxin does not answer it
    own = set(terms(q.text))  # the question's own words, not the medical words they were widened to
    if wanted and not mine and any(w in own and not signals_intent(intent.name, w) and not known_word(kb, w)
                                   for w in wanted):
        return None  # "with Tylenol?": a word no page uses, so a rule on digoxin does not answer it
    return Evidence(text=first.text, cite=list(first.cite), topic=intent.name, where=f"drug {drug.slug}: {intent.first}")


def only_terms(kb: KnowledgeBase, q: Question) -> bool:
    """A question about glossary words and nothing else: "what are my counts?", "what is a loading dose?"; not
    "what does chemo cost at <a hospital>?" nor "what is the dose of <a drug we lack> for an ear infection?",
    whose other words a definition would not answer."""
    if not q.terms or q.drugs or q.regimens or q.cancers:
        return False
    known = {w for s in q.terms for n in (kb.glossary[s].term, *kb.glossary[s].aliases) for w in terms(n)}
    glossary = names(kb).glossary
    for phrase in phrases(q.text):  # "my counts" means the CBC asked about; "lose my hair" is no glossary word
        if {s for m in [phrase, *meanings([phrase])] for s in glossary.find(norm(m).split())} & set(q.terms):
            known |= set(terms(phrase))
    return all(w in known or w in QUIET for w in terms(q.text))


def _boxed(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"Does Revlimid have a black box warning?": what its label's boxed warnings are about."""
    drug = one_drug(kb, q)
    if drug is None or not drug.boxed_warnings or not BOXED.search(q.text.lower()):
        return None
    heads = [w.label or w.text.split(". ")[0] for w in drug.boxed_warnings]
    listed = heads[0] if len(heads) == 1 else "; ".join(heads[:-1]) + "; and " + heads[-1]
    yes = "Yes. " if YES_NO_ASKED.match(q.text.lower()) else ""
    return Evidence(text=f"{yes}The {drug.generic_name} label has a boxed warning about: {lower_first(listed)}.",
                    cite=[c for w in drug.boxed_warnings for c in w.cite], topic="serious",
                    where=f"drug {drug.slug}: boxed_warnings")


def _page_names(kb: KnowledgeBase, q: Question) -> list[list[str]]:
    """The names of each page the question names."""
    return [*(drug_names(kb.drugs[s]) for s in q.drugs), *(regimen_aliases(kb.regimens[s]) for s in q.regimens),
            *(cancer_names(kb.cancers[s]) for s in q.cancers)]


def said_term(kb: KnowledgeBase, q: Question) -> str | None:
    """The glossary term the question says in its own words, by the longest name said: "platinum drugs" rather than
    "chemo", "infusion reaction" rather than "infusion"; never a term reached only through a synonym ("came back"
    is no question about relapse)."""
    said = _said_term(kb, q)
    return said[0] if said else None


_SENTENCES = re.compile(r"(?<=[.?!;])\s+")


def _said_term(kb: KnowledgeBase, q: Question) -> tuple[str, str] | None:
    """(slug, the name said) of `said_term`: the longest, a word for what the person takes last."""
    index = names(kb).glossary.index
    normed = f" {norm(q.text)} "
    said = [gram for gram in ngrams(normed.split()) if gram in index and index[gram] in q.terms
            and not _inside_longer_phrase(kb, gram, q.text)]
    # a word for what the person takes ("chemo") is what the word asked is beside: "is a port safe while on chemo";
    # of two as long, the one said last, nearest "what is that?" ("the tumor is pressing on the airway and they
    # want a stent. what is that?"); a word inside a longer name said ("tumor" in "transurethral resection of bladder
    # tumor") is not said alone
    # the sentence that asks comes first ("had lymph nodes out 3 years ago. can lymphedema still start?": the lymph
    # nodes are its setting)
    asking = next((f" {norm(s)} " for s in reversed(_SENTENCES.split(q.text)) if any(f" {g} " in f" {norm(s)} " for g in said)), "")
    # a word said only as when something happened ("clear after the lumpectomy") is the setting, not the word asked
    # a wider word that another word said names itself with ("a BRCA2 mutation": BRCA is also called "BRCA
    # mutation") is the kind, not the thing asked about
    wider = {g for g in said if any(f" {g} " in f" {norm(n)} " and norm(n) != g for o in said if index[o] != index[g]
                                    for n in _glossary_names(kb, index[o]))}
    # a word whose reading is told ("her calcium came back high and she is constipated") is what the rest is asked of
    gram = max(said, key=lambda g: (not TAKEN.fullmatch(g), f" {g} " in asking, _reading_told(g, normed),
                                    not said_as_setting(g, normed), g not in wider, len(g), normed.rfind(f" {g} ")),
               default=None)
    return (index[gram], gram) if gram else None


def _reading_told(gram: str, normed: str) -> bool:
    """Whether a question tells a test word's reading: "calcium came back high", "his potassium is low"."""
    return re.search(rf" {re.escape(gram)} (level |levels |count |number |test |result )?"
                     r"(came back|comes back|is|was|are|were|went|has gone|keeps going|got|getting)"
                     r"( too| very| really| a bit| a little| quite| way)? (high|higher|low|lower|up|down|elevated|raised|"
                     r"abnormal)\b", normed) is not None


def _glossary_names(kb: KnowledgeBase, slug: str) -> list[str]:
    term = kb.glossary[slug]
    return [term.term, *term.aliases]


def _inside_longer_phrase(kb: KnowledgeBase, gram: str, text: str) -> bool:
    """Whether a glossary name said sits inside a longer plain phrase of the question that means another glossary
    word: "a shot to boost my white cells" asks about the shots (growth factors), not what white cells are."""
    glossary = names(kb).glossary
    own = glossary.index[gram]
    return any(f" {gram} " in f" {norm(p)} " and norm(p) != gram
               and {s for m in meanings([p]) for s in glossary.find(norm(m).split())} - {own} for p in phrases(text))


def _wider_term(kb: KnowledgeBase, q: Question) -> str | None:
    """A glossary term the question names whose name holds, and is longer than, every page name it also names:
    "de novo MDS" is the glossary's, not the MDS page's; "PD-1" is not the regimen Pd."""
    if q.asked_terms:  # "what is CD38, the nurse said Darzalex goes after it"
        return q.asked_terms[0]
    tokens = f" {norm(q.text)} "
    pages = _page_names(kb, q)
    for slug in names(kb).glossary.find(norm(q.text).split()):
        term = kb.glossary[slug]
        said = [n for n in map(norm, (term.term, *term.aliases)) if f" {n} " in tokens]
        if said and pages and all(any(f" {norm(n)} " in f" {s} " and len(norm(n)) < len(s) for n in page for s in said)
                                  for page in pages):
            return slug
    return None


# "what is that?", "what's it?", "what does that mean?", "what does that number mean?": the thing named just before
_POINTING = re.compile(r"\bwhat (is|s) (that|it|this)\b|\bwhat does (that|it|this)( (number|result|score|level|"
                       r"test|word|term|value))? mean\b")


# "... the nurse called it cholinergic syndrome. what medicine helps that?": what helps the thing just named
_HELP_POINTING = re.compile(r"\bwhat (\w+ )?(helps?|treats?|fixes|is (given|done|used) for) (that|it|this)\b|"
                            r"\bhow (is|do they treat|do you treat|can they treat) (that|it|this)( treated)?\b")


def pointed_term(kb: KnowledgeBase, q: Question, pointing: re.Pattern[str] = _POINTING) -> str | None:
    """The glossary word a "what is that?" points back to when it is the last thing named before it, after any
    page's name: "I'm on Tagrisso and they said I need an EKG, what is that?" asks what an EKG is, not Tagrisso."""
    normed = f" {norm(q.text)} "
    m = pointing.search(normed)
    if m is None or not q.terms or not (q.drugs or q.regimens or q.cancers):
        return None
    before = normed[:m.start()]
    index = names(kb).glossary.index
    # where each name ends: a word ending a page's name ("lymphoma" of "Hodgkin lymphoma") is not named after it
    said = [(before.rfind(f" {g} ") + len(g), index[g]) for g in ngrams(before.split())
            if g in index and index[g] in q.terms and not TAKEN.fullmatch(g)]
    last_page = max((at + len(norm(n)) for page in _page_names(kb, q) for n in page
                     if (at := before.rfind(f" {norm(n)} ")) >= 0), default=-1)
    end, slug = max(said, default=(-1, ""))
    return slug if end > last_page else None


def _help_pointed(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"During my colon cancer chemo I got cramps and watery eyes; the nurse called it cholinergic syndrome. What
    medicine helps that?": the meaning of the word pointed back to, which says what helps, not the cancer's care."""
    slug = pointed_term(kb, q, _HELP_POINTING)
    return term_reply(kb, slug) if slug is not None else None


def _besides_the_cancers_own(q: Question) -> set[str]:
    """The intents asked besides a cancer's own sections ("what is a sentinel node biopsy for breast cancer" names a
    test, which asks how breast cancer is found only if nothing else answers)."""
    return {i for i in q.intents if not of_cancer(i)}


def _marker(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"They are testing his AML for FLT3, why does that matter?": the drugs the result opens answer; asked what
    the word means ("what does MSI-high mean?"), its definition does, and they are shown below it."""
    if q.asked_terms or not _besides_the_cancers_own(q) <= {"definition", "uses", "monitoring"}:  # "why do they check?"
        return None
    return marker_drugs(kb, q)


def _defined_here(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    return defined_on_page(kb, q)


def _definition(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    terms_only = only_terms(kb, q)
    # "what is the survival rate for pancreatic cancer?" asks the cancer page's survival line, not what the
    # glossary's "survival rate" means
    wider = None if _cancer_aspect_said(kb, q) else _wider_term(kb, q)
    # "what is CD38, the nurse said Darzalex goes after it" asks nothing of Darzalex's page; "how is secondary AML
    # different from regular AML?" asks what the wider word adds to the page's name, which its meaning says
    asks = "definition" in q.intents or terms_only or (not q.intents and bool(q.asked_terms)) \
        or ("comparison" in q.intents and wider is not None) or _side_effect_of_treatment(kb, q)
    if not asks:
        return None
    # "on Tagrisso they want an EKG, what is that?", "... they found lymphedema in her arm, what helps it?"
    if (pointed := pointed_term(kb, q) or pointed_term(kb, q, _HELP_POINTING)) is not None:
        return term_reply(kb, pointed)
    if wider is not None or terms_only or (q.terms and not (q.drugs or q.regimens or q.cancers)):
        if "comparison" in q.intents and len(q.terms) >= 2 and not (q.drugs or q.regimens or q.cancers):
            return _terms_compared(kb, compared_terms(kb, q))  # "CT vs MRI": what each one is
        # "my ANC is 800, what is ANC?": the glossary word asked about
        # the word the question asks what it is ("... a kinase inhibitor. what's a kinase?"), else the longest said;
        # before either, a word whose meaning gives the time, share or normal level asked when theirs does not ("BUN
        # came back 24, what is the normal range?": BUN's normal level, not what a normal range is)
        return term_reply(kb, _giving_term(kb, q) or wider or _side_effect_term(kb, q)
                          or next(iter(q.asked_terms), None) or said_term(kb, q) or q.terms[0])
    if (q.drugs or q.regimens) and not _cancer_aspect_said(kb, q) and (word := _word_asked_what(kb, q)) is not None:
        # "what is neutropenia on Revlimid?": the word, not the drug's summary
        return term_reply(kb, word)
    if q.regimens:
        return regimen_is(kb, kb.regimens[q.regimens[0]], "definition")
    if q.cancers and not q.drugs:
        cancer = kb.cancers[q.cancers[0]]
        # the statement holding most of the question's words ("what causes ...": the one on causes), else the first;
        # words such as "cause", "risk" and "common" say what is asked of a cancer
        asked = [w for w in q.subject_terms if len(w) > 2 and (w not in QUIET or w in GENERAL)]
        aspects = _meant_aspects(q.text) or _aspects_of_the_ask(q.text) or asked_aspects(q.text.lower())
        # what the page says the disease is; else its note on treatment, by a statement that also holds a word
        # asked beside the aspect ("MALT lymphoma of the stomach is often linked to infection with H. pylori
        # germs" answers "can a stomach infection cause MZL?"; "CLL that causes no symptoms is not treated right
        # away" does not say what its symptoms are)
        beside = [w for w in asked if not any(a.asked.search(w) for a in aspects)]
        noted = [st for st in on_aspect(cancer.treatment_note, aspects) if match_count(st.text, beside)]
        # "what does muscle-invasive mean for treatment?": the note on treating that kind says it, before the line
        # saying what the kind is
        treated = [st for st in cancer.treatment_note if match_count(st.text, asked)] \
            if TREATMENT_SAID.search(q.text.lower()) or SURGERY_SAID.search(q.text.lower()) else []
        # the section asked, unless none of its lines says it and the note on treatment does ("can myeloma be
        # cured?": "Myeloma can seldom be cured" is said of its treatment)
        # (a line of the section asked says it in any words: "Doctors find it by looking at a lymph node sample")
        own = on_disease(cancer, aspects)
        sections = {a.section for a in aspects} - {"what_is_it"}
        says = any(cancer.field_of(st) in sections or a.said.search(st.text.lower()) for st in own for a in aspects)
        statements = (own if says or not noted else noted) or [*treated, *cancer.about_disease()]
        # a statement of the section asked beats one that only says its words ("B symptoms" are used in staging); an
        # aspect with no section of its own ("how often ...": how common it is) is said anywhere, so the words
        # asked choose ("how often does chemo put AML into remission?": the line on remission after chemo)
        # (a line saying the narrower aspect asked comes first: the screening line before the other risks; a line
        # of the section that says the aspect beats one holding more of the question's words: "which organ does it
        # most often spread to?" gets the line on where it spreads, not the stages that say "has not spread")
        # (a line opening on its own question of the aspect asked comes first of all: "How common is CML? ...")
        # (unless another line says more of the aspects asked: "how common is it in kids?" gets the line saying it is
        # rare in children, not "How common is CML? ... 1 in 10")
        most = max((says_asked(st, aspects) for st in statements), default=0)
        first = max(statements, key=lambda st: (opens_on_asked(st, aspects) and says_asked(st, aspects) + 1 >= most,
                                                says_narrower(st, aspects),
                                                says_exactly(st, aspects, q.text.lower()),
                                                cancer.field_of(st) in sections,
                                                says_asked(st, aspects), match_count(st.text, asked),
                                                -_not_kind(st.text, asked, q)))
        return Evidence(text=first.text, cite=list(first.cite), topic="definition",
                        where=f"cancer {cancer.slug}: {cancer.field_of(first)}")
    drug = one_drug(kb, q)
    if drug is not None and drug.generic_name.lower() in drug.summary.text.lower():
        return Evidence(text=drug.summary.text, cite=list(drug.summary.cite), topic="definition",
                        where=f"drug {drug.slug}: summary")
    return None


def _word_asked_what(kb: KnowledgeBase, q: Question) -> str | None:
    """The glossary word a question asks what it is, said right after "what is" ("what is neutropenia on Revlimid?"),
    beside the drug or plan it is said of; never a word of the plan's own name ("what is adjuvant trastuzumab?")."""
    lowered = q.text.lower()
    for alias in sorted({a.lower() for r in q.regimens for a in regimen_aliases(kb.regimens[r])}, key=len, reverse=True):
        lowered = lowered.replace(alias, " ")
    return next((slug for slug in q.terms if slug in kb.glossary and any(
        re.search(rf"\bwhat(?:'s| is| are) (?:a |an |the )?{re.escape(n.lower())}(?![\w-])", lowered)
        for n in _glossary_names(kb, slug) if len(n) > 2)), None)


_NON = re.compile(r"\bnon[- ]?(\w+)", re.I)


def _not_kind(text: str, asked: list[str], q: Question) -> int:
    """How many words asked a statement says only with "non" in front when the question does not ("non-muscle
    invasive" is the other kind of "muscle invasive", "non-small cell" of "small cell")."""
    said = {m[1].lower() for m in _NON.finditer(q.text)}
    return sum(1 for m in _NON.finditer(text) if m[1].lower() in asked and m[1].lower() not in said)


def _cancer_aspect_said(kb: KnowledgeBase, q: Question) -> bool:
    """The one cancer named, and nothing else, has a statement on what is asked of the cancer itself (its
    survival, who gets it, whether it is cured); "what does overall survival mean for myeloma?" asks the word, but
    "what does stage 4 kidney cancer mean?" asks what the cancer's stage is, which its page says."""
    if len(q.cancers) != 1 or q.drugs or q.regimens:
        return False
    cancer = kb.cancers[q.cancers[0]]
    if MEANS.search(q.text.lower()) and not _means_of_cancer(cancer, q.text):
        return False
    return bool(on_disease(cancer, asked_aspects(q.text.lower())))


# "what does <words> mean": the words asked to mean
_MEANING_OF = re.compile(r"\bwhat (?:does|do|did|would|will) (.+?) (?:mean|means)\b")


# a stage alone asked to mean ("what does stage 3 mean for hodgkin?"): a stage is always of the cancer named
_STAGE_ALONE = re.compile(r"^(a |the )?stage ([0-4][a-c]?|[iv]+[a-c]?|zero|one|two|three|four)$")


def _meant_aspects(text: str) -> list[Aspect]:
    """The aspects of a cancer said in the words a question asks the meaning of: "my biopsy report says grade 3B,
    what does the grade mean?" asks the grade, not how it is found."""
    m = _MEANING_OF.search(norm(text))
    return asked_aspects(m[1]) if m else []


def _aspects_of_the_ask(text: str) -> list[Aspect]:
    """The aspects of a cancer asked, less how it was found when only the story tells that and the sentences that
    ask (those ending in "?") ask another: "my skin biopsy came back as melanoma in situ. what stage is that?" asks
    the stage (a story may still ask: "he asked me how common it is. what are his chances?")."""
    lowered = text.lower()
    asking = asked_aspects(" ".join(s for s in SENTENCES.split(lowered) if s.rstrip().endswith("?")))
    if not asking or any(a.name == "diagnosis" for a in asking):
        return []
    return [a for a in asked_aspects(lowered) if a.name != "diagnosis"]


def _means_of_cancer(cancer: CancerType, text: str) -> bool:
    """Whether the words a question asks the meaning of name the cancer ("stage 3 melanoma") or a stage of it."""
    m = _MEANING_OF.search(norm(text))
    return m is not None and (bool(_STAGE_ALONE.match(m[1]))
                              or any(f" {norm(n)} " in f" {m[1]} " for n in cancer_names(cancer)))


def _giving_term(kb: KnowledgeBase, q: Question) -> str | None:
    """When the word said gives no time, share or cause asked, a word the question names whose meaning does ("how long
    until blood counts recover after chemo?": not what a blood count is, but myelosuppression, whose marrow "takes
    about 3 to 4 weeks to recover")."""
    said = said_term(kb, q)
    if said is None or gives_what_is_asked(q.text, kb.glossary[said].definition):
        return None
    return next((t for t in q.terms if gives_what_is_asked(q.text, kb.glossary[t].definition)), None)


def _side_effect_term(kb: KnowledgeBase, q: Question) -> str | None:
    """A side effect asked of treatment in general ("will I lose my hair on chemo?"): the word for the side effect
    (alopecia), not the word for the treatment (chemotherapy)."""
    others = [t for t in q.terms if not GENERIC_TREATMENT.search(kb.glossary[t].term.lower())]
    if {"side_effects", "serious"} & set(q.intents):  # "... and when is that risk highest?" asks a serious one
        return next(iter(others), None)
    # "my mouth is full of sores from chemo, is there a rinse?": no side effect intent, but a plain phrase of the
    # symptom table said the side effect's word (mucositis) beside chemo; that word is asked, not what chemo is
    # ("is there a shot to boost my white cells?" says no chemo: it asks the shot, not low white cells)
    meant = {norm(m) for m in q.medical_terms}
    said = [t for t in others if norm(kb.glossary[t].term) in meant]
    return said[0] if said and len(others) < len(q.terms) else None  # a word for treatment is among those said


def _side_effect_of_treatment(kb: KnowledgeBase, q: Question) -> bool:
    """A side effect asked of treatment in general, in any other words ("how soon will my hair fall out after
    chemo?", "is it normal to feel so tired on chemo?"): no page is named, so what the side effect's word means (when
    it starts, how long it lasts) is what we have."""
    return not (q.drugs or q.regimens or q.cancers or q.unknown_drugs) and _side_effect_term(kb, q) is not None \
        and any(GENERIC_TREATMENT.search(kb.glossary[t].term.lower()) for t in q.terms)


def compared_terms(kb: KnowledgeBase, q: Question) -> list[str]:
    """The two glossary words a comparison sets against each other: those said in its frame ("between relapse and
    refractory", "refractory, not relapsed", "CT or MRI") first, and a kind of cancer said as whose illness it is
    last ("my husband's lymphoma is refractory, not relapsed: what's the difference?")."""
    index = names(kb).glossary.index
    framed = " ".join(m[0] for m in _COMPARED.finditer(norm(q.text)))
    said = {index[g] for g in ngrams(framed.split()) if g in index}
    return sorted(q.terms, key=lambda s: (s not in said, norm(kb.glossary[s].term) in CANCER_KINDS))[:2]


# How two things are set against each other ("between X and Y", "X or Y", "X vs Y", "X, not Y"), in normalised text
_COMPARED = re.compile(r"\bbetween (\S+ ){1,4}?and( \S+){1,4}|(\S+ ){1,3}(or|vs|versus|not|and) \S+( \S+){0,2}")


def _terms_compared(kb: KnowledgeBase, slugs: list[str]) -> Evidence:
    """Two glossary words set side by side ("CT vs MRI", "chemo or immunotherapy?"): each one's definition."""
    replies = [term_reply(kb, slug) for slug in slugs]
    return Evidence(text=" ".join(r.text for r in replies), cite=[c for r in replies for c in r.cite],
                    topic="definition", where=replies[0].where)


# What a question may ask of a glossary word that its definition answers: what it is, does, shows or is for.
TERM_ASKS = frozenset({"definition", "mechanism", "monitoring", "classification", "uses"})


def _term_alone(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """A question that names no page but says a glossary word and asks what it is, does or shows ("where does ALP
    come from?", "what does sodium do in the body?", "what are signs of an infusion reaction?"): what the word means
    is what we have. Not when it asks what a definition does not say (how long, what it costs: intents the word's
    own name does not signal, "infusion" in "infusion reaction" asks nothing), nor when it names a medicine we do
    not cover ("does Talzenna cause anemia?")."""
    said = _said_term(kb, q)
    if said is None or q.drugs or q.regimens or q.cancers or q.unknown_drugs:
        return None
    normed = f" {norm(q.text)} "
    # the word said with the longest name; else another word said whose meaning says what is asked, or names the
    # first word ("had a mastectomy, how long does lymphedema last?": what a mastectomy is says what it brings)
    for slug, name in _giving_first(kb, q, [said, *_others_said(kb, q, said[0])]):
        term = kb.glossary[slug]
        by_the_word = set(spot(normed)) - set(spot(normed.replace(f" {name} ", " ")))
        # a word of the term's other names ("fluid" of ascites, "fluid in the belly") said around it asks no intent
        # of its own: "they drained fluid from her belly and called it ascites" asks nothing of IV fluids
        by_the_word |= {i for i in q.intents if any(signals_intent(i, w) for n in term.aliases for w in terms(n))}
        reply = term_reply(kb, slug)
        own = {norm(n).rstrip("s") for n in (term.term, *term.aliases, name)}
        # "will I lose my hair on chemo?" asks about a side effect; "my magnesium came back low, what can that
        # cause?" and "is every tumor cancer?" ask what the word's definition itself says ("A low level can cause")
        if (slug == said[0] and set(q.intents) - by_the_word <= TERM_ASKS) or _definition_says(reply.text, q, own):
            break
    else:
        return None
    # "my cancer pill", "while on chemo": words for what the person takes say what it is beside, not what is asked
    taken = {m for p in phrases(q.text) if TAKEN.search(p) for m in [p, *meanings([p])]}
    other = [m for m in q.medical_terms if norm(m).rstrip("s") not in own  # "infusion-related reactions" is its own
             and m not in taken]
    if other and not match_count(reply.text, other):
        return None  # "will I lose my hair on chemo?": what chemo is says nothing of hair loss
    return reply


def _giving_first(kb: KnowledgeBase, q: Question, said: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words said, one whose meaning gives the time, share, cause or signs asked first when the longest one's does
    not ("on a bispecific drug, the nurse checks for CRS, what signs would we see?": what CRS can cause)."""
    gives = [s for s in said if gives_what_is_asked(q.text, kb.glossary[s[0]].definition)]
    return [*gives[:1], *(s for s in said if s not in gives[:1])] if said[0] not in gives else said


def _others_said(kb: KnowledgeBase, q: Question, said: str) -> list[tuple[str, str]]:
    """(slug, the name said) of the other glossary words a question says by their own names, not words for what the
    person takes."""
    index = names(kb).glossary.index
    grams = [g for g in ngrams(norm(q.text).split()) if g in index and index[g] in q.terms and index[g] != said
             and not TAKEN.fullmatch(g)]
    out: dict[str, str] = {}
    for g in grams:  # longest name first
        out.setdefault(index[g], g)
    return list(out.items())


def other_words_meant(kb: KnowledgeBase, q: Question, reply: Evidence) -> list[Evidence]:
    """Below a glossary word's meaning that answers a question naming no page, the meanings of the other glossary
    words it says by name that hold a word asked which the reply does not ("... a port or a PICC line, which one
    stays in longer?": what a PICC line is, beside what a port is)."""
    if q.drugs or q.regimens or q.cancers or not reply.where.startswith("glossary "):
        return []
    slug = reply.where.removeprefix("glossary ")
    out = []
    for other, name in _others_said(kb, q, slug)[:MAX_OTHER_WORDS]:
        if f" {name} " in f" {norm(kb.glossary[slug].term)} ":
            continue  # a word of the reply's own name ("marrow" of "bone marrow biopsy")
        term, meaning = kb.glossary[other], term_reply(kb, other)
        own = {norm(n).rstrip("s") for n in (term.term, *term.aliases, name)}
        said = [w for w in _asked_of(q, own) if not match_count(reply.text, [w])]
        if match_count(meaning.text.split(": ", 1)[-1], said):
            out.append(meaning)
    return out


MAX_OTHER_WORDS = 2
ASKED_OF_A_WORD = GENERAL - {"get", "give", "make"}


def _definition_says(definition: str, q: Question, own: set[str]) -> bool:
    """Whether a definition holds a word the question asks beside the word's own names and the words of who asks, or,
    asked how long, a time span ("how long until biopsy results come back?": "Results most often take a few days")."""
    meaning = definition.split(": ", 1)[-1]
    return bool(match_count(meaning, _asked_of(q, own))) or gives_what_is_asked(q.text, meaning)


def _asked_of(q: Question, own: set[str]) -> list[str]:
    """The words a question asks of a glossary word beside its names (own) and the words of who asks; what the word
    does is asked in general words ("what can that cause?", "is it serious?"), which count here."""
    names_ = {w for n in own for w in n.split()} | _proper_names(q.text)
    return [w for w in terms(q.text) if len(w) >= 3 and w.rstrip("s") not in names_ and not TAKEN.fullmatch(w)
            and (w not in QUIET or w in ASKED_OF_A_WORD)]


_PROPER_NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b[A-Z][a-z]+\b")


def _proper_names(text: str) -> set[str]:
    """Words written with a capital inside a sentence ("at Mayo Clinic", "my friend Anna"): they name where or who,
    never what is asked of a word ("how much does chemo cost at Mayo Clinic?" asks nothing the word 'clinic' in
    chemotherapy's meaning answers). Abbreviations in capitals (ANC, BRCA) are words asked and stay."""
    return {m.lower() for m in _PROPER_NAME.findall(text.strip())}


def _dose_change(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """A dose asked for someone the plan doses another way ("I have liver cirrhosis, is my Faslodex dose
    different?", "Revlimid dose with kidney problems"): the plan's dose change whose heading names the body part
    or condition the question names in its own words (a medical word it says: "first month" or "days" name none),
    rather than the usual schedule."""
    plan = regimen_for(kb, q, min_drugs=1)
    if "dose" not in q.intents or plan is None or not plan.dose_modifications:
        return None
    medical = {w for m in q.medical_terms for w in terms(m)}
    words = [w for w in terms(q.text) if w in medical and not signals(w)]
    scored = [(match_count(m.label or "", words), i) for i, m in enumerate(plan.dose_modifications)]
    n, i = max(scored, key=lambda x: (x[0], -x[1]), default=(0, 0))
    if not n:
        return None
    m = plan.dose_modifications[i]
    head = f"In {plan.display_name}, {lower_first(m.label)}: " if m.label else f"In {plan.display_name}: "
    return Evidence(text=head + m.text, cite=list(m.cite), topic="dose", where=f"regimen {plan.slug}: dose_modifications")


def _cancer_care(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"What are the treatment options for CLL?": what the cancer page says about its treatment."""
    if "uses" not in q.intents or not q.cancers or q.drugs or q.regimens:
        return None
    cancer = kb.cancers[q.cancers[0]]
    # the statement that holds most of the question's own words ("HER2-positive"), else the page's first (care_note.py)
    wanted, said_here = wanted_words(q), set(terms(q.text))
    first = care_note(kb, q, cancer.treatment_note, [w for w in wanted if w in said_here],
                      [w for w in wanted if w not in said_here])
    said = match_count(first.text, kind_words(q)) if first else 0  # the kind asked about, as a plan name says it
    kinds = [r for r in kb.regimens_for_cancer(cancer.slug) if named_kind(r, q) > said]
    best = max((named_kind(r, q) for r in kinds), default=0)
    kinds = [r for r in kinds if named_kind(r, q) == best]
    if kinds:  # the plans for the kind of cancer asked about say more than a note on another kind
        return Evidence(text="Plans for this in oncoguide: " + "; ".join(r.name for r in kinds) + ".",
                        cite=[c for r in kinds for c in r.summary.cite], topic="uses",
                        where=f"regimen {kinds[0].slug}: summary")
    if first is None:
        return None
    return Evidence(text=first.text, cite=list(first.cite), topic="uses", where=f"cancer {cancer.slug}: treatment_note")


def _food_not_oral(kb: KnowledgeBase, q: Question, evidence: list[Evidence]) -> Evidence | None:
    """"Can I take Herceptin with food?": a drug whose page has no food rule and is given into a vein or under the
    skin gets how it is given, which settles the question."""
    drug = one_drug(kb, q)
    if drug is None or q.intents != ["food"] or any(replies("food", e.text) for e in evidence):
        return None
    if any(ORAL.search(form) for form in drug.forms):
        return None  # "etoposide capsules with breakfast?": a drug that also comes as pills is not settled by its drip
    for item in [drug.summary, *drug.administration]:
        if replies("form", item.text) and not ORAL.search(item.text):
            return Evidence(text=item.text, cite=list(item.cite), topic="food", where=f"drug {drug.slug}: administration")
    return None


ORAL = re.compile(r"by mouth|\bpills?\b|\btablets?\b|\bcapsules?\b|swallow", re.I)


def _pair(kb: KnowledgeBase, q: Question, evidence: list[Evidence]) -> Evidence | None:
    """Two drugs named: the statement of one drug's page, among those for what was asked, that names the other
    ("why do I take prednisone with abiraterone?": the abiraterone page says why)."""
    if len(q.drugs) != 2:
        return None
    # an intent with a shape wants a line of that shape: "Tylenol before Polivy? she reacted to Rituxan" is not
    # answered by Polivy's dose "with rituximab"
    shaped = [i for i in q.intents if has_shape(i)]
    for a, b in (q.drugs, q.drugs[::-1]):
        other = findable_names(kb.drugs[b])
        for e in evidence:
            if e.where.split(":")[0] == f"drug {a}" and any(whole_word(n).search(e.text.lower()) for n in other) \
                    and (not shaped or any(replies(i, e.text, q.text) for i in shaped)):
                return e
    return None


def _by_words(kb: KnowledgeBase, q: Question, evidence: list[Evidence]) -> Evidence | None:
    """The statement or FAQ of the named pages that shares most words with the question and holds what its intent
    needs (a dose, a form, a count); FAQs whose question matches win ties. An amount asked for and given nowhere:
    the statement that says how often, rather than nothing."""
    candidates = [*evidence, *faq_evidence(kb, q)]
    kinds: list[Evidence] = []
    if "interactions" in q.intents and (asked := asked_with(q)):  # "alcohol on X?": not the grapefruit rule
        other = names_of(kb, q.text)
        candidates = [e for e in candidates
                      if match_count(e.match or e.text, [*asked, *q.medical_terms, *kinds_of(kb, q.text), *other])]
        # "on Coumadin, just started erlotinib": a line naming the medicine (as "warfarin") beats one sharing
        # another word of the question ("started")
        if naming := [e for e in candidates if any(whole_word(n).search(e.text.lower()) for n in other)]:
            return _best_by_words(kb, q, naming, q.text) or naming[0]
        # "Eliquis with ibrutinib?": the rule on its kind (blood thinners) shares no word with the question
        kinds = [e for e in candidates if e.topic == "interactions" and match_count(e.text, kinds_of(kb, q.text))]
        if kinds:  # "Benadryl before bed on Thalomid?": the rule on antihistamines, not the bedtime line
            return _best_by_words(kb, q, kinds, q.text) or kinds[0]
        if other and (general := [e for e in evidence if e.topic == "interactions" and ANY_MEDICINE.search(e.text)]) \
                and not any(match_count(e.match or e.text, q.medical_terms) for e in candidates):
            # "does the Erleada affect his warfarin?": no line names it or its kind, nor a medical word asked (the
            # bleeding asked beside warfarin on Zoladex), and the page's rule on other medicines answers, not a line
            # sharing another word of the question ("not likely to affect driving")
            return general[0]
    found = _best_by_words(kb, q, candidates, q.text) or \
        _best_by_words(kb, q, [e for e in candidates if e.topic in q.intents], "")
    if found is None:
        return None
    own = lambda e: word_score(e.match or e.text, q)[0]  # noqa: E731
    found = symptom_row_instead(q, found, candidates, lambda e: match_count(e.match or e.text, q.medical_terms), own)
    return own_row_instead(q, serious_row_instead(q, found, candidates, own), candidates)


# An interaction rule on medicines in general: "changes how many other medicines work", "tell your team about every
# medicine you take"
ANY_MEDICINE = re.compile(r"\b(other|many|every|all|any)( other)? (medicines?|drugs?|medications?)\b", re.I)


def _best_by_words(kb: KnowledgeBase, q: Question, candidates: list[Evidence], question: str) -> Evidence | None:
    wanted = wanted_words(q)
    # "how common is a rash?": the row saying "rash is common" beats the severe rash the synonyms widen to
    general = [w for w in terms(q.text) if w in GENERAL]
    shape = [i for i in q.intents if has_shape(i)]
    every_shaped = bool(q.intents) and len(shape) == len(q.intents)  # else a shapeless intent may win on words
    best, best_key = None, (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    scores = {id(e): word_score(e.match or e.text, q) if wanted else (0, 0) for e in candidates}
    # among lines sharing as many words, the side-effect row named by them ("Bleeding (hemorrhage)")
    asked = asked_stems(wanted)
    named = {id(e): named_by(kb, e, asked, q.intents) for e in candidates}
    fit_count = {id(e): sum(replies(i, e.text, question) for i in shape) for e in candidates}
    fitting = {i for i, n in fit_count.items() if n}
    # an amount asked for ("shots at home, what dose?"): a line holding what each intent needs (the shot and its
    # amount) beats one holding what only one needs, however many words it shares
    amount = bool(AMOUNT_ASKED.search(question.lower()))
    # a line holding twice the words asked of any line of the intent's shape is about what was asked ("what time of
    # day, it keeps me awake": the morning line, though it holds no dose)
    fitting_own = max((scores[i][0] for i in fitting), default=0)
    tests = test_words(q.intents, wanted)
    off = off_stage_lines(q, candidates)
    for e in candidates:
        own, widened = scores[id(e)]
        fits = id(e) in fitting
        if every_shaped and not fits and not (own >= 2 and own >= 2 * fitting_own):
            continue
        if not fits and own + widened == 0:
            continue  # nothing to check it by: the statement must share a word with the question
        if for_organs_not_asked(e, q):
            continue  # "what days do I take Ibrance?" is not asked for someone with severe liver problems
        # (among lines sharing as many words, one of the intent asked beats one sharing only a general word or one
        # widened from the question: "sickle cell disease, they want to give me Neupogen, is that dangerous?" leads
        # with the sickle cell crisis, not the FAQ saying the drug "is given" to lower infections); then one holding
        # what an intent asks for beats one sharing more of the words the question was widened to ("can I breastfeed
        # on letrozole?": the breastfeeding line, not the pregnancy line "baby" widens to); a question on a test is
        # answered by the monitoring line, before a side-effect row ("how often do they test my liver?")
        tested = e.topic == "monitoring" and "monitoring" in q.intents
        # among lines sharing as many words, the one naming the test asked ("heart tests on Kadcyla?": the heart
        # line, not the liver tests line sharing only "tests")
        # a line on another stage of treatment than the one said ("as his first treatment": not the trial after
        # surgery) follows every line on the stage asked, however many words it shares
        key = (fit_count[id(e)] if amount else 0, int(id(e) not in off), own, int(named[id(e)]), int(e.topic in q.intents) + int(tested),
               names_test(e.match or e.text, tests),
               match_count(e.text, general) if own else 0, int(fits), widened, int(e.origin == "faq"))
        if key > best_key:
            best, best_key = e, key
    if best is None:
        return None
    return Evidence(text=_unanswered_yes_no(best, q), cite=best.cite, topic=best.topic, where=best.where)


_YES_NO = re.compile(r"^(yes|no)[.,]\s+", re.I)


def repeats(text: str, reply: str) -> bool:
    """Whether a statement says what the reply already does, the reply having perhaps dropped its "Yes." or "No."."""
    return text in reply or _YES_NO.sub("", text, count=1) in reply


def _unanswered_yes_no(e: Evidence, q: Question) -> str:
    """A statement's own "Yes." or "No." answers the question it was written for (an FAQ's, or "is it chemo?"),
    not necessarily this one: keep it only when that question holds every word this one asks about."""
    match = _YES_NO.match(e.text)
    if not match:
        return e.text
    own = (e.match or "")[: len(e.match or "") - len(e.text)] if e.origin == "faq" else ""
    wanted = wanted_words(q)
    if own and wanted and match_count(own, wanted) == len(wanted):
        return e.text
    rest = e.text[match.end():]
    return rest[:1].upper() + rest[1:]


MAX_EFFECTS = 6


def _effects(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"What are the side effects of X?": the side effects its page lists, by their plain names, in one line."""
    if not ({"side_effects", "serious"} & set(q.intents)) or wanted_words(q) or len(q.drugs) + len(q.regimens) != 1:
        return None
    return _effects_listed(kb, q)


def _effects_above_all(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"Exemestane side effects? esp bones": the side effects in general first, those on the bones below."""
    if not ({"side_effects", "serious"} & set(q.intents)) or len(q.drugs) + len(q.regimens) != 1 or \
            not ABOVE_ALL.search(q.text):
        return None
    return _effects_listed(kb, q)


def _effects_listed(kb: KnowledgeBase, q: Question) -> Evidence | None:
    """The side effects the one page named lists (the serious ones when those are asked), by plain name, in one line."""
    name, effects, where = _page_effects(kb, q)
    effects = effects[:MAX_EFFECTS]
    if not effects:
        return None
    serious = "serious" in q.intents
    kind = "Serious side effects" if serious else "Side effects"
    return Evidence(text=f"{kind} of {name} include {_listed([e.plain for e in effects])}.",
                    cite=[c for e in effects for c in e.cite], topic="serious" if serious else "side_effects",
                    where=where)


def _page_effects(kb: KnowledgeBase, q: Question) -> tuple[str, list[SideEffect], str]:
    """(name, side effects, where) of the one page named: its serious ones when those are asked."""
    serious = "serious" in q.intents
    if q.drugs:
        page = kb.drugs[q.drugs[0]]
        effects = page.serious_side_effects if serious else [*page.common_side_effects, *page.serious_side_effects]
        return page.generic_name, effects, \
            f"drug {page.slug}: {'serious_side_effects' if serious else 'common_side_effects'}"
    regimen = kb.regimens[q.regimens[0]]
    effects = [e for e in regimen.side_effects if e.serious or e.call_now] if serious else regimen.side_effects
    return regimen.display_name, effects, f"regimen {regimen.slug}: side_effects"


def _listed(plain: list[str]) -> str:
    sep = "; " if any("," in p for p in plain) else ", "  # "fever, chills or shaking" stays one item
    return plain[0] if len(plain) == 1 else sep.join(plain[:-1]) + sep.rstrip() + " and " + plain[-1]


MAX_COMMON = 4
# A side effect's own line that says it is the most common one ("The most common side effect in SPARTAN")
SAID_MOST_COMMON = re.compile(r"\bthe most common (side effect|reaction)\b", re.I)  # not "one of the ... effects"


def _most_common(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"Bosulif: what side effect is most common, I heard the stomach?": the page's common side effects (its serious
    ones when those are asked), the one it calls the most common first, then by how often each happened; a body part
    also named does not narrow the list (diarrhea, not only the nausea "stomach" matches, is the answer). Not ranked
    when some have no rate: a rate read for one would look larger than one never read."""
    if not ({"side_effects", "serious"} & set(q.intents)) or len(q.drugs) + len(q.regimens) != 1 or \
            not MOST_COMMON.search(q.text):
        return None
    serious = "serious" in q.intents
    name, effects, where = _page_effects(kb, q)
    if q.drugs and not serious:
        effects = kb.drugs[q.drugs[0]].common_side_effects
    said = [e for e in effects if e.text and SAID_MOST_COMMON.search(e.text)]
    if not said and not (effects and all(e.frequency for e in effects)):
        return None
    ranked = [*said, *sorted((e for e in effects if e.frequency and e not in said),
                             key=lambda e: -e.frequency.high if e.frequency else 0)][:MAX_COMMON]
    listed = _listed([f"{e.plain} ({', '.join(x for x in (e.term if norm(e.term) != norm(e.plain) else '', str(e.frequency or '')) if x)})"
                      for e in ranked])
    kind = ("serious side effect" if serious else "side effect") + ("s" if len(ranked) > 1 else "")
    return Evidence(text=f"The most common {kind} of {name} in its studies: {listed}.",
                    cite=[c for e in ranked for c in e.cite], topic="serious" if serious else "side_effects", where=where)


def faq_evidence(kb: KnowledgeBase, q: Question) -> list[Evidence]:
    """The FAQ answers of the drugs asked about, as candidates (the FAQ's question counts toward the match)."""
    out = []
    for slug in q.drugs:
        for faq in kb.drugs[slug].faqs:
            out.append(_faq(faq, slug))
    return out


# The words that say what kind of answer a question wants; an FAQ asked "when" does not answer "can".
_ASKS = frozenset("when what how why where which who".split())
_WEAK = frozenset(stem(w) for w in QUIET | SCHEDULE_WORDS)


def _faq_asked(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """A named drug's FAQ that is the question asked, in other words ("when should I get my Neulasta shot after
    chemo?" is "When do I get the pegfilgrastim shot after chemo?"): every topic word of the FAQ's question is
    asked, one of them says more than "take" or "day", they make most of what is asked, and it asks the same
    "when", "what" or "how". It beats lines that only share a word with the question: it was written for it."""
    if not q.drugs:
        return None
    named = {stem(w) for s in q.drugs for n in drug_names(kb.drugs[s]) for w in terms(n)}
    said = {w.split("'")[0] for w in words(q.text)}  # "what's" asks "what"
    asked = {stem(w) for w in terms(q.text)} - named
    for slug in q.drugs:
        for faq in kb.drugs[slug].faqs:
            own = {stem(w) for w in terms(faq.question)} - named
            kind = next((w for w in words(faq.question) if w in _ASKS), None)
            if not own <= asked or (kind and kind not in said) or not own - _WEAK:
                continue  # "Why do I take it only on some days?" is no match for any "take ... day" question
            if own == asked or (len(own) >= 2 and len(own) >= 0.6 * len(asked)):
                return _faq(faq, slug)
    return None


def faqs_beside(kb: KnowledgeBase, q: Question, reply: Evidence) -> list[Evidence]:
    """When an FAQ is the reply, the same page's other FAQs on a topic word of the question: the page may answer
    both sides ("should the surgeon know I had bleomycin?" and how likely lung trouble after surgery is)."""
    slug = reply.where.removeprefix("drug ").removesuffix(": faqs")
    if not reply.where.endswith(": faqs") or slug not in kb.drugs:
        return []
    named = {stem(w) for s in q.drugs for n in drug_names(kb.drugs[s]) for w in terms(n)}
    asked = {stem(w) for w in terms(q.text)} - named - _WEAK
    return [Evidence(text=faq.answer, cite=list(faq.cite), topic="other", where=reply.where)
            for faq in kb.drugs[slug].faqs
            if not repeats(faq.answer, reply.text) and asked & {stem(w) for w in terms(faq.question)}]


def _with_the_plan(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """A drug asked about with a plan it is not part of ("is Neulasta needed with A+AVD?", a booster given beside
    the plan's chemo): the drug page's line that names the plan, else the plan's line that names the drug."""
    if len(q.regimens) != 1:
        return None
    plan = kb.regimens[q.regimens[0]]
    beside = [kb.drugs[s] for s in q.drugs if s not in plan.drugs]
    if len(beside) != 1:
        return None
    drug = beside[0]
    said = [(drug, [n for n in (plan.short_name, plan.name) if n]), (plan, drug_names(drug))]
    for page, names_ in said:
        pattern = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names_), re.I)
        for item in cited_items(page):
            text = getattr(item, "text", None)
            if isinstance(text, str) and pattern.search(text):
                where = f"drug {drug.slug}" if page is drug else f"regimen {plan.slug}"
                return Evidence(text=text, cite=list(item.cite), topic="other", where=where)
    return None


def _two_names_faq(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """"Is Zarxio as good as Neupogen?", "Truxima or Rituxan?": two names of one drug asked together ask how they
    relate, which the drug's FAQ naming both says (a biosimilar and the product it copies). Not when one name is
    part of a plan's name ("paclitaxel in Carbo/Taxol")."""
    if len(q.drugs) != 1 or q.regimens:
        return None
    drug = kb.drugs[q.drugs[0]]
    lowered = q.text.lower()
    found = {n.lower() for n in drug.names if whole_word(n.lower()).search(lowered)}
    said = {n for n in found if not any(n != m and n in m for m in found)}  # "Zoladex" inside "Zoladex implant"
    if len(said) < 2:
        return None
    return next((_faq(faq, drug.slug) for faq in drug.faqs
                 if sum(bool(whole_word(n).search(faq.question.lower())) for n in said) >= 2), None)


def _faq(faq: FAQ, slug: str) -> Evidence:
    return Evidence(text=faq.answer, cite=list(faq.cite), topic="other", where=f"drug {slug}: faqs",
                    origin="faq", match=f"{faq.question} {faq.answer}")


# What a person with kidney or liver problems asks of a drug in general: its dose, whether they can have it
# ("I am on dialysis, what dose of Pomalyst?", "I have cirrhosis, can I take Stivarga?", "Polivy and liver disease").
_ORGAN_ASKS = frozenset({"dose", "side_effects", "uses", "form"})


ORGAN_FIELDS = ("administration", "monitoring", "interactions")


def _organ_dose(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """Someone who says they have kidney or liver problems gets the drug page's line for people with those
    problems, rather than the usual dose; dialysis named, the line that names dialysis (of the drug the question
    asks about last: "Pomalyst with dex ... on dialysis days, when does he take the Pomalyst?")."""
    organs = organ_problems(q)
    if not organs or not set(q.intents) <= _ORGAN_ASKS or (drug := drug_asked(kb, q)) is None:
        return None
    own = set(terms(q.text))  # its own words: "liver disease" is widened to "hepatotoxicity"
    # ("creatinine clearance around 40, does her dose change?" asks the dose in words, whatever else it says)
    if "side_effects" in q.intents and not AMOUNT_ASKED.search(q.text.lower()) and any(w in own and w not in QUIET and not any(for_organ_word(w, o) for o in organs)
                                           for w in q.subject_terms):
        return None  # "I have kidney disease, will Ibrance give me diarrhea?" asks about the diarrhea
    dialysis = "dialysis" in q.text.lower()
    # Alimta's "not advised under 45 mL/min" sits with its rule on ibuprofen, in interactions
    lines = [(f, i) for f in ORGAN_FIELDS for i in cited_items(getattr(drug, f))
             if any(for_organ(i.text, o) for o in organs)]
    if not lines:
        return None
    # a line giving a limit or a dose ("under 45 mL/min", "75 mg") says more than one saying the organ is checked
    field, best = max(lines, key=lambda fi: (int(dialysis and "dialysis" in fi[1].text.lower()),
                                             sum(for_organ(fi[1].text, o) for o in organs),
                                             int(bool(re.search(r"\d", fi[1].text))), -ORGAN_FIELDS.index(fi[0])))
    return Evidence(text=best.text, cite=list(best.cite), topic="dose", where=f"drug {drug.slug}: {field}")


# "my dad's colon cancer spread to his liver, does he have liver cancer now?", "it went to her bones, is it bone
# cancer?", "it spread to her spine, is it bone cancer now?": a cancer named after where it spread (group 5)
_SPREAD_RENAMED = re.compile(r"\b(spread|spreads|went|gone|moved|travell?ed)\b (in)?to (the |his |her |my |their |your )?"
                             r"(\w+?)s?\b[^?]*\b(\w+?)s? (cancer|carcinoma)\b")
_A_CANCER = re.compile(r"\b(\w+?)s? (cancer|carcinoma)\b")


def _renamed_organ(lowered: str) -> str | None:
    """The organ whose cancer a question asks whether a cancer that spread has become ("bone"), if it asks that: a
    cancer named after where it spread that is not the one it started as ("colon cancer spread to the nodes, is
    colon cancer curable?" asks no such thing)."""
    m = _SPREAD_RENAMED.search(lowered)
    if m is None:
        return None
    started = _A_CANCER.search(lowered[:m.start()])
    return None if started is not None and started[1] == m[5] else m[5]


# the organ's cancer page line that says cancer spread there is not that organ's cancer ("secondary liver cancer")
_SECONDARY = re.compile(r"\b(secondary|metastatic)\b[^.]*\bcancer\b")


def _spread_renamed(kb: KnowledgeBase, q: Question, _: list[Evidence]) -> Evidence | None:
    """A cancer that spread to another organ keeps the name of where it started: the page of the organ's cancer
    says so when it does ("... is called metastatic or secondary liver cancer"), else the meaning of metastatic."""
    organ = _renamed_organ(q.text.lower())
    if organ is None or q.drugs or q.regimens:
        return None
    for slug in q.cancers:
        cancer = kb.cancers[slug]
        if any(organ in norm(n).split() for n in cancer_names(cancer)):
            st = next((st for st in cancer.about_disease() if _SECONDARY.search(st.text.lower())), None)
            if st is not None:
                return Evidence(text=st.text, cite=list(st.cite), topic="definition",
                                where=f"cancer {slug}: {cancer.field_of(st)}")
    return term_reply(kb, "metastatic") if "metastatic" in kb.glossary else None


def _cancer_statement(kb: KnowledgeBase, q: Question, evidence: list[Evidence]) -> Evidence | None:
    """"What is a Whipple surgery for pancreatic cancer?", "what is a radical prostatectomy for prostate cancer?":
    a question on one cancer whose own words ("whipple", "prostatectomy") a statement of that cancer's page holds
    more of (two or more) than anything else gathered gets that statement: operations are in its treatment notes."""
    if len(q.cancers) != 1 or q.drugs or q.regimens or not _besides_the_cancers_own(q) <= {"definition"}:
        return None  # "what tests / symptoms ...": the fields of that intent answer it
    if pointed_term(kb, q) is not None:
        return None  # "her ALL report says MRD negative, what does that mean?": the word pointed back to answers
    own = set(terms(without_aspects(q.text.lower())))  # "what tests show how far ..." asks the page's own sections
    words = [w for w in wanted_words(q) if w in own]
    if not words:
        return None
    cancer = kb.cancers[q.cancers[0]]
    best = max(cancer.treatment_note, key=lambda s: match_count(s.text, words), default=None)
    # ... than anything gathered or said of the disease on its page (in whichever section)
    said = [*(e.text for e in evidence), *(st.text for st in cancer.about_disease()),
            *(kb.glossary[t].definition for t in q.asked_terms if t in kb.glossary)]  # "the IPI score for my DLBCL"
    if best is None or match_count(best.text, words) < 2 or match_count(best.text, words) <= max(
            (match_count(t, words) for t in said if t != best.text), default=0):
        return None
    return Evidence(text=best.text, cite=list(best.cite), topic=q.intents[0] if q.intents else "uses",
                    where=f"cancer {cancer.slug}: treatment_note")
