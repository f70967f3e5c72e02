"""What a question is about: drugs, cancer types, what the person wants to know, and whether it is urgent."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from ..content.lookup import cancer_names, drug_names, norm, regimen_names
from ..errors import InputError
from ..model import KnowledgeBase
from ..search.synonyms import expansions, phrases
from ..search.text import STOPWORDS, terms, words

MAX_CHARS = 1000

# Intent -> the words that signal it. Order is the order sections are shown in.
INTENTS: dict[str, str] = {
    "classification": r"\bchemo\w*|what (kind|type|class|sort) of (drug|medicine)|\bclass\b|is it an? (immuno|targeted|steroid|biologic|antibody)|\bimmunotherapy\b|\btargeted\b",
    "mechanism": r"how (does|do) .*\bwork|how it works|\bmechanism|what does .* do\b|\bworks?\b",
    "uses": r"used for|\bused\b|\bfor what\b|what .* treat|\btreats?\b|approved|indicat",
    "dose": r"\bdoses?\b|dosage|how much|how many (mg|capsules|pills|tablets)|\bschedule|how often|how (do|should) i take|when (do|should) i take|\bcycles?\b|days? (off|on)\b|\bmg\b|with food|empty stomach",
    "side_effects": r"side.?effects?|adverse|\bcause|\bsymptoms?\b|\bfeel\b|\bgive (me|you)\b|\bmake (me|you)\b",
    "serious": r"\bserious|dangerous|severe|boxed warning|black box|life.threatening|\brisks?\b|\bwarnings?\b",
    "monitoring": r"blood tests?|\bmonitor|\bchecks?\b|\bchecked\b|\blabs?\b|\btests?\b|\bcbc\b|biopsy|\bscans?\b",
    "missed_dose": r"\bmiss(ed)?\b|forg[eo]t|\bskip|late dose|double (my|the|a) dose|take two",
    "interactions": r"interact|together with|other (drugs|medicines|medications)|grapefruit|alcohol|supplement|vitamin|\bwith (warfarin|digoxin|aspirin)\b|blood thinner",
    "pregnancy": r"pregnan|birth control|contracept|\bbaby\b|breast.?feed|fertil|\bsperm\b|condom",
    "handling": r"\bhandl|\bstor(e|age|ed)\b|keep (it|them|the)|\btouch|open the capsule|dispos|fridge|refrigerat|caregiver",
    "blood_donation": r"donat|give blood|giving blood",
    "duration": r"how long|duration|until when|forever|how many cycles|\bstop taking\b",
    "cost": r"\bcost|\bpay\b|afford|insurance|\bprice|expensive|copay|assistance|financial|\bfree\b",
    "comparison": r"\bdiffer|\bcompar|\bversus\b|\bvs\b|better than|same as|\bor\b.*\bwhich\b",
    "definition": r"^(what|who)( is|'s| are)\b",
}

HEADINGS = {
    "classification": "What kind of drug it is", "mechanism": "How it works", "uses": "What it is used for",
    "dose": "Dose and schedule", "side_effects": "Side effects", "serious": "Serious side effects",
    "monitoring": "Tests and monitoring", "missed_dose": "A missed dose", "interactions": "Other medicines",
    "pregnancy": "Pregnancy and birth control", "handling": "Handling and storage",
    "blood_donation": "Giving blood", "duration": "How long treatment lasts", "cost": "Cost and help paying",
    "comparison": "How they compare", "definition": "What it is", "other": "Related information",
}

# Signs that need care now (DESIGN: anything urgent says call the care team or emergency services).
EMERGENCY = re.compile(
    r"chest pain|pain in (my|the) chest|trouble breathing|hard to breathe|can'?t breathe|cannot breathe|"
    r"difficulty breathing|short(ness)? of breath|heavy bleeding|bleeding (heavily|badly|a lot)|"
    r"bleeding (that )?(won'?t|will not|does not|doesn'?t) stop|"
    r"coughing (up )?blood|vomiting blood|black stools?|passed out|fainted|seizure|"
    r"swollen,? painful (leg|arm)|face (is )?drooping|slurred speech")
FEVER = re.compile(r"\bfever|temperature of|\bchills\b|38(\.\d)? ?°?c|100\.4")
# People asking what they personally should do: we give what sources say, then "ask your care team".
PERSONAL = re.compile(
    r"(?<!how )(?<!when )(?<!where )(?<!which )\bshould i\b|\bshall i\b|\bdo i (need|have) to (stop|take|skip)|"
    r"\b(can|may) i (stop|skip|double|take (more|less|extra|two|an extra)|change|cut|split|crush|open|quit)\b|"
    r"is it (ok|okay|safe|alright) (for me )?to (stop|skip|double|take|quit)|"
    r"\bstop (taking|my)\b|\bdouble (my|the|a) dose\b|\bskip (my|a|the) (dose|pill|capsule|treatment)|"
    r"\bchange my dose\b")

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
    text: str
    drugs: list[str] = field(default_factory=list)
    regimens: list[str] = field(default_factory=list)
    cancers: list[str] = field(default_factory=list)
    unknown_cancers: list[str] = field(default_factory=list)
    intents: list[str] = field(default_factory=list)
    emergency: bool = False
    personal: bool = False
    medical_terms: list[str] = field(default_factory=list)
    entity_words: list[str] = field(default_factory=list)

    @property
    def topic_terms(self) -> list[str]:
        """Search words: the question's topic words and the medical words its plain words mean."""
        return list(dict.fromkeys([*terms(self.text), *self.medical_terms]))

    @property
    def subject_terms(self) -> list[str]:
        """Topic words without the names of the drugs, regimens and cancers asked about."""
        return [w for w in self.topic_terms if w not in set(self.entity_words)]


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


def _ngrams(tokens: list[str], n_max: int = 4) -> list[str]:
    return [" ".join(tokens[i:i + n]) for n in range(n_max, 0, -1) for i in range(len(tokens) - n + 1)]


def _match_names(tokens: list[str], named: list[tuple[str, list[str]]], fuzzy: bool) -> list[str]:
    """Slugs whose names occur in the tokens, in order of first mention; misspelt single words when fuzzy."""
    index: dict[str, str] = {}
    for slug, names in named:
        for name in names:
            if norm(name):
                index.setdefault(norm(name), slug)
    found: dict[str, int] = {}
    grams = _ngrams(tokens)
    for gram in grams:
        slug = index.get(gram)
        if slug is None and fuzzy and " " not in gram and len(gram) >= 6 and gram not in STOPWORDS:
            # same length give or take one letter: "lenalidamide" is lenalidomide, "prednisolone" is not prednisone
            close = [c for c in difflib.get_close_matches(gram, [k for k in index if " " not in k], n=1, cutoff=0.85)
                     if abs(len(c) - len(gram)) <= 1]
            slug = index[close[0]] if close else None
        if slug is not None and slug not in found:
            found[slug] = (" " + " ".join(tokens) + " ").find(" " + gram.split()[0] + " ")
    return sorted(found, key=lambda s: found[s])


def understand(kb: KnowledgeBase, text: str) -> Question:
    """Parse a question; InputError when it cannot be answered at all (empty, too long, not English)."""
    text = validate(text)
    lowered = text.lower()
    tokens = norm(text).split()
    drugs = _match_names(tokens, [(d.slug, drug_names(d)) for d in kb.drugs.values()], fuzzy=True)
    drug_words = {norm(n) for d in kb.drugs.values() for n in drug_names(d)}
    # A regimen whose short name is just its drug ("Lenalidomide") is not named by naming the drug.
    regimens = _match_names(tokens, [(r.slug, [n for n in regimen_names(r) if norm(n) not in drug_words])
                                     for r in kb.regimens.values()], fuzzy=False)
    cancers = _match_names(tokens, [(c.slug, cancer_names(c)) for c in kb.cancers.values()], fuzzy=False)
    known = {norm(n) for c in kb.cancers.values() for n in cancer_names(c)}
    unknown = [name for abbr, name in CANCER_ABBREVIATIONS.items()
               if abbr in tokens and abbr not in known and norm(name) not in known]
    intents = [name for name, pattern in INTENTS.items() if re.search(pattern, lowered)]
    if not intents and (drugs or cancers) and re.search(r"\btreat|\btherap(y|ies)\b|\boptions?\b", lowered):
        intents.append("uses")  # "what treatments are there for CLL"
    if "missed_dose" in intents and "dose" in intents:
        intents.remove("dose")  # "I missed a dose" asks for the missed-dose rule
    symptoms = [p for p in phrases(text) if not any(re.search(pattern, p) for pattern in INTENTS.values())]
    if symptoms and drugs and not {"side_effects", "serious"} & set(intents):
        intents.append("side_effects")  # "Revlimid and blood clots?": a symptom named with a drug ("pregnant" is not)
    if "serious" in intents and "side_effects" in intents:
        intents.remove("side_effects")  # "what are the serious side effects" asks for the serious ones only
    if "uses" in intents and "dose" in intents:
        intents.remove("uses")  # "what dose is used for myeloma" asks for the dose
    if len(drugs) >= 2 and "comparison" not in intents:
        intents.append("comparison")
    intents.sort(key=list(INTENTS).index)
    entity_words = set(_entity_words(kb, drugs, regimens, cancers))
    if "definition" in intents and (len(intents) > 1 or set(terms(text)) - entity_words):
        intents.remove("definition")  # "what is the best diet for MDS" is not "what is MDS"
    fever_drug = any(_lowers_white_cells(kb, d) for d in drugs)
    emergency = bool(EMERGENCY.search(lowered)) or (bool(FEVER.search(lowered)) and (fever_drug or _first_person(lowered)))
    return Question(text=text, drugs=drugs, regimens=regimens, cancers=cancers, unknown_cancers=unknown,
                    intents=intents, emergency=emergency, personal=bool(PERSONAL.search(lowered)),
                    medical_terms=list(dict.fromkeys([*expansions(text), *phrases(text)])), entity_words=sorted(entity_words))


def _entity_words(kb: KnowledgeBase, drugs: list[str], regimens: list[str], cancers: list[str]) -> list[str]:
    names = [n for s in drugs for n in drug_names(kb.drugs[s])]
    names += [n for s in regimens for n in regimen_names(kb.regimens[s])]
    names += [n for s in cancers for n in cancer_names(kb.cancers[s])]
    return [w for n in names for w in terms(n)] + [w for n in names for w in norm(n).split()]


def _lowers_white_cells(kb: KnowledgeBase, slug: str) -> bool:
    drug = kb.drugs.get(slug)
    if drug is None:
        return False
    effects = [*drug.common_side_effects, *drug.serious_side_effects]
    return any(re.search(r"neutropeni|white (blood )?cell|leukopeni|myelosuppress", f"{e.term} {e.plain}", re.I)
               for e in effects)


def _first_person(lowered: str) -> bool:
    return bool(re.search(r"\bi (have|got|am|'m|'ve)|\bi've\b|\bi'm\b|\bmy\b|\bme\b", lowered))
