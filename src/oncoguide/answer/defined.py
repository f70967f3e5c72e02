"""What words mean: the glossary's definitions as replies and beside them, and the words the pages define in their
own sentences ("HER2-low means a score of 1+, or 2+ with a negative ISH test"): such a sentence answers "what does
HER2-low mean?" when the glossary has no entry for the word, or only for a shorter one (HER2), which does not say
what the asked word adds."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ..content.lookup import norm
from ..model import KnowledgeBase, cited_items
from ..search.synonyms import meanings, phrases
from ..search.text import STOPWORDS, compiled, terms
from .evidence import GENERAL, Evidence, item_text, match_count, page_items
from .intents import TREATMENT_SAID, signals
from .names import names, ngrams
from .term_works import term_asked_to_work
from .understand import CANCER_STATE, NO_TOPIC, TAKEN, Question

# "HER2-low means ...", "Active surveillance means ...", "Stage 0 means ...": a sentence that opens with the word
# (a pronoun, "That means ...", defines nothing)
_DEFINES = re.compile(r"(?:^|(?<=[.!?] ))([A-Z][\w+/-]*(?: [\w+/-]+){0,4}) means\b([^.]*)")
# "... even months later. It is called radiation recall.": the sentence before says what the word is
_CALLED = re.compile(r"(?:^|(?<=[.!?] ))(?:It|This|That|These|They) (?:is|are) (?:also |often )?called "
                     r"(?:an? |the )?([\w+/-]+(?: [\w+/-]+){0,4}?)(?=[.,;]|$)")
_ARTICLE = re.compile(r"^(a|an|the|one) ")
_NOT_A_WORD = frozenset({"this", "that", "it", "which", "each", "what"})
# What a finding leads to is no definition: "Veno-occlusive disease means stopping for good", "Bad numbness means
# the dose is held"
_CONSEQUENCE = re.compile(r"\b(doses?|stop\w*|paus\w*|cycles?|held|hold)\b")


@dataclass(frozen=True)
class _Defined:
    page: str  # "regimen <slug>", "drug <slug>", "cancer <slug>"
    evidence: Evidence
    called: bool = False  # named after it is described ("It is called ..."), not "<word> means ..."


_CACHE: dict[int, tuple[KnowledgeBase, dict[str, list[_Defined]]]] = {}
_WORDS: dict[int, tuple[KnowledgeBase, dict[str, str]]] = {}


def _page_words(kb: KnowledgeBase, key: str) -> str:
    """Every statement of one page ("drug <slug>"), normalised and joined (" ... "); "" for no such page. Read once
    per page and knowledge base, when a question first names the page: reading every page at the first question
    cost a cold `oncoguide ask` ~0.3 s of CPU."""
    cached = _WORDS.get(id(kb))
    if cached is None or cached[0] is not kb:
        cached = _WORDS[id(kb)] = (kb, {})
    words = cached[1].get(key)
    if words is None:
        kind, _, slug = key.partition(" ")
        kinds: dict[str, dict[str, Any]] = {"drug": kb.drugs, "regimen": kb.regimens, "cancer": kb.cancers}
        page = kinds.get(kind, {}).get(slug)
        words = cached[1][key] = f" {' '.join(norm(item_text(i)) for i in cited_items(page))} " if page else ""
    return words


def _defined(kb: KnowledgeBase) -> dict[str, list[_Defined]]:
    """Normalised word -> the statements that define it, read once per knowledge base."""
    cached = _CACHE.get(id(kb))
    if cached is None or cached[0] is not kb:
        found: dict[str, list[_Defined]] = {}
        for key, item in page_items(kb):
            text = item_text(item)
            for m in _DEFINES.finditer(text):
                word = _ARTICLE.sub("", norm(m[1]))
                if word.split()[0] not in _NOT_A_WORD and not _CONSEQUENCE.search(m[2]):
                    e = Evidence(text=text, cite=list(item.cite), topic="definition", where=key)
                    found.setdefault(word, []).append(_Defined(key, e))
            for m in _CALLED.finditer(text):
                e = Evidence(text=text, cite=list(item.cite), topic="definition", where=key)
                found.setdefault(norm(m[1]), []).append(_Defined(key, e, called=True))
        cached = _CACHE[id(kb)] = (kb, found)
    return cached[1]


def defined_on_page(kb: KnowledgeBase, q: Question) -> Evidence | None:
    """The statement of a page the question names (or of a plan giving a drug it names) that defines the longest
    word of the question asked what it is: "what does HER2-low mean? they want Enhertu" is answered by the Enhertu
    HER2-low plan's sentence on what HER2-low means."""
    if "definition" not in q.intents or not (q.drugs or q.regimens or q.cancers):
        return None
    pages = {f"drug {s}" for s in q.drugs} | {f"cancer {s}" for s in q.cancers} | \
        {f"regimen {s}" for s in q.regimens} | {f"regimen {r.slug}" for s in q.drugs for r in kb.regimens_with_drug(s)}
    named = set(q.entity_words)
    defined = _defined(kb)
    glossary = names(kb).glossary.index
    # "what does muscle-invasive mean for treatment?" asks how it is treated, which the sentence naming it does not say
    named_ok = not TREATMENT_SAID.search(q.text.lower())
    for gram in ngrams(norm(q.text).split()):  # longest first
        if gram in named:
            continue
        # a word the glossary defines is its to say when a page only names it after describing it
        found = next((d.evidence for d in defined.get(gram, []) if d.page in pages
                      and not (d.called and (gram in glossary or not named_ok))), None)
        if found is not None:
            return found
    return None


def term_reply(kb: KnowledgeBase, slug: str) -> Evidence:
    """A glossary term's definition as a first line, an abbreviation with what it stands for: "EGFR (epidermal
    growth factor receptor): A protein on cells ..."."""
    term = kb.glossary[slug]
    # "FISH test", "PET scan": the abbreviation heads the term, and the reader asks what it stands for too
    short = term.term.split()[0]
    full = next((a for a in term.aliases if spelled_out(short, a)), None) if "(" not in term.term else None
    name = f"{term.term} ({full})" if full else term.term
    return Evidence(text=f"{name}: {term.definition}", cite=list(term.cite), topic="definition",
                    where=f"glossary {term.slug}")


def short_said(kb: KnowledgeBase, q: Question, reply: Evidence) -> Evidence:
    """A glossary reply that also says what the abbreviation asked stands for, when the question names the word by a
    short name of its own ("my biopsy says EIN": "atypical endometrial hyperplasia (EIN, short for endometrial
    intraepithelial neoplasia): ..."); the reply unchanged otherwise."""
    term = kb.glossary.get(reply.where.removeprefix("glossary ")) if reply.where.startswith("glossary ") else None
    if term is None:
        return reply
    for short in term.aliases:
        if not re.fullmatch(r"[A-Z][A-Z0-9/-]{1,7}", short) or short in term.term or \
                not re.search(rf"\b{re.escape(short)}\b", q.asked or q.text, re.I):
            continue
        full = next((a for a in term.aliases if spelled_out(short, a)), None)
        if full and norm(full) not in norm(reply.text):
            head, sep, rest = reply.text.partition(": ")
            return replace(reply, text=f"{head} ({short}, short for {full}){sep}{rest}")
    return reply


def spelled_out(short: str, name: str) -> bool:
    """Whether name is what the abbreviation short stands for: words of which the first starts with its first
    letter, and which hold its letters in order ("HPV": "human papillomavirus"; not "PD-L1 inhibitor")."""
    if not re.fullmatch(r"[A-Z][A-Z0-9/-]{1,7}", short) or " " not in name.strip() or norm(short) in norm(name):
        return False
    if re.search(r"\b[A-Z]{2,}", name):  # "CAT scan" is another abbreviation, not what "CT" stands for
        return False
    letters, text = [c for c in short.lower() if c.isalpha()], name.lower()
    if not text.startswith(letters[0]):
        return False
    at = 0
    for c in letters:
        at = text.find(c, at) + 1
        if not at:
            return False
    return True


MAX_GIVING = 2  # meanings giving the time or share asked shown beside the named pages


def explaining(kb: KnowledgeBase, q: Question, shown: list[Evidence]) -> list[Evidence]:
    """Beside the pages a question names, the definitions of the glossary words it says that nothing shown explains
    and that speak to what it asks: a word reached through a plain one the definition names ("why is he on Bactrim
    with Polivy?" reaches Pneumocystis pneumonia, whose definition says Bactrim prevents it), or a word said by its
    name whose definition holds another word asked ("does Zoladex thin your bones?": bone density). Not a word for
    what the person takes ("chemo"), nor a name that is part of a page's name; with no page named, the word's meaning
    is the reply or nothing is (a medicine we lack)."""
    if not (q.drugs or q.regimens or q.cancers) or not shown:
        return []
    working = term_asked_to_work(kb, q)  # "a bispecific antibody for his myeloma, how does it work?"
    out = [term_reply(kb, working)] if working and working not in q.cancers else []
    out += [e for e in _through_plain_words(kb, q, [*shown, *out]) if e.where not in {x.where for x in out}]
    seen = {e.where for e in [*shown, *out]}
    said = [e for e in _said_and_asked(kb, q, [*shown, *out]) if e.where not in seen]
    # the meanings that give the time or share asked when nothing shown does ("when are his counts lowest after
    # Adriamycin, and when do they come back up?": the nadir's 10 to 14 days and the marrow's 3 to 4 weeks), before
    # one that only names the word; two of them, as such a question often asks two times
    giving = [e for e in said if gives_what_is_asked(q.text, e.text)]
    untold = bool(giving) and not any(gives_what_is_asked(q.text, e.text) for e in [*shown, *out])
    out += giving[:MAX_GIVING] if untold else said[:1]
    # shown apart from the lines on what is asked, so a long list of those does not push the meaning out
    return [replace(e, topic="other") for e in out]


def _through_plain_words(kb: KnowledgeBase, q: Question, shown: list[Evidence]) -> list[Evidence]:
    glossary = names(kb).glossary
    texts = [e.text for e in shown]
    out: list[Evidence] = []
    for phrase in phrases(q.text):
        if any(match_count(t, [phrase]) for t in texts) or glossary.find(norm(phrase).split()):
            continue  # said already, or a glossary word's own name ("chemo"), whose meaning is not why it is given
        for slug in dict.fromkeys(s for m in meanings([phrase]) for s in glossary.find(norm(m).split())):
            reply = term_reply(kb, slug)
            # the meaning says the reader's words, or another name of the word they stand for ("her belly keeps
            # filling up with fluid": "A buildup of fluid in the belly")
            names_said = [m for m in meanings([phrase]) if norm(m) in glossary.keys.get(slug, [])]
            says = match_count(reply.text, [phrase]) or match_count(kb.glossary[slug].definition, names_said) \
                or gives_what_is_asked(q.text, reply.text)  # "when are his counts lowest?": the nadir's days
            if slug in q.terms and says and reply.where not in {e.where for e in shown}:
                out.append(reply)
                texts.append(reply.text)
    return out


def _said_and_asked(kb: KnowledgeBase, q: Question, shown: list[Evidence]) -> list[Evidence]:
    glossary = names(kb).glossary
    normed = f" {norm(q.text)} "
    named = set(q.entity_words)
    pages = [*(f"drug {s}" for s in q.drugs), *(f"regimen {s}" for s in q.regimens), *(f"cancer {s}" for s in q.cancers)]
    out = []
    for slug in q.terms:
        term = kb.glossary[slug]
        said = [k for k in glossary.keys.get(slug, []) if f" {k} " in normed]
        # else the everyday words it is reached through ("numbness" for peripheral neuropathy), which only a line
        # shown saying them lets in here (_through_plain_words explains them when none does)
        plain = [] if said else [p for p in phrases(q.text)
                                 if slug in {s for m in meanings([p]) for s in glossary.find(norm(m).split())}]
        said = said or plain
        if not said or any(TAKEN.search(k) for k in said) or all(w in named for k in said for w in k.split()):
            continue
        own = {w for k in said for w in k.split()} | {w for n in (term.term, *term.aliases) for w in terms(n)}
        asked = [w for w in terms(q.text) if len(w) >= 4 and w not in own | named and not _says_nothing(w)]
        # a word said plainly is said too by a line naming it by its own name ("will I lose my hair?": "Hair loss
        # (alopecia) ...")
        saying = [e.text for e in shown if match_count(e.text, [*said, *(glossary.keys.get(slug, []) if plain else [])])]
        if saying or plain:
            if not saying or q.unknown_drugs:
                continue  # a medicine we lack ("Zejula maintenance"): the word's meaning would not be about it
            # a line shown says the word; its meaning still tells what is asked of it that no such line does ("does
            # the hand-foot syndrome from Xeloda go away?": "It usually goes away after chemo ends"); not a word that
            # only says what kind of question it is ("cause", "how often", "how long"), which the drug's own lines answer
            untold = [w for w in asked if not signals(w) and w not in _HOW_ASKED
                      and not any(match_count(t, [w]) for t in saying)]
            # and what the reader's plain words for it mean ("snappy": mood changes), if no line shown says that
            untold += [m for p in phrases(q.text) if set(terms(p)) & set(untold) for m in meanings([p])
                       if not any(match_count(t, [m]) for t in saying)]
            if match_count(term.definition, untold) or (gives_what_is_asked(q.text, term.definition)
                                                        and not any(gives_what_is_asked(q.text, t) for t in saying)) \
                    or _asked_what_it_is(q, said, saying):
                out.append(term_reply(kb, slug))
            continue
        # a word the named pages never use ("my sodium keeps coming back low" beside small cell lung cancer) is the
        # reader's own, which nothing else will explain; one they use ("infusion", "metastatic") is their context
        if match_count(term.definition, asked) or (not any(f" {k} " in _page_words(kb, p) for p in pages for k in said)
                                                   and not all(_CONTEXT.fullmatch(w) for k in said for w in k.split())):
            out.append(term_reply(kb, slug))
    return out


def _asked_what_it_is(q: Question, said: list[str], saying: list[str]) -> bool:
    """Whether the question asks what a word said by its own name is ("they want a MUGA before my Herceptin, is that
    an x-ray? what are they looking at?") and the lines shown only name it ("A heart scan (echo or MUGA) measures
    ..."): a line saying when the test is done does not say what it is, which its meaning does."""
    normed = norm(q.text)
    if q.unknown_drugs or not (_WHAT_IS_IT.search(normed) or any(
            compiled(rf"\bwhat (is|are|s) (a |an |the )?{re.escape(k)}\b").search(normed) for k in said)):
        return False
    return not any(compiled(rf"\b{re.escape(k)}\b\W+(is|are|means?|uses?)\b").search(norm(t)) for k in said for t in saying)


# "what is that?", "is it like a CT scan?": what the thing just named is ("what are the odds ..." asks no such thing)
_WHAT_IS_IT = re.compile(r"\bwhat (is|are|s) (that|it|this|those)\b|\b(is|was) (that|it|this) (a|an|like|the same)\b")


# What a question asks for in no word a meaning would hold, and how a meaning gives it: a time ("how long until
# biopsy results come back?": "a few days", "1 to 4 hours"), a share ("what are the odds MGUS turns into myeloma?":
# "about 1 in 100 people", "1% a year")
_GIVES = (
    (re.compile(r"\bhow (long|soon)\b|\bhow many (minutes|hours|days|weeks|months|years)\b"
                # "when are his counts lowest?" asks when, as "when do I call?" does not
                r"|\bwhen (is|are|do|does|will)\b[^.?]*\b(lowest|worst|peaks?|start|begin|recover)\b"),
     re.compile(r"\b(\d+|few|several|one|two|three|four|five|six|seven|eight|nine|ten|twelve) "
                r"(minutes?|hours?|days?|weeks?|months?|years?)\b", re.I)),
    (re.compile(r"\b(odds|chances?|how likely|likelihood|what percent\w*)\b"),
     re.compile(r"\b\d+(\.\d+)? ?(in|out of) \d+\b|\d ?%|\bpercent\b", re.I)),
    # signs to watch for ("the nurse checks for CRS, what signs would we see?"): a meaning that lists them
    (re.compile(r"\b(what|which) (\w+ ){0,2}(signs?|symptoms?)\b|\bwhat (would|will|do) (we|i|you) (see|notice)\b"),
     re.compile(r"\b(signs?|symptoms?) (can |may )?(include|are)\b|\bit (can|may) cause\b", re.I)),
    # a cause ("the leaflet warns about PML, what causes that?": "caused by a virus"), not a word of it
    (re.compile(r"\bwhat (causes|caused|brings on|triggers)\b|\b(the )?cause of\b"),
     re.compile(r"\b(caused by|due to|comes? from|is from|because)\b", re.I)),
    # a normal level ("BUN came back 24, what is the normal range?"): a lab word's meaning giving its healthy range
    # ("a normal level is about 6 to 20 mg/dL"), not what a normal range is in general ("such as normal 77-99")
    (re.compile(r"\bnormal (ranges?|levels?|values?|results?|numbers?)\b|\bwhat(?:'s|s| is| are) (a )?normal\b|"
                r"\b(range|level|number) (counts as|is) normal\b"),
     re.compile(r"\b(normal|healthy)\b[^.]*\b\d+(\.\d+)? to \d+(\.\d+)?\b", re.I)),
)


def gives_what_is_asked(question: str, text: str) -> bool:
    """Whether a text gives the kind of thing the question asks for that is no word of it (a time, a share)."""
    lowered = question.lower()
    return any(asks.search(lowered) and gives.search(text) for asks, gives in _GIVES)


def _says_nothing(word: str) -> bool:
    """Words of who asks and of treatment in general, which a definition holding them does not answer."""
    return word in STOPWORDS or word in GENERAL or word in NO_TOPIC or word in _GENERIC or bool(TAKEN.fullmatch(word))


_HOW_ASKED = frozenset("often common likely rare rarely long soon much many keep kept".split())
_GENERIC = frozenset("doctor doctors nurse nurses team drug drugs".split())
# Words of who said it, of how a medicine is given and of the state of one's cancer ("my oncologist wants", "the
# first infusion", "stage 4"): the setting of the question, not what it asks about
_CONTEXT = re.compile(r"oncologists?|infusions?|drips?|shots?|injections?|iv|\d+|" + "|".join(sorted(CANCER_STATE)))
