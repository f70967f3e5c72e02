"""What a question is about: drugs, cancer types, what the person wants to know, and whether it is urgent."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..content.lookup import cancer_names, drug_names, norm, regimen_names
from ..errors import InputError
from ..model import DISEASE_SECTIONS, KnowledgeBase
from ..search.lay_names import page_words
from ..search.synonyms import meanings, phrases, raised_counts, regimen_aliases
from ..search.text import STOPWORDS, compiled, english_word, stem, terms, words
from .cancer_aspects import asked_aspects, on_disease
from .found_on import FOUND_ON
from .intents import (
    AMOUNT_ASKED,
    BENEFIT_ASKED,
    DRUG_STARTS,
    EXPLICIT_DEFINITION,
    INFUSION_TIME,
    MIX_ASKED,
    OFFERED,
    ORDER,
    ORGAN_CONDITION,
    SCREEN_CHECK,
    SPREAD_TESTS,
    START_AFTER,
    TEAM_LOOKS_FOR,
    THAT_MEANS,
    WHO_TAKES,
    fields,
    of_cancer,
    signals,
    signals_intent,
    spot,
    taken_with,
)
from .names import N_MAX, NameIndex, Names, known_word, misspelt_known, names, ngrams
from .organ_lump import organ_lump
from .organ_removed import organ_removed
from .passing_names import named_in_passing
from .past_treatment import past_drugs
from .plans_named import plan_of_all_but_one, plan_with_chemo
from .setting import said_as_excluded, said_as_setting
from .whole_term import whole_term

MAX_CHARS = 1000

# People asking to stop, skip, double or change treatment: we give what sources say, then "ask your care team".
# How to take a medicine ("should I take it with food?") is not a change of treatment.
PERSONAL = re.compile(
    r"\b(should|shall|can|may|could|do) i (need to |have to )?(stop|skip|double|quit|change|cut|lower|reduce|"
    r"raise|increase|pause|delay|take (more|less|extra|two|an extra|a double))\b|"
    r"is it (ok|okay|safe|alright|fine) (for me )?to (stop|skip|double|quit|change|delay|take (more|less|two|extra))|"
    r"\bstop (taking|my)\b|\bdouble (up|my|the|a) (dose|pill)|\bskip (my|a|the) (dose|pill|capsule|treatment|cycle|"
    r"infusion)|\bchange my (dose|treatment|schedule)\b|\bwant to (stop|quit)\b")
TREATMENT_WORDS = re.compile(r"side.?effects?|treat|therap|chemo|drugs?\b|medicines?|regimen|infusion|pills?\b")
# Asking what kind of drug something is: "is it chemo?", "what type of drug", "is Keytruda immunotherapy?".
CLASS_ASKED = re.compile(r"\b(is|are|isn'?t|aren'?t|considered|count as|called|kind|type|class|sort)\b[\w\s/-]*\b(chemo\w*|"
                         r"immuno\w*|targeted|steroids?|biologics?|antibod\w+|hormones?|kinase|inhibitors?)\b|"
                         r"\b(kind|type|class|sort) of\b|\bclass\b")
# Asking whether a symptom comes from the treatment: "is that the chemo?", "could this be from the chemo?".
CAUSE_ASKED = re.compile(r"\b(is|could|can|might|would|was) (that|this|it)( be)?( from| due to| because of| caused by)?"
                         r"( the| my)? chemo\b")
# ... or from the medicine by its form: "my knees ache, is that the pill?", "could it be from the shots?" (no question
# of whether it is a pill)
FORM_CAUSE_ASKED = re.compile(r"\b(is|could|can|might|would|was) (that|this|it)( be)?( from| due to| because of| caused by)?"
                              r"( the| my| his| her)? (pills?|tablets?|capsules?|shots?|injections?|infusions?|drips?)\b|"
                              # "are the shots bad for his bones?": the shots are the drug, their harm is asked
                              r"\b(is|are) (the|these|those|my|his|her) (pills?|tablets?|capsules?|shots?|injections?|"
                              r"infusions?|drips?) (bad|hard|harmful|dangerous|rough) (for|on)\b|"
                              # "is that something the pill can cause?", "could the shots have caused it?"
                              r"\b(something |anything )?(the|these|those|my|his|her) (pills?|tablets?|capsules?|shots?|"
                              r"injections?|infusions?|drips?) (can|could|might|may|would|will)( have)? (cause|caused|do|did)\b")
# What eases a problem told: "what usually helps?", "any tips?", "what can we do?"
HELP_ASKED = re.compile(r"\bwhat (usually |else |might |would |can |could )?helps?\b|\bany (tips|tricks|advice)\b|"
                        r"\bwhat can (i|we|you|she|he|they) do\b")
MECHANISM = re.compile(r"how (does|do) \S+( \S+)? work|how it works|mechanism|what does .* do\b")
# Word endings of drug names (WHO INN stems): a word like this that names no page is a drug we do not cover.
DRUG_STEMS = re.compile(r"^[a-z]{4,}(mab|ib|rubicin|taxel|platin|tecan|citabine|mustine|lutamide|rozole|clax|limus|"
                        r"stat|cept|sertib|xaban)$")

# Who the question is for: "my dad is starting R-CHOP".
PEOPLE = frozenset("""mom mum mother dad father husband wife partner son daughter child kid kids brother sister
friend grandma grandpa grandmother grandfather grandkids grandkid grandchildren grandchild grandson granddaughter
grandsons granddaughters aunt uncle boyfriend girlfriend family patient patients""".split())
# Words about who is asking and when, which ask nothing themselves.
NO_TOPIC = PEOPLE | frozenset("""starting starts started start begin beginning begins going today tomorrow next week
soon now just new info information anything something thing things""".split())

# Words that say which stage or course of a cancer the question names, which ask nothing themselves: "is there a
# cure for recurrent ovarian cancer" asks what "is there a cure for ovarian cancer" asks.
CANCER_STATE = frozenset("""recurrent recurring relapsed relapsing refractory metastatic advanced early late newly
diagnosed stage iii iv progressive resistant returned""".split())

# Words a "what is X?" question may hold beside the name and still ask what X is: "what is the Vd regimen",
# "what is ALL in simple words", "what is MDS, is it cancer".
DEFINITION_WORDS = frozenset("""regimen regimens treatment treatments drug drugs medicine medicines medication cancer
cancers disease condition illness simple plain words english terms exactly actually really basically mean means
called thing kind type sort""".split())
# Asking where a disease comes from: its cause, where or how it starts. What the
# cancer page says the disease is answers it ("most people with CML have the Philadelphia chromosome").
ORIGIN_ASKED = re.compile(r"\bcaus(e|es|ed|ing)\b|\bwhere (does|do|did|is|are) .*\b(start|begin|come from|form|grow)|"
                          r"\bhow (does|do|did) .*\b(start|begin|form|develop)|\bcomes? from\b|"
                          r"\bwhy (do|does|did) (people|i|you|he|she|they|someone|my \w+) (get|have|develop)\b")
# A procedure planned around a medicine and whether to stop it: "do I stop Calquence for my colonoscopy?", "how long
# before a tooth extraction do I stop Cabometyx?". The labels' surgery rules answer it, not the schedule or the tests.
PROCEDURE = re.compile(r"\b(surgery|surgeries|operation|procedure|colonoscopy|endoscopy|dental|dentist|tooth|teeth|"
                       r"extraction)\b")
HOLD = re.compile(r"\b(stop|stopping|hold|holding|pause|pausing|off|keep taking|continue|problem)\b")
SCHEDULE_ASKS = frozenset({"dose", "duration", "monitoring", "stopping"})  # ... and how to stop it in general
# What a question on a cancer's own tests, markers or kinds seems to ask but does not: its plans' blood tests or uses.
DISEASE_NOT_TREATMENT = frozenset({"definition", "monitoring", "uses", "classification"})

# Saying one has a cancer does not ask how it is diagnosed: "just diagnosed with follicular lymphoma, do I have to
# start chemo now?"
DIAGNOSED_WITH = re.compile(r"\bdiagnosed (with|as having)\b")

# Abbreviations people use for cancers the knowledge base may not cover yet, so we can say so plainly.
CANCER_ABBREVIATIONS = {
    "mds": "myelodysplastic syndromes", "mm": "multiple myeloma", "cll": "chronic lymphocytic leukemia",
    "nsclc": "non-small cell lung cancer", "sclc": "small cell lung cancer", "aml": "acute myeloid leukemia",
    "cml": "chronic myeloid leukemia", "mcl": "mantle cell lymphoma", "fl": "follicular lymphoma",
    "mzl": "marginal zone lymphoma", "dlbcl": "diffuse large B-cell lymphoma", "nhl": "non-Hodgkin lymphoma",
}

# Words that show a question is in a language we do not answer in yet (Spanish, French, German, Italian, Portuguese).
FOREIGN = frozenset("""el la los las es un una que por para con del se su al lo como pero muy y o
le les est une des du et pour avec sur dans ce cette sont qui pas je
der die das ist und nicht mit ein eine ich sie auf für den dem zu wie
il di che non sono per gli della è e
os não com uma são pelo""".split())
ENGLISH_HINTS = STOPWORDS | {"chemo", "dose", "side", "effects", "take", "cancer", "drug"}


@dataclass(frozen=True)
class Question:
    text: str  # as understood: names written as the pages write them ("estimated GFR" for "eGFR")
    drugs: list[str] = field(default_factory=list)
    regimens: list[str] = field(default_factory=list)
    cancers: list[str] = field(default_factory=list)
    unknown_cancers: list[str] = field(default_factory=list)
    intents: list[str] = field(default_factory=list)
    personal: bool = False
    medical_terms: list[str] = field(default_factory=list)
    page_words: list[str] = field(default_factory=list)  # pages' words for everyday names said ("flu mist": live vaccine)
    entity_words: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # glossary slugs the question names
    asked_terms: list[str] = field(default_factory=list)  # ... of them, those it asks what they are ("what's a kinase?")
    unknown_drugs: list[str] = field(default_factory=list)  # drug-like words that name no page
    past_drugs: list[str] = field(default_factory=list)  # drugs said as the treatment before, not asked about
    unknown_conditions: list[str] = field(default_factory=list)  # what a treatment is asked for that no page mentions
    asked: str = ""  # as the person typed it, to show back to them

    @property
    def topic_terms(self) -> list[str]:
        """Search words: the question's topic words and the medical words its plain words mean."""
        return list(dict.fromkeys([*terms(self.text), *self.medical_terms, *self.page_words]))

    @property
    def subject_terms(self) -> list[str]:
        """Topic words without the names of the drugs, regimens and cancers asked about."""
        named = set(self.entity_words)
        return [w for w in self.topic_terms if w not in named]


def validate(text: str) -> str:
    """The question, trimmed; InputError for empty, too long or not English."""
    text = (text or "").strip()
    if not text:
        raise InputError("Please type a question, for example: Is lenalidomide chemotherapy?")
    if len(text) > MAX_CHARS:
        raise InputError(f"The question is {len(text)} characters long; please keep it under {MAX_CHARS}.")
    letters = [c for c in text if c.isalpha()]
    if letters and sum(1 for c in letters if c.isascii()) / len(letters) < 0.7:
        raise InputError("oncoguide answers questions in English only for now.")
    ws = words(text)
    foreign = sum(1 for w in ws if w in FOREIGN)
    english = sum(1 for w in ws if w in ENGLISH_HINTS)
    if len(ws) >= 3 and foreign >= 2 and foreign > english:
        raise InputError("oncoguide answers questions in English only for now.")
    return text


def _meant_by_longer(index: Names, plain: list[str]) -> list[str]:
    """The glossary words meant by a plain phrase that holds another plain phrase found: the longer phrase says what
    is asked ("a shot to boost my white cells" asks about growth factors, not what white cells are)."""
    longer = [p for p in plain if any(o != p and f" {o} " in f" {p} " for o in plain)]
    return [s for m in meanings(longer) for s in index.glossary.find(norm(m).split())]


# "Is R-CHOP chemo?", "is FOLFOX considered chemotherapy or immunotherapy?": whether it is chemo is what is asked
CHEMO_ASKED = re.compile(r"\b(is|are|was|isn't|considered|count(ed)? as|called)\b[^.?!,]*\bchemo|\bchemo\w* or\b|\bor (a )?chemo")


def understand(kb: KnowledgeBase, text: str) -> Question:
    """Parse a question; InputError when it cannot be answered at all (empty, too long, not English)."""
    asked = validate(text)
    text = _written_out(asked)
    lowered = _spelled(text.lower())
    tokens = norm(text).split()
    index = names(kb)
    spelled = index.spelled(tokens)  # "hodgkins lymphoma", "7 plus 3", "prostrate cancer"
    drugs = _drugs_outside_glossary_names(kb, index, tokens, index.drugs.find(tokens))  # "IPI score" is no Yervoy
    drugs = _not_said_as_left_out(index, lowered, drugs)  # "Xpovio with just dex, no Velcade" is not XVd
    past = past_drugs(kb, lowered, drugs)  # "grew on Nexavar, can Stivarga be used?" asks about Stivarga only
    drugs = [d for d in drugs if d not in past]
    by_own_name = _either(index.regimens, tokens, spelled)
    regimens = by_own_name or index.qualified_regimens(drugs, spelled)
    regimens = _outside_glossary_names(index, tokens, regimens, index.regimens)  # "PD-1" names not the regimen Pd
    by_name = named_not_said(kb, text, _either(index.cancers, tokens, spelled))
    cancers = by_name or _organ_apart(index, spelled) or organ_removed(index, lowered) \
        or ([] if drugs else organ_lump(index, lowered))  # "remove his prostate", "a lump on one testicle"
    if not drugs:  # "besides colon cancer, what other cancer ...?" asks about the others (beside a drug, its other uses)
        cancers = [c for c in cancers if not said_as_excluded(cancer_names(kb.cancers[c]), lowered)]
    known = set(index.cancers.index)
    padded = " " + " ".join(spelled) + " "
    unknown = [name for abbr, name in CANCER_ABBREVIATIONS.items() if norm(name) not in known and abbr not in known
               and (abbr in tokens or (f" {norm(name)} " in padded and f" non {norm(name)} " not in padded))]
    # "small cell lung cancer" is not the page for non-small cell lung cancer that "lung cancer" would find
    cancers = [c for c in cancers if not any(set(norm(n).split()) < set(norm(u).split())
                                             for u in unknown for n in cancer_names(kb.cancers[c]))]
    if not by_name:
        # "is a benign tumor cancer?": a phrase the glossary explains names no cancer we lack
        lacked = [p for p in _cancer_phrases(lowered, index) if norm(p) not in known and not any(p in u for u in unknown)
                  and norm(p) not in index.glossary.index]
        if lacked and cancers:
            # "a wilms tumor in her kidney, will they take out the whole kidney?": a cancer named that we have no page
            # for is not the cancer of the organ said beside it
            cancers = []
        unknown += lacked
    unknown += [w for w in _tumor_words(lowered, index) if not any(w in u for u in unknown)]
    conditions = [p for p in _conditions(lowered, kb, index) if not any(p in u or u in p for u in unknown)]
    regimens = _named_not_said_plans(kb, text, regimens, drugs, cancers)  # "ice chips" name no ICE
    if not by_own_name and cancers:  # "carboplatin and alimta for his lung cancer ... alimta alone" is no plan of
        # carboplatin alone for ovarian cancer: a plan told by its drug and a word of its name is one for the cancer said
        regimens = [r for r in regimens if set(cancers) & set(kb.regimens[r].cancers)]
    regimens = _with_drugs_added(kb, index, _for_the_cancer(kb, regimens, cancers), drugs, cancers, lowered) \
        or _made_of(kb, index, drugs, cancers) or plan_with_chemo(kb, drugs, cancers, lowered) \
        or ([] if "comparison" in spot(lowered) else plan_of_all_but_one(kb, drugs, cancers, lowered))
    drugs = _outside_regimen_names(kb, lowered, drugs, regimens)
    entity_words = set(_entity_words(kb, drugs, regimens, cancers, [], lowered))
    if drugs and CAUSE_ASKED.search(lowered):
        entity_words |= {"chemo", "chemotherapy"}  # "is that the chemo?": the chemo is the drug named, no topic
    if any(kb.drugs[d].chemotherapy.traditional for r in regimens for d in kb.regimens[r].drugs if d in kb.drugs) \
            and not CHEMO_ASKED.search(lowered):
        entity_words |= {"chemo", "chemotherapy"}  # "a heart scan before his 7+3 chemo": the chemo is the plan named
    # plain phrases inside a name asked about are that name: "kidney" in "kidney cancer" is no kidney problem
    plain = [p for p in phrases(PLACEBO.sub("placebo", text)) if not set(terms(p)) <= entity_words]
    # a count said high keeps its own name ("a high white count" is still a white count a definition may name), not
    # its meaning of a low count (`phrases` leaves it out)
    medical = list(dict.fromkeys([*meanings(plain), *plain, *raised_counts(text)]))
    glossary = list(dict.fromkeys([*_meant_by_longer(index, plain), *_either(index.glossary, tokens, spelled),
                                   *(s for m in medical for s in index.glossary.find(norm(m).split())),
                                   *_shared_noun(index.glossary, tokens)]))
    glossary = whole_term(index.glossary, tokens, glossary)  # "bone marrow aspirate and biopsy"
    intents = _intents(_without_names(lowered, [n for r in regimens for n in regimen_aliases(kb.regimens[r])]),
                       plain, drugs, regimens, cancers,
                       sorted({x for c in cancers for n in cancer_names(kb.cancers[c])
                               for x in (n.lower(), re.sub(r"\s*\(.*?\)", "", n.lower()))}, key=len, reverse=True),
                       together=any(set(drugs) <= r for r in index.regimen_drugs.values()),
                       sections={f for c in cancers for f in DISEASE_SECTIONS if getattr(kb.cancers[c], f)})
    if len(drugs) >= 2 and TAKEN_TOGETHER.search(lowered) and not SCHEDULE_ASKS & set(intents) and \
            set(drugs) <= {d for r in regimens for d in kb.regimens[r].drugs} and \
            not (kb.medicines is not None and kb.medicines.named_in(text)):
        # "can I take Zytiga and prednisone at the same time?": the drugs of the plan named are given together, as
        # its schedule says (not a missed-dose line sharing "time", nor how the two compare); a count or dose asked
        # ("how many times does he get the Yervoy together with Opdivo?") stays as asked
        intents = ["dose"]
    if drugs and not {"interactions", "premedication"} & set(intents) and kb.medicines is not None and \
            kb.medicines.named_in(text):
        # "my dad takes omeprazole and just started Tarceva, problem?": an everyday medicine beside one of ours
        # ("... and they also started posaconazole. is that mix a problem?" asks of the mix alone)
        intents = [] if MIX_ASKED.search(lowered) else [i for i in intents if i != "side_effects"]
        intents.append("interactions")
        intents.sort(key=ORDER.index)
    if drugs and (m := DRUG_STARTS.search(lowered)) and index.drugs.find(m[3].split()):
        # "when does obinutuzumab start with venetoclax?": the day it starts is in the plan's schedule (a comparison
        # stays only where asked in words: "when does Erbitux start compared to radiation")
        kept = [i for i in intents if i != "comparison" or "comparison" in spot(lowered)]
        intents = sorted({*kept, "dose"}, key=ORDER.index)
    # a medicine asked about beside one of ours ("Eliquis with ibrutinib?") is for the interaction rules to name
    unknown_drugs = _unknown_medicines(kb, text, tokens, conditions,
                                       by_place="interactions" not in intents or not drugs,
                                       alone=not (drugs or regimens))
    if drugs and PROCEDURE.search(lowered) and HOLD.search(lowered):
        intents = [i for i in intents if i not in SCHEDULE_ASKS]  # the statements on surgery hold the answer
    if not regimens and SCHEDULE_ASKS & set(intents):
        # "Yervoy by itself for melanoma, how many doses?": how it is given is on the plan page the question points
        # to; the drug stays named (what else it asks, side effects, is on the drug page)
        regimens = _own_plan(kb, index, drugs, cancers, lowered)
    if "mechanism" in intents and (why := _why_something_else(lowered, entity_words)):
        intents.remove("mechanism")  # "why do I need IV fluids with cisplatin?" asks about the fluids
        if "side_effects" in intents and "side_effects" not in spot(lowered) and all(p in why for p in plain):
            # "why do I take acyclovir with Darzalex?": the medicine taken beside ours is no symptom; the page's
            # lines holding what it means (an antiviral against shingles) answer
            intents.remove("side_effects")
    named_words = entity_words | set(_entity_words(kb, [], [], [], glossary))
    page_names = _page_names_said(kb, text, drugs, regimens, cancers)
    asked_terms = _asked_terms(norm(lowered), index, glossary, page_names)
    if not asked_terms and (m := THAT_MEANS.search(lowered)):
        # "the biopsy came back benign. what does that mean?": the word said last before it is the one asked; not one
        # said as what it is not ("immunotherapy, not chemo"), nor, beside a cancer, its stage or state ("stage 4
        # kidney cancer": its page says what that stage is), a word of its name or what was taken for it ("had chemo
        # for breast cancer ... now has AML. they called it therapy-related"); beside a drug or plan, only a word said
        # after its name ("they want carboplatin again, it is platinum sensitive"), or "that" is the drug
        before = norm(lowered[:m.start()])
        if drugs or regimens:
            before = _after_names(before, [*page_names[1], *(norm(n) for s in regimens for n in regimen_aliases(kb.regimens[s]))])
        before = NOT_THIS.sub(" ", before)
        said = [s for s in index.glossary.find(index.spelled(before.split()))
                if not (cancers and _of_the_cancer(index, s, before, entity_words))]
        # "the margins came back clear after the mastectomy. what does that mean?": not the word of when
        said = [s for s in said
                if not any(said_as_setting(n, f" {before} ") for n in index.glossary.keys.get(s, ()))] or said
        asked_terms = [s for s in said if not TAKEN.search(s)][-1:] or ([] if cancers else said[-1:])
    if not asked_terms and not (drugs or regimens or cancers) and NAME_OF_IT.search(lowered):
        # "my arm is swelling after they took lymph nodes out, what is that called?": the word whose meaning the
        # question tells
        asked_terms = _described(kb, lowered)
    if asked_terms and cancers and not by_name:
        cancers = []  # "a lesion on my liver, does lesion mean cancer?": the word is asked, no liver cancer named
    glossary = list(dict.fromkeys([*asked_terms, *glossary]))  # the word asked about first: "which chemo drugs are
    term_asked = bool(asked_terms)                              # platinum drugs" asks about platinum drugs
    extra = set(terms(lowered)) - named_words - NO_TOPIC - (CANCER_STATE if cancers else set())  # what the
    # question says beside names
    what_is = "definition" in intents
    if "definition" in intents and not re.search(EXPLICIT_DEFINITION, lowered) and (
            len(intents) > 1 or extra - DEFINITION_WORDS) and not term_asked and not _ends_asking_what(lowered, page_names):
        intents.remove("definition")  # "what is the best diet for MDS" is not "what is MDS"
    if not intents and drugs and (taken := taken_with(lowered)) is not None \
            and any(taken.search(s.text) for d in drugs for s in kb.drugs[d].administration):
        # "what is Verzenio? do I take it with water", "can I take Xtandi with water": what the pill goes down with,
        # read off the line of how to take it that says so, beside what it is or what else it goes with (a page
        # saying nothing of it keeps the lines read for a question no intent reads)
        intents.append("definition" if what_is else "interactions")
    if not intents and past:
        intents.append("uses")  # "Ibrance didn't work, can she take Verzenio?" asks whether it is used after that
    if not intents and (drugs or regimens or cancers or glossary) and not extra:
        intents.append("definition")  # a bare name ("Revlimid?", "R-CHOP for my mom") asks what it is
    if glossary and not (drugs or regimens or cancers) and HELP_ASKED.search(lowered) and "definition" not in intents:
        # "she hasn't had a bowel movement in 4 days, what usually helps?": with no page named, the word's meaning
        # says what helps
        intents.insert(0, "definition")
    if not intents and glossary and cancers and not (drugs or regimens) and _only_as_its_treatment(kb, lowered, cancers) \
            and not _said_on_its_page(kb, index, glossary, cancers):
        # "hot flashes on his prostate cancer shots": a word asked about on the treatment of a cancer; what the word
        # means answers (the hot flashes entry says hormone therapy causes them), not what the cancer is
        intents, cancers = ["definition"], []
    if not intents and cancers and not (drugs or regimens):
        if TREATMENT_WORDS.search(lowered):
            intents.append("uses")  # "does everyone with CLL need treatment right away?"
        elif ORIGIN_ASKED.search(lowered) or _said_of(kb.cancers[cancers[0]].about_disease(), extra - DEFINITION_WORDS):
            intents.append("definition")  # "what causes CML?", "where does bladder cancer start?": its page says
    if intents == ["comparison"] and len(cancers) == 1 and not (drugs or regimens or asked_aspects(lowered)) \
            and not TREATMENT_WORDS.search(lowered):
        # "how is secondary AML different from regular AML?", "smoldering vs regular myeloma": a kind of the one
        # cancer named is told apart by what its page and the word's meaning say, not by the cancer's plans (an
        # aspect compared, "how common is DLBCL compared to other lymphomas", is read as that aspect below)
        intents = ["definition"]
    if cancers and not (drugs or regimens) and not ("uses" in intents and TREATMENT_WORDS.search(lowered)) and \
            on_disease(kb.cancers[cancers[0]], asked_aspects(DIAGNOSED_WITH.sub(" ", lowered))):
        # "which blood test marker is used for ovarian cancer?", "what are the types of MZL?": the cancer page says
        # it; not the tests or treatments of its plans ("what treatments for ALL target the chromosome" asks those)
        intents = ["definition", *(i for i in intents if i not in DISEASE_NOT_TREATMENT)]
    if term_asked and "definition" not in intents and not (drugs or regimens or cancers) or (
            glossary and (intents in (["monitoring"], ["form"]) or "comparison" in intents)
            and not (drugs or regimens or cancers or unknown_drugs)):
        # "how does a PARP inhibitor work?", "where does ALP come from?", "what counts as contraception?"; a test
        # alone ("why did they check my lipase?", "how is a bone marrow biopsy done?") or a kind of shot or pill
        # ("is there a shot to boost my white cells?"): with no page named, what the
        # word means is what we have; and two words compared ("a CT scan and an MRI") by what each means
        intents.insert(0, "definition")
    if intents == ["definition"]:  # "what is secondary MDS?" asks what the glossary word is, not what MDS is
        cancers = _outside_glossary_names(index, tokens, cancers, index.cancers)
    # a cancer we have no page for, that the named drug's uses name, is answered from the drug page, not "not covered"
    unknown = [u for u in unknown if not _on_drug_pages(kb, drugs, u)]
    return Question(text=text, asked=asked, drugs=drugs, regimens=regimens, cancers=cancers, unknown_cancers=unknown,
                    intents=list(dict.fromkeys(intents)), personal=bool(PERSONAL.search(lowered)),
                    medical_terms=medical, page_words=page_words(lowered),
                    entity_words=sorted(entity_words), terms=glossary, asked_terms=asked_terms, unknown_drugs=unknown_drugs,
                    past_drugs=past,
                    # "can I take Paxil for depression while on tamoxifen?": what the other medicine is for is
                    # not asked about; the interaction rules answer
                    unknown_conditions=[] if drugs and "interactions" in intents else conditions)


# A placebo in plain words ("compared to a sugar pill") is no high blood sugar and no form of the drug asked about.
PLACEBO = re.compile(r"\b(sugar|dummy|fake|blank) pills?\b", re.I)


# The side effects asked for by how often they happen ("which are the most common"), and by how bad they are.
MOST_COMMON_ASKED = re.compile(r"\b(most|more) (common|frequent|usual)\b|\bcommonest\b")
SERIOUS_SAID = re.compile(r"\bserious|\bdangerous|\bsevere|life.threatening|\bboxed\b|black box")


# A drug said as left out of what is given: "no Velcade", "not with 5-FU", "without the rituximab" (not "with or
# without"; not "why no vincristine in Pola-R-CHP?", which asks about it).
LEFT_OUT = re.compile(r"(?<!\bor )\b(?:no|not with|without)\s+(?:the |any |his |her |my )?([\w-]+)")


def _not_said_as_left_out(index: Names, lowered: str, drugs: list[str]) -> list[str]:
    """The drugs named, less those said only as left out when another drug is named ("camptosar by itself, not with
    5fu": irinotecan's own plan, not FOLFIRI)."""
    if len(drugs) < 2 or re.search(r"\bwhy\b", lowered):
        return drugs
    left_out = {s for m in LEFT_OUT.finditer(lowered) for s in index.drugs.find([norm(m[1])])}
    said = set(index.drugs.find(norm(LEFT_OUT.sub(" ", lowered)).split()))
    return [d for d in drugs if d in said or d not in left_out] or drugs


# Asking the name of what was just told: "what is that called?", "is there a word for it?".
# "immunotherapy, not chemo": the word said as what it is not
NOT_THIS = re.compile(r"\b(?:not|isn't|no) (?:an? |the )?[\w-]+")


def _of_the_cancer(index: Names, slug: str, text: str, entity_words: set[str]) -> bool:
    """Whether a glossary word said beside a named cancer only says its stage or state ("stage 4", "relapsed") or
    its name."""
    said = [k for k in index.glossary.keys.get(slug, []) if f" {k} " in f" {text} "]
    return all(w in CANCER_STATE or w in entity_words or w == "stage" or w.isdigit() for k in said for w in k.split())


NAME_OF_IT = re.compile(r"\bwhat(?:'s| is| are) (?:that|this|it|they) called\b|\bwhat do (?:they|you|doctors) call "
                        r"(?:that|this|it)\b|\b(?:is there a|what is the|what's the) (?:name|word|term) for (?:that|this|it)\b")
MIN_DESCRIBED = 3  # words a glossary entry must share with the question to be the thing it tells


def _described(kb: KnowledgeBase, lowered: str) -> list[str]:
    """The glossary word whose name and meaning share the most words (by stem) with the question, at least
    MIN_DESCRIBED and more than any other entry; none when two tie."""
    asked = {stem(w) for w in terms(NAME_OF_IT.sub(" ", lowered)) if w not in NO_TOPIC}
    scored = sorted(((len(asked & words_), slug) for slug, words_ in _glossary_stems(kb).items()), reverse=True)
    if not scored or scored[0][0] < MIN_DESCRIBED or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return []
    return [scored[0][1]]


@lru_cache(maxsize=4)
def _glossary_stems(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Glossary slug -> the stems of its name, other names and meaning, read once per knowledge base."""
    return {t.slug: frozenset(stem(w) for w in terms(" ".join([t.term, *t.aliases, t.definition])))
            for t in kb.glossary.values()}


# The last clause asks what something is: "they said EP plus durvalumab. what is EP?", "my dad has CLL, what's CLL".
WHAT_LAST = re.compile(r"(?:^|[,.;:!?-] ?)(?:what|who)(?:'?s| is| are) (?:an? |the )?([\w +/-]{1,40}?)\W*$")


def _ends_asking_what(lowered: str, page_names: tuple[list[str], list[str]]) -> bool:
    """Whether the question ends asking what a drug, plan or cancer it names is (any words may come before: "they
    said ..."): the words asked are one of its names, whole; "what is the dose of 7+3 + midostaurin" asks the dose,
    though "dose" is a word of that plan's name."""
    m = WHAT_LAST.search(lowered)
    return bool(m and norm(m[1]) in {*page_names[0], *page_names[1]})


# How a question asks about a word it names, as (words before the word, words that must follow it or None): "what
# is ANC", "how does a PARP inhibitor work", "what does creatinine show", "does remission mean", "what does sodium do
# in the body", "where does ALP come from", "why does potassium matter", "what counts as contraception", "signs of an
# infusion reaction", "which chemo drugs are platinum drugs".
MEANS_BEFORE = re.compile(r"\b(does|do)( an?| the| my)? ")
TERM_ASKED = tuple((re.compile(before), re.compile(after) if after else None) for before, after in (
    (r"\b(what|who) (is|are|s)( an?| the| my)? ", None),
    (r"\bhow (does|do)( an?| the| my)? ", r"work"),
    # "what does refractory myeloma mean": up to three words may follow the word before "mean"
    (r"\bwhat (does|do)( an?| the| my)? ", r"((\w+ ){0,3}(mean|stand for)|show|measure|tell|do)\b"),
    # "does remission mean it is gone?", "does hospice mean giving up?": asked whether the word means something
    (MEANS_BEFORE.pattern, r"((always|really|necessarily|automatically) )?(mean|stand for)\b"),  # "does a lesion always mean"
    (r"\bwhere (does|do|did)( an?| the| my)? ", r"comes? from\b"),
    (r"\bwhy (does|do|is|are)( an?| the| my)? ", r"(matters?|important)\b"),
    (r"\bwhat counts as( an?| the)? ", None),
    (r"\b(signs|symptoms) of( an?| the)? ", None),
    (r"\bwhich( \w+){0,3} (is|are)( an?| the)? ", None),
))


# (not "chemo brain": that is a side effect of treatment, asked like hair loss)
GENERIC_TREATMENT = re.compile(r"\bchemo(?! brain)\w*|\bimmunotherapy\b|\btreatment\b")
# Words for what a person takes, whatever it is: "pill", "chemo", "my meds".
TAKEN = re.compile(r"\b(chemo\w*|immunotherapy|treatments?|pills?|tablets?|capsules?|medicines?|medications?|meds)\b")


def _page_names_said(kb: KnowledgeBase, text: str, drugs: list[str], regimens: list[str],
                     cancers: list[str]) -> tuple[list[str], list[str]]:
    """The names, normalised, of the regimens and cancers a question names, and of its drugs as it says them
    (Darzalex is also "anti-CD38 antibody", which "what is CD38?" does not say)."""
    said = f" {norm(text)} "
    plans = [norm(n) for s in regimens for n in regimen_aliases(kb.regimens[s])]
    plans += [norm(n) for s in cancers for n in cancer_names(kb.cancers[s])]
    return plans, [norm(n) for s in drugs for n in drug_names(kb.drugs[s]) if f" {norm(n)} " in said]


def _after_names(normed: str, names_: list[str]) -> str:
    """The words after the last of the names said (none when none is said)."""
    ends = [m.end() for n in names_ for m in re.finditer(rf"(?<!\S){re.escape(n)}(?!\S)", normed)]
    return normed[max(ends):] if ends else ""


def _asked_terms(normed: str, names_: Names, slugs: list[str], page_names: tuple[list[str], list[str]]) -> list[str]:
    """The glossary words among slugs that the question asks what they are, mean or do: "what is ANC", "my ANC is
    800, what is ANC", "how does a PARP inhibitor work", "what does calcium do"; not "will I lose my hair on chemo",
    nor a word that is also a page's name (the page says what it is), nor a word of the name of a regimen or cancer
    the question names ("what is adjuvant trastuzumab", "what is maintenance Revlimid" ask about the plan), nor of
    a drug's name said where the word is asked ("what is a BTK inhibitor" asks what ibrutinib is; "what is BTK, why
    is Imbruvica called a BTK inhibitor" asks what BTK is)."""
    plans, drug_names_ = page_names
    pages = names_.page_names
    wanted = {k: s for k, s in names_.glossary.items_of(slugs) if k and k not in pages
              and not any(f" {k} " in f" {p} " for p in plans)}
    # "what is a GnRH agonist?", "what is a germ cell tumor?": a kind, asked with "a", though a drug or cancer page
    # lists it among its names
    kinds = {k: s for k, s in names_.glossary.items_of(slugs) if k in names_.drugs.index or k in names_.cancers.index}
    asked: list[str] = []
    for before, after in TERM_ASKED:
        for m in before.finditer(normed):
            rest = normed[m.end():] + " "
            if m[0].endswith((" a ", " an ")):
                asked += [slug for name, slug in kinds.items() if rest.strip() == name]
            here = [p for p in drug_names_ if rest.startswith(p + " ")]  # a drug named where the word is asked
            whole = [slug for name, slug in wanted.items() if rest.startswith(name + " ")
                     and not any(f" {name} " in f" {p} " for p in here)
                     and not (before.pattern == MEANS_BEFORE.pattern and TAKEN.fullmatch(name))  # "does chemo mean hair loss?"
                     and (after is None or after.match(rest[len(name) + 1:]))
                     and not _of_a_drug(names_, rest[len(name) + 1:])]
            asked += whole
            if after is None and not whole:
                # "... a kinase inhibitor. what's a kinase?": a word of a name the question holds, asked alone (when
                # the word has no glossary entry of its own)
                asked += [slug for name, slug in wanted.items() if " " in name
                          and any(rest.startswith(w + " ") and rest[len(w) + 1:].strip() == "" for w in name.split()
                                  if len(w) >= 4 and w not in PART_WORDS)]
    return list(dict.fromkeys(asked))


def _of_a_drug(names_: Names, rest: str) -> bool:
    """Whether words after a glossary word make it a drug's own ("what is the loading dose of Herceptin?" asks
    Herceptin's loading dose, which its pages give, not what a loading dose is)."""
    words_ = rest.split()
    return bool(words_[:1] and words_[0] in ("of", "for", "on", "with") and names_.drugs.find(words_[1:4]))


# Words of a glossary name that name no thing of their own: "what is a test?" does not ask about a "CA-125 test".
PART_WORDS = frozenset("""test tests cell cells cancer cancers therapy count counts level levels score scale grade
drug drugs inhibitor inhibitors syndrome disease blood bone marrow factor factors""".split())


def _drugs_outside_glossary_names(kb: KnowledgeBase, index: Names, tokens: list[str], drugs: list[str]) -> list[str]:
    """The drugs a question names outside the longer glossary names it holds: "IPI score" holds Yervoy's nickname
    "ipi", "GnRH agonist" and "BTK inhibitor" the class words a drug is also found by, and none names that drug; a
    glossary name holding the drug's own name ("hearing loss from cisplatin") still names it."""
    outside = _outside_glossary_names(index, tokens, drugs, index.drugs)
    text = f" {' '.join(tokens)} "
    return [d for d in drugs if d in outside or f" {norm(kb.drugs[d].generic_name)} " in text]


def _outside_glossary_names(index: Names, tokens: list[str], found: list[str], pages: NameIndex) -> list[str]:
    """The pages (of one kind) a question names outside the longer glossary names it holds: "what is PD-1" holds the
    short name of the regimen Pd only inside the glossary word PD-1, "what is secondary MDS" names the MDS page only
    inside a glossary word; a glossary word inside a page's own name ("T-DXd for HER2-positive") takes nothing."""
    text = f" {' '.join(tokens)} "
    grams = ngrams(tokens, max(pages.longest, N_MAX)) if found else []
    said = [g for g in grams if g in pages.index]  # "T-DXd for HER2-positive" holds the glossary word HER2-positive
    for gram in grams:
        if " " in gram and gram in index.glossary.index and gram not in pages.index and \
                not any(f" {gram} " in f" {name} " for name in said):
            text = text.replace(f" {gram} ", " _ ")
    if text == f" {' '.join(tokens)} ":
        return found
    inside = set(pages.find(tokens)) - set(pages.find(text.split()))
    return [r for r in found if r not in inside]


# Where a short name that is also an everyday word is that word: "all the time", "all at once", "all my pills",
# "not at all". Elsewhere ("Blincyto for relapsed all", "rounds of Blincyto in all", "is all more common in kids")
# it names the cancer.
EVERYDAY_PLACE = (r"\b(at|not|once|them|it|you|we|they|us|above|after|that'?s|thats)\s+{name}\b|"
                  # "my dad and my aunt all had stomach cancer": a list of people who all did something
                  r"\band\s+((my|his|her|their|our|the)\s+)?\w+\s+{name}\s+(had|have|has|were|are|got|get|died)\b|"
                  r"\b{name}\s+(the|my|your|his|her|their|our|its|these|those|this|that|of|at|day|days|night|nights|"
                  r"week|weeks|time|along|over|around|together|right|gone|done|better|good|fine|ok|okay|out|up|same|"
                  # "going fishing all summer", "tired all afternoon"
                  r"summer|winter|spring|year|years|month|months|morning|mornings|afternoon|evening|weekend|weekends|long|"
                  r"\d+|two|three|four|five|six|kinds?|types?|sorts?)\b")


# A cancer said to have moved to an organ is no cancer of that organ: "has it spread to the liver", "it went to his
# bones"; a number that went up or down ("his psa went up after prostate surgery") moved nowhere.
SPREAD = re.compile(r"\b(spread\w*|reach\w*|travel\w*|mets|metasta\w*)\b|\b(moved|gone|went) (?!(up|down|back down)\b)")


def _organ_apart(names_: Names, tokens: list[str]) -> list[str]:
    """The cancer a question names by its organ and the word "cancer" said apart: "how do they look inside the
    bladder to check for cancer" (the bladder cancer page); only a bare "cancer" ("for skin cancer, or just lung"
    names skin cancer, not lung cancer), and not when the cancer is said to have spread there, nor by a kind word
    that begins a glossary name ("does tumor lysis syndrome harm the kidneys" names no kidney cancer)."""
    kinds = [t for i, t in enumerate(tokens) if t in CANCER_KINDS and (i == 0 or _not_a_type(tokens[i - 1]))
             and tokens[i + 1:i + 2] != ["pain"]  # "her cancer pain" is pain, whatever organ is said beside it
             and not any(f"{' '.join(tokens[i:])} ".startswith(f"{k} ") for k in names_.glossary_by_first.get(t, []))]
    if not kinds or SPREAD.search(" ".join(tokens)):
        return []
    return list(dict.fromkeys(slug for t in tokens for k in kinds if (slug := names_.cancers.index.get(f"{t} {k}"))))


def named_not_said(kb: KnowledgeBase, text: str, cancers: list[str], curated: bool = False) -> list[str]:
    """The cancers a question names, less those named only by a short name that is also an everyday word, typed in
    lower case where it is that word: "given all at once", "tired all the time" do not name ALL; "ALL",
    "Blincyto for all" and "acute lymphoblastic leukemia" do. Our own (curated) text always writes such a name in
    its own case, so there a lower-case "all" is the word ("chemo hits all cells that grow fast")."""
    normed, lowered = f" {norm(text)} ", text.lower()
    out = []
    for slug in cancers:
        said = [n for n in cancer_names(kb.cancers[slug]) if f" {norm(n)} " in normed]
        everyday = said and all(norm(n) in STOPWORDS for n in said)
        if everyday and not any(re.search(rf"\b{re.escape(n)}\b", text) for n in said) and \
                (curated or all(re.search(EVERYDAY_PLACE.format(name=re.escape(n.lower())), lowered) for n in said)):
            continue
        out.append(slug)
    return out


# Plans' short names that are everyday words ("ice chips", "act fast", "chop my food", "watch a dvd").
EVERYDAY_PLAN_NAMES = frozenset({"ice", "act", "chop", "dvd", "cape"})
# Words that make a short name a plan: "ICE chemo", "rounds of chop", "side effects of ice".
PLAN_SAID = re.compile(r"\b(chemo\w*|regimens?|protocols?|plans?|treatments?|therap\w*|cycles?|rounds?|courses?|"
                       r"side.?effects?)\b")


def _named_not_said_plans(kb: KnowledgeBase, text: str, regimens: list[str], drugs: list[str],
                          cancers: list[str]) -> list[str]:
    """The plans a question names, less those named only by a short name that is an everyday word, typed all in lower
    case, with no word of treatment, none of the plan's drugs and none of its cancers beside it: "can I suck on ice
    chips during my 5-FU?" names no ICE; "ICE", "Cape", "DVd", "ice chemo" and "ice for his lymphoma" do."""
    normed, out = f" {norm(text)} ", []
    for slug in regimens:
        plan = kb.regimens[slug]
        said = [n for n in regimen_aliases(plan) if f" {norm(n)} " in normed]
        everyday = said and all(norm(n) in EVERYDAY_PLAN_NAMES for n in said)
        if everyday and not any(m[0] != m[0].lower() for n in said for m in re.finditer(rf"\b{re.escape(n)}\b", text, re.I)) and \
                not PLAN_SAID.search(text.lower()) and not set(plan.drugs) & set(drugs) and \
                not set(plan.cancers) & set(cancers):
            continue
        out.append(slug)
    return out


# What a cancer's name before it makes a treatment of that cancer: "prostate cancer shots", "breast cancer pills".
TREATMENT_OF = r"\b{name}\s+(shots?|injections?|pills?|tablets?|meds|medicines?|medications?|drugs?|treatments?)\b"


def _only_as_its_treatment(kb: KnowledgeBase, lowered: str, cancers: list[str]) -> bool:
    """Whether each cancer the question names is named only to say whose treatment it is ("on his prostate cancer
    shots"), not as the thing asked about ("hot flashes with prostate cancer")."""
    for slug in cancers:
        said = [n.lower() for n in cancer_names(kb.cancers[slug]) if re.search(rf"\b{re.escape(n.lower())}\b", lowered)]
        if not said or not all(len(re.findall(rf"\b{re.escape(n)}\b", lowered)) ==
                               len(re.findall(TREATMENT_OF.format(name=re.escape(n)), lowered)) for n in said):
            return False
    return True


def _said_on_its_page(kb: KnowledgeBase, index: Names, glossary: list[str], cancers: list[str]) -> bool:
    """Whether a glossary word said is named on the cancer's own page: "his BCR-ABL level on his CML pill" asks what
    the CML page says of that test, where "hot flashes on his prostate cancer shots" asks the word alone."""
    pages = [f" {norm(' '.join(st.text for st in [*kb.cancers[c].about_disease(), *kb.cancers[c].treatment_note]))} "
             for c in cancers]
    return any(f" {k} " in page for s in glossary for k in index.glossary.keys.get(s, []) for page in pages)


def _said_of(statements: list, words_: set[str]) -> bool:
    """Whether statements hold one of the words, or a word of the same stem ("causes" for "cause", "starts",
    "slowly" for "slow", "aged" for "ages")."""
    said = {stem(w) for st in statements for w in terms(st.text)}
    return any(stem(w) in said for w in words_ if len(w) >= 4)


_SETS_AGAINST = frozenset({"or", "not", "vs", "versus", "and"})


def _shared_noun(index: NameIndex, tokens: list[str]) -> list[str]:
    """Two-word names whose last word is said once for both sides of a comparison: "partial remission, not complete"
    and "partial or complete remission" name complete remission too."""
    out = []
    for i in range(1, len(tokens) - 1):
        if tokens[i] not in _SETS_AGAINST:
            continue
        left = " ".join(tokens[i - 2:i]) if i >= 2 else ""
        if left in index.index:  # "<adj> <noun> or <adj>"
            out.append(f"{tokens[i + 1]} {tokens[i - 1]}")
        right = " ".join(tokens[i + 1:i + 3])
        if right in index.index and i + 2 < len(tokens):  # "<adj> or <adj> <noun>"
            out.append(f"{tokens[i - 1]} {tokens[i + 2]}")
    return [index.index[n] for n in out if n in index.index]


def _either(index: NameIndex, tokens: list[str], spelled: list[str]) -> list[str]:
    """Names found in the question as typed, then those found once its name words are put right ("R.E.M.S." and
    "Bruton's" are names as typed; "hodgkins" is one put right)."""
    return list(dict.fromkeys([*index.find(tokens), *(index.find(spelled) if spelled != tokens else [])]))


# Question words as people type them in a hurry: "wats in R-CHOP", "whats the dose".
SPELLINGS = {"wat": "what", "wats": "what's", "whats": "what's", "hw": "how", "wht": "what", "pls": "please",
             "blood work": "blood tests", "bloodwork": "blood tests",
             # "my moms cyclophosphamide tablets", "my daughters leukemia": a person's possessive typed without its
             # apostrophe is whose illness it is, not an illness we lack ("moms" is no English word). The one place
             # for this rule: what reads the question after this sees "mom's" (not where the plural is a person
             # word of its own: "patients", "kids")
             **{f"{who}s": f"{who}'s" for who in PEOPLE if f"{who}s" not in PEOPLE}}
_SPELLING = re.compile(r"\b(" + "|".join(SPELLINGS) + r")\b")


# Names whose case or spelling tells what they are, written as the pages write them: "eGFR" is the kidney test
# (estimated GFR), "EGFR" the gene; "st johns wort" is St. John's wort.
WRITTEN_AS = ((re.compile(r"\beGFRs?\b"), "estimated GFR"),
              (re.compile(r"\bst\.? ?johns?'?s? wort\b", re.I), "St. John's wort"),
              # "T2 N1 M0 on my report", "pT1c N0 M0": a stage written in the TNM system, whose meaning the glossary
              # gives (its digits are no dose: "M0 on my report")
              (re.compile(r"\b[cpy]{0,2}t[0-4x](?:is|[a-d])? ?n[0-3x][a-c]? ?m[01x][a-c]?\b", re.I), "a TNM stage"),
              # "my kidney numbers aren't great": the blood test values the pages call kidney or liver function
              (re.compile(r"\b(kidney|renal|liver) (numbers|values|levels)\b", re.I), r"\1 function"),
              # everyday words for what the pages name: "my pee turned reddish" is urine that looks red (a colour only
              # beside urine: the symptom rules read this text, and "reddish stools" is theirs to judge as typed)
              (re.compile(r"\bpee\b", re.I), "urine"),
              # "ER+ and PR+", "Ph+": a receptor or chromosome found, as the pages write it ("ER-positive"); its bare
              # two letters name no glossary word ("the ER" is the emergency room, "2 hr" two hours)
              (re.compile(r"\b([A-Za-z]{2})\+(?![\w+])"), r"\1-positive"),
              # a visit to a specialist asked about is the check that specialist does ("why see a dermatologist so
              # often on Tafinlar?": the skin checks for new skin cancers)
              (re.compile(r"\b(see|seeing|sees|visit|visits|visiting) (a |an |the )?dermatologists?\b", re.I), "have skin checks"),
              (re.compile(r"\b(see|seeing|sees|visit|visits|visiting) (a |an |the )?(eye doctors?|ophthalmologists?)\b", re.I),
               "have eye checks"),
              (re.compile(r"\b(see|seeing|sees|visit|visits|visiting) (a |an |the )?cardiologists?\b", re.I), "have heart tests"),
              # "a baby aspirin" is a low dose of aspirin, no question on pregnancy
              (re.compile(r"\bbaby (aspirins?)\b", re.I), r"\1"),
              (re.compile(r"\b(urine\b.{0,30}?)\b(red|pink|orange|brown)(?:dish|ish)\b", re.I), r"\1\2"),
              (re.compile(r"\b(red|pink|orange|brown)(?:dish|ish)( urine)\b", re.I), r"\1\2"))


def _written_out(text: str) -> str:
    for pattern, written in WRITTEN_AS:
        text = pattern.sub(written, text)
    return text


def _spelled(lowered: str) -> str:
    return _SPELLING.sub(lambda m: SPELLINGS[m[1]], lowered)


def _for_the_cancer(kb: KnowledgeBase, regimens: list[str], cancers: list[str]) -> list[str]:
    """A regimen name several pages share ("Carbo/Taxol") means the one for the cancer the question names."""
    if not cancers:
        return regimens
    out = []
    for slug in regimens:
        if not set(cancers) & set(kb.regimens[slug].cancers):
            slug = next((o for o in names(kb).namesakes[slug] if set(cancers) & set(kb.regimens[o].cancers)), slug)
        out.append(slug)
    return list(dict.fromkeys(out))


def _made_of(kb: KnowledgeBase, index: Names, drugs: list[str], cancers: list[str]) -> list[str]:
    """The one plan made of exactly the two or more drugs a question names (for the cancer it names, if any): "what
    is gemcitabine and carboplatin for ovarian cancer" names Gem/Carbo as "what is Gem/Carbo" does. One drug's own
    plan is `_own_plan`'s."""
    if len(drugs) < 2:
        return []
    plans = [slug for slug, parts in index.regimen_drugs.items() if parts == set(drugs)
             and (not cancers or set(cancers) & set(kb.regimens[slug].cancers))]
    return plans if len(plans) == 1 else []


def _with_drugs_added(kb: KnowledgeBase, index: Names, regimens: list[str], drugs: list[str],
                      cancers: list[str], lowered: str) -> list[str]:
    """A plan named with drugs it does not hold is the one plan made of both, when there is one (for the cancer
    named): "midostaurin added to 7+3" is the midostaurin plan, whose page says which gene change it is for. Not when
    the two are compared ("is daratumumab better than VRd?"), unless the drug is said added to the plan ("how much
    better with the Darzalex added than VRd alone?" is asked of the plan with it, whose trial compared the two)."""
    if "comparison" in spot(lowered) and not ADDED.search(lowered):
        return regimens
    out = []
    for slug in regimens:
        parts = set(kb.regimens[slug].drugs)
        added = set(drugs) - parts
        whole = [other for other, its in index.regimen_drugs.items() if added and its == parts | added
                 and (not cancers or set(cancers) & set(kb.regimens[other].cancers))]
        out.append(whole[0] if len(whole) == 1 else slug)
    return list(dict.fromkeys(out))


# Two medicines asked taken at once: "can I take Zytiga and prednisone at the same time?", "take them together?"
TAKEN_TOGETHER = re.compile(r"\b(take|taking|takes|have|having|use|using|get|getting)\b[^?.]{0,60}\b(at the same time|"
                            r"together|at once)\b")


# A drug said added to a plan: "they added Rydapt to his 7+3", "adding Sarclisa to Pd", "with the Darzalex added".
ADDED = re.compile(r"\badd(s|ed|ing)?\b[^?.]{0,40}\b(to|onto)\b|\badded\b|\bon top of\b")


# Words that say a drug is given by itself ("Yervoy by itself for melanoma", "gemzar alone"), and settings a plan's
# name says ("durvalumab after chemoradiation", "olaparib maintenance"): each as (said in the question, in the name).
ALONE = re.compile(r"\b(alone|by itself|on its own|by its own|single[- ]agent|monotherapy)\b")
WITH_RADIATION = re.compile(r"\bwith (radiation|radiotherapy)\b", re.I)  # a drug "alone" is no plan given with radiation
SETTINGS = tuple((re.compile(said), re.compile(named)) for said, named in (
    (r"\bchemo ?(radiation|radiotherapy|rt)\b|\bchemo\w* (and|&|\+|plus|with) (radiation|radiotherapy)\b",
     r"chemoradiation|chemo\w* and radiation"),
    (r"\bmaintenance\b", r"maintenance"),
    (r"\bafter (my |the |his |her )?(surgery|operation)\b|\badjuvant\b", r"after surgery|adjuvant"),
))


def _own_plan(kb: KnowledgeBase, index: Names, drugs: list[str], cancers: list[str], lowered: str) -> list[str]:
    """The one plan a question on a single drug points to without naming it: the drug's plan for the cancer it
    names ("Gemzar for pancreatic cancer" when gemcitabine has one plan there), narrowed to the drug given by itself
    when it says so ("alone") and to the setting it says ("after chemoradiation"). None when several plans fit (the
    drug page answers) or the question says neither a cancer nor how the drug is given."""
    if len(drugs) != 1:
        return []
    alone = ALONE.search(lowered)
    settings = [named for said, named in SETTINGS if said.search(lowered)]
    if not (cancers or alone or settings):
        return []
    pool = [slug for slug, parts in index.regimen_drugs.items() if drugs[0] in parts
            and (not cancers or set(cancers) & set(kb.regimens[slug].cancers))
            and (not alone or (parts == {drugs[0]} and not WITH_RADIATION.search(kb.regimens[slug].name)))
            and all(named.search(f"{kb.regimens[slug].name} {kb.regimens[slug].short_name or ''}".lower())
                    for named in settings)]
    return pool if len(pool) == 1 else []


def _outside_regimen_names(kb: KnowledgeBase, lowered: str, drugs: list[str], regimens: list[str]) -> list[str]:
    """The drugs a question names apart from the regimen it names: "side effects of Atezo/Bev" asks about the
    regimen, not about atezolizumab and bevacizumab each; "lenalidomide in Rd" names both."""
    if not regimens or not drugs:
        return drugs
    parts = {d for r in regimens for d in kb.regimens[r].drugs}
    blanked = _without_names(lowered, [n for r in regimens for n in regimen_aliases(kb.regimens[r])])
    outside = set(names(kb).drugs.find(norm(blanked).split()))
    return [d for d in drugs if d in outside or d not in parts]


def _without_names(lowered: str, names_: list[str]) -> str:
    """The question with the names of what it asks about blanked, longest first: the "chemo" of a regimen called
    "... + chemoradiation" asks nothing."""
    for name in sorted({n.lower() for n in names_ if len(n) > 3}, key=len, reverse=True):
        lowered = lowered.replace(name, " ")
    return lowered


def _intents(lowered: str, plain: list[str], drugs: list[str], regimens: list[str], cancers: list[str],
             cancer_names_: list[str], together: bool = False, sections: set[str] | None = None) -> list[str]:
    """What the question asks, in registry order, with the overlaps between intents settled; an intent asked only
    of a cancer ("signs") when a cancer is named alone and its page has the section (`sections`) that answers it."""
    intents = [i for i in spot(lowered) if not of_cancer(i) or
               (cancers and not (drugs or regimens) and set(fields(i, "cancer")) & (sections or set()))]
    named = cancers or regimens
    if "classification" in intents and _only_by("classification", lowered, ANOTHER_TREATMENT):
        # "is Tagrisso given with chemotherapy?", "how long is durvalumab given after chemoradiation?": the chemo is
        # another treatment the drug goes with, not the kind of drug asked; given with it is what the uses say
        intents.remove("classification")
        intents += [] if intents or not drugs else ["uses"]
    if "classification" in intents and len(intents) > 1 and not CLASS_ASKED.search(lowered):
        intents.remove("classification")  # "after the chemo part, how often is Imfinzi given?" asks how often
    if "classification" in intents and _only_by("classification", lowered, CHEMO_TAKEN) \
            and not (CHEMO_KIND_ASKED.search(lowered) or KIND_ASKED.search(lowered)):
        intents.remove("classification")  # "just started 5fu chemo, anything I need to know?": the chemo they are on
    if "classification" in intents and cancers and not (drugs or regimens):
        intents.remove("classification")  # "what chemo is used for CLL": its treatments (one "uses" intent), but
        intents += [] if intents else ["uses"]  # "how long is chemo for Hodgkin?" asks how long, not which
    if "components" in intents and not regimens and (cancers or drugs or _only_by("components", lowered, STANDS_FOR)):
        intents.remove("components")  # "what does SCLC stand for?", "what do the T, N and M stand for?": what it is
        intents += [] if "definition" in intents else ["definition"]
    if "monitoring" in intents and "risk" in intents and _only_by("monitoring", lowered, re.compile(SCREEN_CHECK)):
        intents.remove("monitoring")  # "should I get a skin check for melanoma?" asks about screening, not a plan's tests
    if "monitoring" in intents and "diagnosis" in intents and cancers and not (drugs or regimens) \
            and (_only_by("monitoring", lowered, re.compile(SPREAD_TESTS)) or _only_by("monitoring", lowered, _LAB_WORK)
                 or not _TREATMENT_TIME.search(lowered)):
        # "which scan tells how far DLBCL has spread?" asks how it is staged; "could it be uterine cancer, what test
        # do they do?" says no treatment, so asks how it is found, not the tests of its plans
        intents.remove("monitoring")
    if "monitoring" in intents and cancers and not (drugs or regimens) and _only_by("monitoring", lowered, FOUND_ON):
        intents.remove("monitoring")  # "a kidney cancer found on a scan, will he lose the kidney?": how it was found
    if "definition" in intents and _only_by("definition", lowered, WHAT_FOR):
        intents.remove("definition")  # "they hand me Tylenol before the drip, what's that for?" asks its purpose
    if "definition" in intents and _only_by("definition", lowered, re.compile(TEAM_LOOKS_FOR)):
        intents.remove("definition")  # "they check her urine, what are they looking for?" asks what the tests find
    if not intents and (drugs or named) and re.search(r"\btreat|\btherap(y|ies)\b|\boptions?\b", lowered):
        intents.append("uses")  # "what treatments are there for CLL"
    if "form" in intents and "duration" in intents and re.search(INFUSION_TIME, lowered):
        intents.remove("duration")  # "how long is the infusion" asks how it is given, not for how many months
    if "form" in intents and "dose" in intents and _only_by("dose", lowered, re.compile(INFUSION_TIME)):
        intents.remove("dose")  # "how long is each dose of Enhertu infusion" asks how long one infusion takes
    if "form" in intents and "dose" in intents and _only_by("form", lowered, HOW_OFTEN):
        intents.remove("form")  # "how often are the Lupron shots" asks how often, not whether it is a shot
    if "form" in intents and "dose" in intents and _only_by("form", lowered, AMOUNT_OF_FORM):
        intents.remove("form")  # "how many mg is the Casodex pill" asks the pill's amount, not whether it is a pill
    if "duration" in intents and CYCLE_LENGTH.search(lowered):
        intents[intents.index("duration")] = "dose"  # "how long is each round" asks for the days of one cycle
        intents = list(dict.fromkeys(intents))
    if "duration" in intents and "dose" in intents and re.search(START_AFTER, lowered):
        intents.remove("duration")  # "how long after chemo does the Neulasta start" asks when it starts
    if "duration" in intents and {"pregnancy", "breastfeeding"} & set(intents):
        intents.remove("duration")  # "how long after Sutent do I need birth control?" asks the pregnancy rule's time
    if "uses" in intents and len(intents) > 1 and _only_by("uses", lowered, WHO_TAKES):
        intents.remove("uses")  # "can someone with kidney disease take it, and at what dose?" asks the dose
    if "missed_dose" in intents and "dose" in intents:
        intents.remove("dose")  # "I missed a dose" asks for the missed-dose rule
    if "dose" in intents and "food" in intents and not AMOUNT_ASKED.search(lowered):
        intents.remove("dose")  # "should I take it with food?" asks for the food rule, not the schedule
    if "limit" in intents and "dose" in intents:
        intents.remove("dose")  # "is there a maximum total dose?" asks for the lifetime limit, not one schedule
    symptoms = [p for p in plain if not signals(p) and not PROCEDURE.search(p)  # a tooth extraction is no symptom
                and not compiled(PURPOSE.format(p=re.escape(p))).search(lowered)  # "used for brain swelling" is what it is for
                and not any(signals_intent("form", m) for m in meanings([p]))]  # "missed my pill": a pill is no symptom
    if "form" in intents and _only_by("form", lowered, FORM_CAUSE_ASKED):
        # "my knees ache every morning, is that the pill?", "my hair is going white, is that the pill?": what causes
        # the change told is asked, whether or not its words are known symptom words
        intents.remove("form")
        intents += ["side_effects"] if drugs and "side_effects" not in intents else []
    if drugs and re.search(ORGAN_CONDITION, lowered):
        # "I have kidney disease, what dose of Ninlaro?", "cirrhosis, can I take Stivarga?": the person's kidneys or
        # liver are no side effect; the dose for them is asked
        symptoms = [p for p in symptoms if not ORGAN_WORDS.search(p)]
        if intents == ["uses"] and _only_by("uses", lowered, WHO_TAKES) or intents == ["interactions"]:
            intents = []  # "can someone with kidney disease take Xeloda?", "can I take olaparib with liver disease?":
            # whether they may is the dose for them (a medicine named beside ours brings the interactions back)
        intents += [] if intents else ["dose"]
    # (something offered for the symptom, "a steroid cream for the rash", still asks about the rash too)
    offered_only = "interactions" in intents and only_offered(lowered)
    if symptoms and (drugs or named or GENERIC_TREATMENT.search(lowered)) and \
            not {"side_effects", "serious", "form", "storage"} & set(intents) and \
            ("interactions" not in intents or offered_only):
        intents.append("side_effects")  # "Revlimid and blood clots?", "will I lose my hair on chemo?": a symptom
        # named with a treatment ("pregnant" is not; nor the sun where pills are kept: "can it sit in the sun?")
    if "classification" in intents and "side_effects" in intents and CAUSE_ASKED.search(lowered):
        intents.remove("classification")  # "haven't pooped in 4 days, is that the chemo?" asks what causes it
    if "dose" in intents and _only_by("dose", lowered, HIGH_DOSE):
        intents.remove("dose")  # "is high-dose cytarabine given in the hospital?" asks how it is given
    if (symptoms or "missed_dose" in intents) and "dose" in intents and _only_by("dose", lowered, WHEN_IN_DAY):
        intents.remove("dose")  # "my eyes are puffy every morning", "missed my pill this morning": when the symptom
        # came or the dose was missed, not when to take it
    if "side_effects" in intents and "dose" in intents and _only_by("dose", lowered, HOW_OFTEN_IT_HAPPENS):
        intents.remove("dose")  # "can Xtandi cause seizures and how often?": how often the effect happens
    if "premedication" in intents and "side_effects" in intents and _only_by("side_effects", lowered, GIVE_ME):
        intents.remove("side_effects")  # "what will they give me before the drip" asks what is given first
    if "dose" in intents and "breastfeeding" in intents and _only_by("dose", lowered, LAST_DOSE):
        intents.remove("dose")  # "how long after the last dose can I breastfeed?": when, not how much (asked of
        # pregnancy, the ranker's line leads and the schedule follows: test_a_question_asking_two_things...)
    if "premedication" in intents and "dose" in intents and _only_by("dose", lowered, BEFORE_DOSE):
        intents.remove("dose")  # "what medicines before my Empliciti dose" asks what comes before it
    if "side_effects" in intents and cancer_names_ and not (drugs or regimens) and re.search(
            r"\bcaus(e|es|ed|ing)\b (of )?(my |the |a |his |her )?(" + "|".join(map(re.escape, cancer_names_)) + ")", lowered):
        intents.remove("side_effects")  # "what causes breast cancer?" asks about the cancer, not a treatment
    if cancers and not (drugs or regimens) and not TREATMENT_WORDS.search(lowered):
        # "what are the symptoms of myeloma?", "the biggest risk for bladder cancer?" ask what the cancer does and
        # what raises its risk, which its page says; not the effects or risks of a treatment
        # (kept twice when "what are" asked it too: a definition asked of the cancer outlives the check below)
        intents = ["definition" if i in ("side_effects", "serious") else i for i in intents]
    if "serious" in intents and "side_effects" in intents:
        # "what are the serious side effects" asks for the serious ones only; "which are the most common, so we know
        # what to watch for" asks for the common ones, whatever it means to watch
        common = MOST_COMMON_ASKED.search(lowered) and not SERIOUS_SAID.search(lowered)
        intents.remove("serious" if common else "side_effects")
    if "uses" in intents and "dose" in intents:
        intents.remove("uses")  # "what dose is used for myeloma" asks for the dose
    count = re.compile(r"how many (\w+ )?(cycles|rounds|courses|doses|infusions|shots|treatments|times)")
    if "duration" in intents and "dose" in intents and count.search(lowered) \
            and not AMOUNT_ASKED.search(count.sub(" ", lowered)):
        intents.remove("dose")  # "how many cycles" asks for a count, not the dose ("Revlimid dose and how many
        # cycles" asks for both)
    if "monitoring" in intents and "dose" in intents and not AMOUNT_ASKED.search(lowered):
        intents.remove("dose")  # "how often are blood tests done" asks about the tests
    if "results" in intents and "duration" in intents and (re.search(r"\blive\b", lowered) or _BENEFIT.search(lowered)):
        intents.remove("duration")  # "how long do people live with it", "how long before the myeloma got worse in the
        # trial" ask how well treatment works
    if "results" in intents and "serious" in intents and _only_by("serious", lowered, _TRIAL_RISK):
        intents.remove("serious")  # "how much did it cut the risk of death?" asks a trial's result, not a harm
    if "results" in intents:
        intents = _results_asked(intents, lowered)
    if "results" in intents and "mechanism" in intents and not MECHANISM.search(lowered):
        intents.remove("mechanism")  # "does FOLFOX work?", "how well does it work?" ask how well, not how
    if "classification" in intents and "mechanism" in intents and re.search(r"\bwhy\b", lowered):
        intents.remove("classification")  # "why do I take dexamethasone with my chemo?" asks why, not what kind
    if "components" in intents and "definition" in intents:
        intents.remove("definition")
    if len(drugs) >= 2 and "comparison" not in intents and not {"interactions", "components"} & set(intents) \
            and not (together and intents) and not (intents and RELATED.search(lowered)) \
            and not re.search(r"\bwhy\b", lowered):
        # "how many doses of nivolumab and ipilimumab": a regimen of both; "Gazyva with Calquence": given together;
        # "Cabometyx after Nexavar stopped working, did it help?": one came before the other; "why did they add
        # Casodex when he started Zoladex?" asks a reason, which the reply gives, not what kind of drug each is
        intents.append("comparison")
    intents.sort(key=ORDER.index)
    return intents


# Two medicines said to go together or one after the other: a question asking something else of them compares nothing.
RELATED = re.compile(r"\b(with|plus|after|before|following|then|instead of|stopped working|failed)\b")


# A symptom named as what a medicine is used for: "is dexamethasone used for brain swelling?" ("does Zofran help with
# nausea on Xeloda?" names the nausea Xeloda may cause).
PURPOSE = r"\b(used|approved|prescribed) for ([\w-]+ ){{0,2}}{p}\b"


# A treatment named as another one a drug goes with, before or after: "given with chemotherapy", "after chemo";
# or as a time, by its start or end: "finished chemo and radiation, now on Imfinzi", "stop it when the chemo ends".
ANOTHER_TREATMENT = re.compile(r"\b(with|after|before|plus|during|alongside|following|without|than|and|from|between|"
                               r"finish(?:ed|es|ing)?|complet(?:ed|e|ing)|done with|end of|once|when|until|till) "
                               # ("with his 7+3 chemo": the plan's own name may stand before the word)
                               r"(the |my |his |her |a |some |standard |platinum )?([\w+/-]+ )?(chemo\w*|immunotherapy)\b|"
                               r"\b(chemo\w*|immunotherapy) (ends|ended|is over|was over|finishes|finished|stops|stopped|"
                               r"is done|was done)\b|"
                               # "the vincristine dose in chemo like R-CHOP": the plan it is part of, by example
                               r"\b(chemo\w*|immunotherapy) (like|such as)\b")
# Chemo said as the treatment someone is getting or had ("just started 5fu chemo", "in the middle of cisplatin chemo",
# "added prednisone to his chemo", "the same day as her chemo"), not asked about as a kind of drug
# ("count as chemo", "a form of chemo" ask the kind: after "as" and "of" only someone's chemo is the one they are on)
CHEMO_TAKEN = re.compile(r"\b(start(s|ed|ing)?|get(s|ting)?|got|had|having|has|have|on|in the middle of|during|through|"
                         r"to|for|from|into|my|his|her|their|our) +(his |her |my |the |their |our |this |that |"
                         r"a |some )?([\w+/-]+ +)?chemo(therapy)?\b|"
                         r"\b(as|of) +(his|her|my|their|our) +([\w+/-]+ +)?chemo(therapy)?\b")
KIND_ASKED = re.compile(r"\b(kind|type|class|sort|family|group|category) of\b|\b(is|are|isn'?t|aren'?t) (it|this|that|they|these|\w+)( really| also)? "
                        r"(a |an )?(chemo|targeted|immuno|hormone|steroid|biologic|antibod)")
ORGAN_WORDS = re.compile(r"\b(kidneys?|renal|liver|hepatic|dialysis|cirrhosis)\b")
# Words that name a time of day, and "give me" of a medicine given: an intent found only by them is not asked.
WHEN_IN_DAY = re.compile(r"\b(every|each|in the|at|this|last) (morning|evening|night|bedtime)s?\b")
GIVE_ME = re.compile(r"\bgive (me|you|him|her)\b")
HOW_OFTEN = re.compile(r"\bhow often (is|are|do|does|will|should|would)\b")
# "How often" said of a side effect, not of the doses: "... and how often?", "how often does that happen?".
HOW_OFTEN_IT_HAPPENS = re.compile(r"\bhow often\b(?![^?.]*\b(given|taken|take|dose|doses|shots?|infusions?|pills?|cycles?)\b)")
# "High-dose" as part of a treatment's name ("on high dose cytarabine and his speech is slurred") asks no dose.
HIGH_DOSE = re.compile(r"\b(high|(really |very )?(big|large|huge|strong))[ -]doses?\b")
# How long one cycle is, not how long treatment goes on: "how long is each round", "how many days is a cycle".
CYCLE_LENGTH = re.compile(r"\bhow (long|many days|many weeks) (is|are|does|do) (each|a|one|every|the|my) "
                          r"([\w-]+ )?(cycle|round|course)s?\b(?! of treatment)")
# What something told is for: "what's that for?", "what are those for?" (a purpose, not what the thing is).
WHAT_FOR = re.compile(r"\bwhat('?s| is| are) (that|this|these|those|they|it) (\w+ )?for\b")
# An amount asked of a pill or shot named by its form: "how many mg is the Pomalyst capsule", "what dose are the shots".
AMOUNT_OF_FORM = re.compile(r"\b(mg|doses?|much|strength)\s+(is|are)\b[\w\s-]*\b(pills?|tablets?|capsules?|shots?|injections?)\b")
BEFORE_DOSE = re.compile(r"\bbefore (each|the|my|every|a|his|her) ([\w-]+ )?dose\b")


def only_offered(lowered: str) -> bool:
    """Whether other medicines are asked about only as something offered to use beside ours ("my gyn offered me
    estrogen cream, is that ok?"), whose words are no medicine's names."""
    return _only_by("interactions", lowered, _OFFERED)


_OFFERED = re.compile(OFFERED)


# blood work told as what led to the question ("his blood work showed high protein, how do they find out if it's
# myeloma?"): no plan's tests are asked
# Words that set a test during or after treatment ("what tests during chemo for AML?", "checked after surgery"):
# the tests of a plan or follow-up, not how the cancer is found
_TREATMENT_TIME = re.compile(r"\b(treat\w*|therap\w*|chemo\w*|radiation|surgery|transplant|during|while|after|"
                             r"since|follow.?ups?|remission|on (it|them|\w+ (pills?|drugs?|medicines?)))\b")
_BENEFIT = re.compile(BENEFIT_ASKED)
# A trial's measure said as a risk: "cut the risk of death", "the chance of relapse"
_TRIAL_RISK = re.compile(r"\b(risk|chance|odds) of (death|dying|relapse|recurrence|progression)\b")
_LAB_WORK = re.compile(r"\b(blood ?work|labs?|blood tests?) (showed|shows|came back|found)\b")


# What letters stand for, asked of no plan: the meaning of a name, not the drugs of a plan's name.
STANDS_FOR = re.compile(r"\bstands? for\b")


# "Is it chemo?", "is Tarceva a kind of chemo?": the kind of drug asked, not chemo said as what a trial compared with
CHEMO_WORD = re.compile(r"\bchemo\w*")
CHEMO_KIND_ASKED = re.compile(r"\b(is|are) (it|this|that|they|these|\w+) (a |an )?(kind of |type of |form of )?chemo")


def _results_asked(intents: list[str], lowered: str) -> list[str]:
    """A trial's result asked keeps only what is asked besides it: an intent signalled only by the words that ask the
    result ("how much did that chemo help?" is no amount of drug, "still free of progression" no price); a comparison,
    which the trial's line makes ("Opdivo + Yervoy vs Sutent, how much longer did people live?"); chemo said as what
    the trial compared with ("compared to salvage chemo"), unless whether it is chemo is asked."""
    drop = {i for i in intents if i != "results" and _only_by(i, lowered, _BENEFIT)} | {"comparison"}
    if _only_by("classification", lowered, CHEMO_WORD) and not CHEMO_KIND_ASKED.search(lowered):
        drop.add("classification")
    return [i for i in intents if i not in drop]


# A dose said as a time: "after the last dose", "since her final dose"
LAST_DOSE = re.compile(r"\b(last|final|latest|previous|most recent) (\w+ )?doses?\b")


def _only_by(intent: str, lowered: str, words_: re.Pattern[str]) -> bool:
    """Whether an intent is found in the question only through these words."""
    return signals_intent(intent, lowered) and not signals_intent(intent, words_.sub(" ", lowered))  # its one pattern


# "why do I need <something> with/on/before <the drug>": what the why is about.
WHY_OBJECT = re.compile(r"\bwhy (?:do|does|is|are|would|should|must)\b.*?\b(?:take|get|getting|need|have|use|given)\b"
                        r"(?: to (?:take|get|have|do))?\s+(.*?)(?:\b(?:with|on|before|after|for|while|during|if|when)\b|$)")
NOT_AN_OBJECT = frozenset("so much many lot lots these those them this that it pills pill medicine medicines drug drugs "
                          "shot shots infusion infusions treatment chemo".split())


def _why_something_else(lowered: str, entity_words: set[str]) -> str:
    """What a "why do I need X with Y" question asks why about, when it is not the medicine named (IV fluids,
    steroid pills, heart tests): then the medicine's mechanism is not the answer. Empty when it is the medicine."""
    m = WHY_OBJECT.search(lowered)
    return m[1] if m and [w for w in terms(m[1]) if w not in entity_words and w not in NOT_AN_OBJECT] else ""


# Words after which a question names a medicine: "take Ozempic", "on Humira", "with Eliquis", "dose of Jardiance".
MEDICINE_SLOT = re.compile(r"\b(?:take|taking|took|takes|on|with|and|plus|or|of|mix|mixing|using|use|prescribed|"
                           r"started|starting|stop|stopping|about|is|are)\s+(?:my |the |a |an |some |his |her |your )?"
                           r"([a-z][a-z'-]{3,})\b")
# A medicine's name just before what is asked of it, or before another it is given with: "Retevmo dose for RET lung
# cancer", "Rubraca side effects", "Padcev with Keytruda".
NAME_BEFORE = re.compile(r"\b([a-z][a-z'-]{3,}) (?:dose|doses|dosage|dosing|side effects?|pills?|tablets?|capsules?|"
                         r"shots?|injections?|infusions?|implants?|patch(?:es)?|with|plus)\b")
CAPITALISED = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b")  # "How much Humira ...": a name inside the sentence


def _unknown_medicines(kb: KnowledgeBase, text: str, tokens: list[str], conditions: list[str],
                       by_place: bool = True, alone: bool = False) -> list[str]:
    """Medicines a question names that no page covers, as the reader wrote them: a word with a drug-name ending
    (WHO INN stems: "sotorasib"), or (when by_place) a word where a medicine goes ("take Ozempic", "with Humira",
    a capitalised word inside the sentence) that is neither English nor a word the knowledge base or the synonym
    table uses, nor a misspelling of one or of a drug name, nor made of English words (`_name_like`); never a
    condition asked about.

    When the question names no drug or regimen of ours (alone), any such word of 5 letters or more ("spep", "afib"
    are not) is a name wherever it sits: brand names are typed in lower case at the start ("iclusig starting dose",
    "tabrecta for MET lung cancer") or as the subject ("does talzenna cause anemia"), and a question naming nothing
    of ours and a word nobody's dictionary knows is about that word. Answering it from the cancer's other drugs would
    hand the reader another medicine's dose. On the dev sets (about 1,100 questions) the words this finds beside the
    slots are all medicines we lack or conditions we lack (COVID), whose answers were declines already."""
    index = names(kb)
    taken = index.taken_words
    placed = {m[1].split("'")[0] for m in MEDICINE_SLOT.finditer(text.lower())} if by_place else set()
    placed |= {w.lower() for w in CAPITALISED.findall(text)} if by_place else set()
    placed |= {m[1] for m in NAME_BEFORE.finditer(text.lower())} if by_place else set()
    # a medicine a line names only in passing ("Denosumab (Xgeva)") is no page of ours, asked alone
    passing = named_in_passing(kb) if alone else frozenset()
    found = []
    for t in dict.fromkeys(tokens):
        if t in taken or t in STOPWORDS or not t.isalpha() or any(t in norm(c).split() for c in conditions):
            continue
        if DRUG_STEMS.match(t) or t in passing or (
                (t in placed or (alone and by_place and len(t) >= 5)) and _name_like(t)
                and not index.drugs.find([t]) and not phrases(t) and not english_word(t)
                and not known_word(kb, t) and not misspelt_known(kb, t)):
            found.append(m[0] if (m := compiled(rf"\b{re.escape(t)}\b", re.I).search(text)) else t)
    return found


# Ends of words for diseases, not medicines: "myelofibrosis", "fasciitis", "neuropathy", "anemia".
DISEASE_ENDING = re.compile(r"(itis|osis|emia|aemia|oma|pathy|algia|plasia|trophy|uria)s?$")
PREFIXES = ("non", "pre", "post", "anti", "un", "re", "sub", "over", "under", "hyper", "hypo", "semi", "multi", "self")
SUFFIXES = ("y", "ly", "ed", "d", "er", "ish", "ness", "less", "ful", "ing", "s")


def _name_like(word: str) -> bool:
    """Whether a word neither English nor ours may be a medicine's name rather than a word made of English ones: no
    disease ending, no English word with a prefix or ending ("nonsquamous", "prediabetes", "crampy", "tingly"), no
    two English words of 5 letters or more run together ("chemobrain"), no missing apostrophe ("havent")."""
    if DISEASE_ENDING.search(word):
        return False

    def known(w: str) -> bool:
        return len(w) >= 3 and english_word(w)

    if any(english_word(f"{word[:-i]}'{word[-i:]}") for i in (1, 2)):
        return False  # "havent", "youre"
    if any(word.startswith(p) and known(word[len(p):]) for p in PREFIXES):
        return False
    if any(word.endswith(x) and (known(word[:-len(x)]) or known(word[:-len(x)] + "e")) for x in SUFFIXES):
        return False
    return not any(known(word[:i]) and known(word[i:]) for i in range(5, len(word) - 3))


# "<word> cancer", "<word> lymphoma": a cancer type named in the question, to say so when we do not cover it.
CANCER_KINDS = frozenset("cancer lymphoma leukemia leukaemia sarcoma carcinoma tumor tumour glioma".split())
CANCER_PHRASE = re.compile(rf"\b(?:([a-z-]+) )?([a-z-]+) ({'|'.join(CANCER_KINDS)})s?\b")
NOT_A_TYPE = frozenset("blood new second another other stage advanced metastatic early late my his her their our your "
                       "the a this that of for with no any besides than except beyond outside apart aside "
                       # "does that mean cancer?", "signs of cancer", "could it cause cancer?": no kind of cancer
                       "mean means meant sign signs cause causes getting like "
                       # "the chances he gets cancer in the other one", "when do doctors call cancer cured", "how
                       # does velcade kill cancer cells": a verb before the word, no kind of cancer
                       "get gets got gotten has have had having develop develops developed developing "
                       "become becomes became call calls say says said kill kills killed isnt "
                       # "is DCIS really cancer?": whether a thing is cancer, not a kind of it
                       "really actually truly even considered called "
                       # "a higher cancer risk later": how much risk, no kind of cancer
                       "higher lower greater bigger smaller increased raised reduced extra added "
                       # "an aggressive tumor in his kidney": how it behaves, no kind of tumor
                       "aggressive rare slow fast growing slow-growing fast-growing recurrent invasive terminal serious "
                       "bad "
                       # "a 2.5 cm tumor in his kidney", "a big tumor": how big it is, no kind of tumor
                       "cm mm centimeter centimeters centimetre centimetres millimeter millimeters millimetre millimetres "
                       "inch inches big huge tiny "
                       # "my husband's lymphoma": the end of whose it is, no kind of lymphoma
                       "s".split())


# "for multiple sclerosis", "treat COVID", "good for poison ivy": what a treatment is asked to be used for.
CONDITION = re.compile(r"\b(?:for|treats?|treating|cures?|help with)\s+(?:my |a |an |the |his |her )?"
                       r"([a-z][a-z0-9' -]{2,40}?)\s*(?:[?.,!]|$| and | or | in | at | on | if | while | during | since "
                       r"| after | before | with | when )")


def _conditions(lowered: str, kb: KnowledgeBase, index: Names) -> list[str]:
    """Conditions a question asks a treatment for that the knowledge base never mentions (a word of the name is
    one no page uses): "multiple sclerosis", "poison ivy"; not "myeloma", "low platelets", "a rash", nor a cancer we
    cover with a word before it ("recurrent ovarian cancer", "a cure for relapsed myeloma": the cancer's page)."""
    out = []
    for m in CONDITION.finditer(lowered):
        phrase = re.sub(r"^for\s+", "", m[1].strip())  # "a cure for ...": the condition follows "for"
        if NOT_A_CONDITION.match(phrase):
            continue  # "used for besides colon cancer", "used for anything else": what is not asked, or nothing named
        if index.cancers.find(index.spelled(norm(phrase).split())):
            continue
        # "is it safe for the grandkids to sit on his lap?": a person is who it is for, not a condition
        if any(len(w) >= 4 and not known_word(kb, w) and w not in NO_TOPIC
               for w in terms(phrase)):  # not "grandpa's" (terms keep "grandpa")
            out.append(phrase)
    return out


# What follows "used for" without naming a condition: "besides CLL", "other than cancer", "anything else".
NOT_A_CONDITION = re.compile(r"(besides|other than|apart from|aside from|except|outside( of)?|beyond|anything|something|"
                             # "used for and who shouldn't get it": a second question begins, no condition named
                             r"and|or|but|who|what|which|how|when|why|whether|is|are|can|does|do|should|"
                             r"other (things|diseases|conditions|problems|cancers|illnesses))\b|"
                             # "on hydrea for a couple years": how long, no condition
                             r"((a |an )?(couple|few|several|many|number)( of)? |\d+ |\w+ )?"
                             r"(hours?|days?|weeks?|months?|years?)\b|a while\b|a long time\b")


def _cancer_phrases(lowered: str, names_: Names) -> list[str]:
    """The cancers a question names by a word before "cancer", with the word before that when it is part of the name:
    "Merkel cell cancer", "bile duct cancer" (not "cell cancer", "duct cancer"); "for thyroid cancer" is thyroid
    cancer. Not where "tumor" begins a glossary name: "can venetoclax cause tumor lysis syndrome?" names no cancer."""
    return [" ".join(m.groups()[0 if not _not_a_type(m[1]) else 1:])
            for m in CANCER_PHRASE.finditer(lowered) if not _not_a_type(m[2])
            and not any(f"{norm(lowered[m.start(3):])} ".startswith(f"{k} ") for k in names_.glossary_by_first.get(m[3], []))]


# A tumor named by a word of its own: "thymoma", "neuroblastoma" (not a diploma, glaucoma or a bruise's hematoma)
TUMOR_WORD = re.compile(r"\b([a-z]{4,}omas?)\b")
NOT_TUMORS = frozenset("diploma diplomas glaucoma hematoma hematomas haematoma granuloma granulomas trachoma".split())


def _tumor_words(lowered: str, names_: Names) -> list[str]:
    """The tumors a question names by one word ending in "-oma" that no cancer page or glossary entry of ours says."""
    found = [w for m in TUMOR_WORD.finditer(lowered) if (w := m[1]) not in NOT_TUMORS and w not in CANCER_KINDS
             and w.removesuffix("s") not in names_.cancers.index and w.removesuffix("s") not in names_.glossary.index]
    if not found:  # "myeloma", "melanoma": a name of ours on its own, found without reading every name's words
        return []
    said = {w for k in (*names_.cancers.index, *names_.glossary.index) for w in k.split()}
    return list(dict.fromkeys(w for w in found if w not in said and w.removesuffix("s") not in said))


def _not_a_type(word: str | None) -> bool:
    # "my husband's lymphoma" (SPELLINGS gives "husbands" its apostrophe), "my dad lymphoma": whose cancer it is
    return word is None or word in NOT_A_TYPE or word in STOPWORDS or word in NO_TOPIC


def _on_drug_pages(kb: KnowledgeBase, drugs: list[str], cancer: str) -> bool:
    """Whether the uses of a drug the question names say a cancer we have no page for ("Is sorafenib used for
    thyroid cancer?": "Sorafenib is also approved for differentiated thyroid cancer"): every word of its name but the
    kind of cancer ("cancer", "carcinoma", "sarcoma") is said there."""
    own = [w for w in terms(cancer) if w not in CANCER_KINDS]
    for slug in drugs:
        drug = kb.drugs[slug]
        texts = [drug.summary.text, *(u.text for u in drug.uses), *(st.text for st in drug.other_uses)]
        said = {stem(w) for t in texts for w in terms(t)}
        if own and all(stem(w) in said for w in own):
            return True
    return False


def _entity_words(kb: KnowledgeBase, drugs: list[str], regimens: list[str], cancers: list[str],
                  glossary: list[str], said: str = "") -> list[str]:
    """The words of the names of what was asked about. A drug's nickname of several words (from the alias table, not
    its page) counts only when said (the question being `said`): "red" is a word of "red devil" (doxorubicin), and
    "my urine turned red" says a colour."""
    index = names(kb)
    found = [n for s in drugs for n in drug_names(kb.drugs[s])]
    own = {norm(n).strip() for n in found}
    found += [k for s in drugs for k in index.drugs.keys.get(s, [])
              if not said or " " not in (key := norm(k).strip()) or key in own or f" {key} " in f" {norm(said)} "]
    found += [n for s in regimens for n in regimen_names(kb.regimens[s])]
    found += [k for idx, slugs in ((index.regimens, regimens), (index.cancers, cancers),
                                   (index.glossary, glossary)) for s in slugs for k in idx.keys.get(s, [])]
    found += [n for s in cancers for n in cancer_names(kb.cancers[s])]
    found += [n for s in glossary for n in (kb.glossary[s].term, *kb.glossary[s].aliases)]
    return [w for n in found for w in terms(n)] + [w for n in found for w in norm(n).split()]
