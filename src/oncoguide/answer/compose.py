"""Compose an answer from evidence: safety first, a direct reply, cited sections, disagreements, references."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ..content.lookup import cancer_names, norm
from ..model import Answer, Cited, Disagreement, Group, KnowledgeBase, Notice, PageLink, cited_items, item_text
from ..search.pages import search_pages
from ..search.passages import meaning_note
from ..search.synonyms import meanings, phrases
from ..search.text import terms, whole_word
from .asked_drug import about_another
from .cancer_lines import cancer_line
from .cancer_outlook import outlook_beside
from .check import enforce
from .count_said_high import reply_kept, without_low_count
from .defined import explaining, short_said
from .evidence import (
    Evidence,
    PassageSearch,
    StatementSearch,
    adds_drugs,
    curated,
    for_organs_not_asked,
    guarded,
    match_count,
    own_plans,
    read_pages,
    symptom_unlisted,
    symptom_words,
)
from .faqs_near import faqs_near
from .form_asked import asked_form_first, in_form_asked
from .intents import HEADINGS, replies, signals_intent, spot
from .lacked import about_what_we_lack, words_asked
from .lead import leading
from .markers import marker_drugs
from .names import findable_names, known_word, names
from .prevention import prevention_lead
from .rank import Ranker, adds_to
from .references import Numbering
from .regimen_reply import regimen_for
from .reply import (
    SCHEDULE_WORDS,
    asked_with,
    direct_reply,
    faqs_beside,
    kinds_of,
    names_of,
    other_words_meant,
    repeats,
    wanted_words,
)
from .same_kind import same_kind
from .symptoms import find as find_symptom
from .symptoms import notice_text
from .term_members import meaning_under
from .understand import Question, named_not_said, only_offered, understand
from .why_checked import reasons_for_tests

ASK_TEAM_TEXT = ("This is a decision for you and your care team. Below is what the sources say, "
                 "not advice for you: ask your care team before you change anything.")
NO_ANSWER_TEXT = "oncoguide's sources do not answer this question, so we will not guess."
NEAREST_TEXT = " These pages may be the nearest help, and your care team can answer it for you."
ASK_TEXT = " Your care team can answer it for you."
GUIDELINE_KINDS = {"fda_label", "guideline", "reference", "curated"}
MAX_ITEMS_PER_TOPIC = 8
MAX_TRIALS = 3
MAX_SEE_ALSO = 8
MAX_RANKED = 2  # statements the learned ranking adds at most
MAX_ADDED = 2  # statements of the named pages added when the intent's fields hold fewer of the words asked
ASKS_WHEN = frozenset({"dose", "duration"})
SEE_ALSO_SCORE = 0.6  # a name or side effect holding the word; a cancer described as "a type of ..." is not help
NOT_COVERED_TEXT = " The pages below are the nearest we have."
UNLISTED_TEXT = ("oncoguide's {drug} page does not list this side effect. The plans below give {drug} with other "
                 "medicines, and one of those may be the cause.")
UNMENTIONED_TEXT = ("oncoguide's sources do not mention {what} with {drug}. Below is what they say about other "
                    "medicines; ask your pharmacist about {what}.")
TRIAL = re.compile(r"\b(trials?|study|studies|studied)\b", re.I)
TRIAL_INTENTS = ("uses", "definition", "comparison", "duration", "mechanism", "components", "results")
# How a statement recording a disagreement names the other side: "one patient website calls it ...".
WEBSITE_SIDE = re.compile(r"\b(patient |other |some )?web ?sites?\b|\bpatient sites?\b|\b(some|other) sources\b", re.I)
_SCHEDULE_PREFIX = re.compile(r"^(In )?[^:]*: ")  # "In <regimen>, <phase>: " or "<regimen>: " before the statement


class Composer:
    """Answers questions over one knowledge base (and, optionally, the ingested passages)."""

    def __init__(self, kb: KnowledgeBase, passages: PassageSearch | None = None, rank: bool = True,
                 index_dir: Path | None = None):
        self.kb = kb
        self.passages = passages
        self.statements = StatementSearch(kb, index_dir)  # index_dir: the statement index kept on disk
        self.ranker = Ranker(kb, self.statements) if rank else None  # rank=False: the answer before the ranker

    def prepare(self) -> None:
        """Read every statement now, as a server does before its first question: the index, each statement as shown
        and as the ranker scores it, and each page field's items; else the first question naming a page read them
        (~1.5 s of CPU for the shipped pages, once)."""
        _ = self.statements.index
        for position in range(len(self.statements.items)):
            self.statements.shown_at(position)
            if self.ranker is not None:
                self.ranker.statement(position)
        read_pages(self.kb)

    def answer(self, text: str) -> Answer:
        """A checked answer; InputError for a question we cannot take."""
        return enforce(self._compose(understand(self.kb, text)))

    def _compose(self, q: Question) -> Answer:
        numbering = Numbering(self.kb)
        notices = []
        # Something happening now goes to the shared symptom rules, and their answer comes first.
        regimen_drugs = [d for r in q.regimens for d in self.kb.regimens[r].drugs]
        symptom = find_symptom(self.kb, q.text, list(dict.fromkeys([*q.drugs, *regimen_drugs])))
        if symptom is not None:
            level = symptom.result.level.value
            notices.append(Notice(level=level if level in ("emergency", "call_now") else "symptom",
                                  text=notice_text(symptom.result), refs=numbering.cite(symptom.result.cite)))
        evidence = self._focus(q, curated(self.kb, _of_the_cancer(q)))
        if q.unknown_conditions:  # "for multiple sclerosis": what the drug is for, not how it did in other diseases
            evidence = [e for e in evidence if e.where.startswith("drug ")]
        wanted = wanted_words(q)
        in_fields = {e.text for e in evidence}  # what the intent's own fields say, before lines found by words
        also: list[Evidence] = []
        # the question's own words (not their synonyms), less those of an intent found ("interact", "eat")
        own = [w for w in wanted if w in set(terms(q.text))
               and not any(signals_intent(i, w) or replies(i, w) for i in q.intents)]
        if not evidence:  # nothing maps to the question's intent: search every statement of the named pages, and
            # keep only those holding a word the question asks about ("drive after FOLFOX" is not about infusions)
            evidence = self._focus(q, self.statements.search(q, holding=wanted), searched=True) if wanted else []
        elif own and not any(match_count(e.text, own) for e in evidence):
            # the intent's fields say nothing on the words asked ("so much iv fluid with cisplatin"): add the named
            # pages' statements that do
            seen = {e.text for e in evidence}
            found = self.statements.search(q, k=MAX_ADDED)
            evidence += [e for e in self._focus(q, found, searched=True) if match_count(e.text, own) and e.text not in seen]
        else:
            also = self._also_holding(q, own, evidence)  # shown below the reply, which they do not choose
        if "interactions" in q.intents and (asked := self._medicines_asked(q)):
            # "warfarin with Xeloda?": what else the named pages say of warfarin (INR checked more often, bleeding)
            # (read off the named pages by those words alone: "Coumadin" shares no word with "bleeding with warfarin")
            seen = {e.text for e in evidence}
            found = self.statements.most_holding(q, asked, 1, seen)[:MAX_ADDED]
            evidence += [e for e in self._focus(q, found, searched=True) if e.text not in seen]
        if len(q.drugs) == 2 and not q.regimens:
            # "can she take Arimidex with tamoxifen?": when the intent's fields say nothing of the other drug (what
            # each drug is), what each page does say of it
            # (asked about taking them together, a line found by the question's words, "taken together with ...",
            # is no rule for the pair)
            naming = self._each_naming_the_other(q)
            if not {e.text for e in naming} & (in_fields if "interactions" in q.intents else {e.text for e in evidence}):
                named = {e.text for e in naming}
                evidence = [*naming, *(e for e in evidence if e.text not in named)]
        evidence = without_low_count(q, evidence)  # "my white count is up": no line on a low count
        direct = reply_kept(q, direct_reply(self.kb, q, evidence))
        if symptom is None and (lead := self._lead(q, direct)) is not None:  # the rule's pick follows as support
            evidence = [direct, *(e for e in evidence if e.text != direct.text)] if direct else evidence
            direct = lead
        if (prevents := prevention_lead(self.kb, q, direct)) is not None:  # "never had it, to lower my risk"
            evidence = [direct, *(e for e in evidence if e.text != direct.text)] if direct else evidence
            direct = prevents
        if symptom is None and (line := cancer_line(self.kb, q, direct)) is not None:  # "sweaty after he eats"
            evidence = [direct, *(e for e in evidence if e.text != direct.text)] if direct else evidence
            direct = line
        if (in_form := in_form_asked(self.statements, q, direct, evidence)) is not None:  # "the capsules", not the drip
            direct = in_form
        # "why the blood pressure and the urine test?": the reason for each test asked, not for one alone
        direct, reasons = reasons_for_tests(self.kb, q, direct, {x.text for x in evidence})
        evidence = self._on_the_cancer_asked(q, evidence)
        # "radiation and Temodar next, how long do people live with this?": the cancer's outlook, before the plan's
        outlook = [e for e in outlook_beside(self.kb, q) if e.text not in {x.text for x in evidence}]
        evidence = [*outlook, *reasons, *evidence]
        evidence += also
        evidence += self._ranked(q, evidence, direct)
        evidence += [e for e in guarded(self.kb, q) if e.text not in {x.text for x in evidence}]
        if direct is not None:
            seen = {e.text for e in evidence}
            evidence += [e for e in faqs_beside(self.kb, q, direct) if e.text not in seen]
        evidence += faqs_near(self.kb, q, {e.text for e in evidence} | ({direct.text} if direct else set()))
        if direct is not None and direct.where.startswith("glossary "):
            direct = short_said(self.kb, q, direct)  # "EIN" asked: what it stands for, beside the word's meaning
            evidence = self._on_term(q, direct.where.removeprefix("glossary "), evidence)
            evidence += [e for e in other_words_meant(self.kb, q, direct) if e.text not in {x.text for x in evidence}]
            if (meaning := meaning_under(self.kb, direct)) is not None:  # "which pills are CDK4/6 inhibitors?"
                evidence = [meaning, *(e for e in evidence if e.text != meaning.text)]
        evidence += explaining(self.kb, q, [*([direct] if direct else []), *evidence])  # why "Bactrim" beside Polivy
        if (marker := marker_drugs(self.kb, q)) is not None:  # "MSI-high on my colon cancer report": the drugs it opens
            evidence.insert(0, marker)
        claims = self.statements.website_claims(q, evidence)
        evidence = [e for e in evidence if not self._website_only(e)]
        evidence += [e for e in self._trials(q) if e.text not in {x.text for x in evidence}]
        evidence = [e for e in evidence if not direct or not repeats(e.text, direct.text)]  # never repeat the reply
        passages, search_note = self._passages(q)

        if about_what_we_lack(q):  # "Halaven for her breast cancer, how often?": declined (lacked.py)
            direct = next(iter(words_asked(q, [direct] if direct else [])), None)
        direct_out = [Cited(text=direct.text, refs=numbering.cite(direct.cite), where=direct.where)] if direct else []
        evidence = without_low_count(q, [*evidence, *passages])  # label passages join the guidelines, article
        # passages the research; lines added since the reply was chosen say nothing of a low count either
        if about_what_we_lack(q):
            evidence = words_asked(q, self._none_on_other_drugs(evidence))
        evidence = asked_form_first(self.statements, q, evidence)
        guidelines = self._groups(q, [e for e in evidence if self._kind(e) == "guideline"], numbering)
        research = self._groups(q, [e for e in evidence if self._kind(e) == "research"], numbering)
        disagreements = self._disagreements(q, direct, evidence, claims, numbering)
        see_also = self._see_also(q, direct)
        if q.personal:
            notices.append(Notice(level="ask_team", text=ASK_TEAM_TEXT))
        # "Is Lenvima used for thyroid cancer?" answered from a use with no page of its own is covered after all
        said = set(terms(direct.text)) if direct else set()
        said |= {w for s in q.regimens for w in terms(self.kb.regimens[s].name)}  # "BR for slow-growing lymphoma"
        missing = "".join(f" oncoguide does not cover {name} yet." for name in
                          [*q.unknown_drugs, *(c for c in q.unknown_cancers if not set(terms(c)) <= said)])
        missing += "".join(f" oncoguide's sources do not cover {name}." for name in q.unknown_conditions)
        if not (direct_out or guidelines or research) and symptom is None:  # the symptom rules did answer
            notices.append(Notice(level="no_answer",
                                  text=NO_ANSWER_TEXT + missing + (NEAREST_TEXT if see_also else ASK_TEXT)))
        elif missing:
            notices.append(Notice(level="no_answer", text=missing.strip() + NOT_COVERED_TEXT))
        elif unnamed := self._unmentioned(q, [*direct_out, *(i for g in guidelines for i in g.items)]):
            notices.append(Notice(level="no_answer", text=UNMENTIONED_TEXT.format(
                what=" or ".join(unnamed), drug=" or ".join(self.kb.drugs[s].generic_name for s in q.drugs))))
        elif symptom is None and symptom_unlisted(self.kb, q) and self._from_combinations(
                q, [*direct_out, *(i for g in (*guidelines, *research) for i in g.items)]):
            notices.append(Notice(level="no_answer", text=UNLISTED_TEXT.format(drug=self.kb.drugs[q.drugs[0]].generic_name)))
        return Answer(question=q.asked or q.text, drugs=q.drugs, cancers=q.cancers, intents=q.intents, notices=notices,
                      direct=direct_out, guidelines=guidelines, research=research, disagreements=disagreements,
                      references=numbering.references(), see_also=see_also, search_note=search_note)

    def _also_holding(self, q: Question, own: list[str], evidence: list[Evidence]) -> list[Evidence]:
        """Lines of the named pages holding as many of the words asked as the intent's fields do ("heart monitoring
        on Tagrisso": the heart tracing line, and also the weak heart muscle the tests watch for). Not for a word of
        when or how much ("Kyprolis once a week, what dose?"), nor for a medicine asked about with ours (its own
        rule is searched for); for a question a schedule answers, only lines holding more of the words asked."""
        topic = [w for w in own if w not in SCHEDULE_WORDS]
        if not topic or "interactions" in q.intents:
            return []
        held = max(match_count(e.text, topic) for e in evidence)
        most = held + 1 if ASKS_WHEN & set(q.intents) else max(1, held)
        found = self.statements.most_holding(q, topic, most, skip={e.text for e in evidence})
        return self._focus(q, found, searched=True)[:MAX_ADDED]

    def _on_the_cancer_asked(self, q: Question, evidence: list[Evidence]) -> list[Evidence]:
        """For a question on a cancer alone, its page's statements holding more of the question's own words first
        ("can he live normally with one kidney?": the line on living with one kidney), page order otherwise: only
        so many are shown under each heading, and those should be the ones on what was asked."""
        if not q.cancers or q.drugs or q.regimens:
            return evidence
        named = set(q.entity_words)
        own = [w for w in wanted_words(q) if w in set(terms(q.text)) and w not in named]
        if not own:
            return evidence
        return sorted(evidence, key=lambda e: -match_count(e.text, own) if e.where.startswith("cancer ") else 0)

    def _ranked(self, q: Question, evidence: list[Evidence], direct: Evidence | None) -> list[Evidence]:
        """The named pages' statements the learned ranking puts first and above its threshold, when the intent's
        fields did not already show them: what no intent rule reaches ("where do I keep the pills?" asked in
        words no pattern knows). Not for a medicine asked about with ours: its own rule is searched for, and a line
        of the page that never names it is no answer ("Eliquis with my Faslodex shots?")."""
        if self.ranker is None or not adds_to(q):
            return []
        skip = {e.text for e in evidence} | ({direct.text} if direct else set())
        found = self._focus(q, self.ranker.best(q, MAX_RANKED, skip), searched=True)
        return [e for e in found if not (direct and repeats(e.text, direct.text)) and not for_organs_not_asked(e, q)]

    def _lead(self, q: Question, direct: Evidence | None) -> Evidence | None:
        """The named pages' statement that should lead instead of the intent rule's reply (lead.py), if any: only
        one about what the question names."""
        if self.ranker is None or direct is None or (top := leading(self.ranker, q, direct)) is None:
            return None
        if about_another(self.kb, q, top.where, top.text):
            return None  # "take the revlimid, and why?" on DRd: not dex's morning dose over the reply on Revlimid
        return next((e for e in self._focus(q, [top], searched=True) if not for_organs_not_asked(e, q)), None)

    def _each_naming_the_other(self, q: Question) -> list[Evidence]:
        """The statements of each of two drugs' pages that name the other drug, by any of its names: its rules on
        taking them together first, then, when taking them together is asked, its lines on how to take them ("do not
        take it at the same time as dexamethasone"), before lines that name the other drug only as what a trial gave
        beside it."""
        out: list[Evidence] = []
        for a, b in (q.drugs, q.drugs[::-1]):
            other = findable_names(self.kb.drugs[b])
            out += [e for e in self.statements.naming(f"drug {a}", other) if e.text not in {x.text for x in out}]
        rules = {i.text for d in q.drugs for i in self.kb.drugs[d].interactions}
        # (asked why or what one does for the other, "why mesna with ifosfamide?", its own order stands)
        taking = {i.text for d in q.drugs for i in self.kb.drugs[d].administration} \
            if "interactions" in q.intents else set()
        return sorted(out, key=lambda e: (e.text not in rules, e.text not in taking))

    def _none_on_other_drugs(self, evidence: list[Evidence]) -> list[Evidence]:
        """For a medicine we do not cover, asked with nothing we cover but a cancer ("sotorasib starting dose for lung
        cancer"): only lines that are about no medicine, never the doses or side effects of the cancer's other drugs,
        which a frightened reader could take for those of their own, nor a cancer page's lines on its medicines in
        general ("targeted pills that block KRAS G12C" under "how does Xalkori work?"). What a word means may still
        be said."""
        return [e for e in evidence if e.passage_ref is None and not e.where.startswith(("drug ", "regimen "))
                and not self._drugs_in(e.text) and not (e.where.startswith("cancer ") and MEDICINES_SAID.search(e.text))]

    def _medicines_asked(self, q: Question) -> list[str]:
        """The words by which a question names the everyday medicines it asks to take with ours ("warfarin"), and
        their other names, by which the pages may name them ("Coumadin" asked: the pages say "warfarin")."""
        names = names_of(self.kb, q.text)
        return names if set(asked_with(q)) & {w for n in names for w in terms(n)} else []

    def _on_term(self, q: Question, slug: str, evidence: list[Evidence]) -> list[Evidence]:
        """Under a word's definition, only the statements that say that word: what MDS is does not explain "what
        does de novo mean?", nor Darzalex's infusion reactions "what is CD38?"."""
        term = self.kb.glossary[slug]
        named = set(q.entity_words)
        words = [w for n in (term.term, *term.aliases) for w in terms(n) if len(w) >= 3 and w not in named]
        return [e for e in evidence if words and match_count(e.text, words)]

    def _unmentioned(self, q: Question, shown: list[Cited]) -> list[str]:
        """What a question about another medicine names that no page uses and no shown statement holds ("can I
        take Revlimid with metformin?"): the rules shown are about other medicines, and the reader should know."""
        if "interactions" not in q.intents or not q.drugs or only_offered(q.text.lower()):
            return []  # ("my gyn offered me estrogen cream": no word of it names a medicine to look for)
        text = " ".join(i.text for i in shown).lower()
        # "omeprazole" is a proton pump inhibitor to the synonym table, and the rule shown says so
        covered = {w for p in phrases(q.text) if any(m in text for m in meanings([p])) for w in terms(p)}
        # a word no page uses ("metformin"), or a thing the interaction rules are asked about ("alcohol")
        # "Eliquis": the blood thinner rule is shown; "Coumadin": a line naming it as "warfarin" is
        names = names_of(self.kb, q.text)
        if any(k in text for k in kinds_of(self.kb, q.text)) or any(whole_word(n).search(text) for n in names):
            covered |= {w for n in names for w in terms(n)}
        found = [w for w in asked_with(q) if w not in covered and w not in text
                 and (not known_word(self.kb, w) or signals_intent("interactions", w))]
        return [m[0] for w in found if (m := re.search(rf"\b{re.escape(w)}\b", q.text, re.I))]  # as the reader wrote it

    def _from_combinations(self, q: Question, shown: list[Cited]) -> bool:
        """Whether a shown item comes from the page of a plan that adds other drugs to those asked about."""
        pages = {w.split(":")[0].removeprefix("regimen ") for i in shown if (w := i.where or "").startswith("regimen ")}
        return any(set(self.kb.regimens[p].drugs) - set(q.drugs) for p in pages if p in self.kb.regimens)

    def _kind(self, e: Evidence) -> str:
        if e.passage_ref is not None:
            return "guideline" if e.passage_ref.kind == "fda_label" else "research"
        kinds = {self.kb.sources[c.source].kind.value for c in e.cite if c.source in self.kb.sources}
        if "research" in kinds and TRIAL.search(e.text):
            return "research"  # a trial's result belongs under From the Research, whatever else it cites
        return "guideline" if kinds & GUIDELINE_KINDS else "research"

    def _website_only(self, e: Evidence) -> bool:
        kinds = {self.kb.sources[c.source].kind.value for c in e.cite if c.source in self.kb.sources}
        return kinds == {"website"}

    def _allowed(self, q: Question) -> set[str]:
        """The drugs a statement may be about: those named, the treatment said to come before them ("Cabometyx after
        Nexavar": a line on use after sorafenib), and the components of a named regimen."""
        allowed = set(q.drugs) | set(q.past_drugs)
        for slug in q.regimens:
            allowed |= set(self.kb.regimens[slug].drugs)
        return allowed

    def _drugs_in(self, text: str) -> set[str]:
        """The drugs of the knowledge base a text names (by any name, spelled right)."""
        return set(names(self.kb).drugs.find(norm(text).split(), fuzzy=False))

    def _focus(self, q: Question, items: list[Evidence], searched: bool = False) -> list[Evidence]:
        """Only statements about what the question names: a statement from a page it did not name (a regimen of
        the drug asked about) is left out when it names another drug. Found by its words for a question on a drug
        ("stay in hospital when I start Blincyto for ALL?"), a cancer page's statement must name that drug: the
        cancer's other treatments (ALL's induction chemo) do not answer it."""
        allowed = self._allowed(q)
        if not allowed:
            return items
        if searched:
            items = [e for e in items if not e.where.startswith("cancer ") or self._drugs_in(e.text) & allowed]
            # a drug's use for another cancer than the one named is about that cancer ("MSI-high colorectal cancer"
            # does not say which endometrial cancers Keytruda with Lenvima is for)
            items = [e for e in items if not (q.cancers and e.cancer and e.cancer not in q.cancers)]
        named = {f"drug {s}" for s in q.drugs} | {f"regimen {s}" for s in q.regimens}
        return [e for e in items if e.where.split(":")[0] in named or e.passage_ref is not None
                or self._drugs_in(_SCHEDULE_PREFIX.sub("", e.text)) <= allowed]

    def _quote_on_topic(self, q: Question, quote: str) -> bool:
        """Whether the sentences quoted from a passage are about what was asked: a quote that names drugs names one
        asked about. An abstract on carfilzomib that names lenalidomide once (as an earlier treatment) may quote
        "Carfilzomib caused neutropenia in 30%." for "does lenalidomide cause neutropenia?": that is left out."""
        allowed = self._allowed(q)
        found = self._drugs_in(quote)
        return not allowed or not found or bool(found & allowed)

    def _trials(self, q: Question) -> list[Evidence]:
        """Trial results the regimen pages cite for what was asked (From the Research): the regimen meant, or when
        how well a drug works is asked, the regimens of that drug alone (a combination's result is about other
        drugs too). What a drug is for is said by its own page: a trial of one plan that uses it does not answer
        "what is rituximab used for?"."""
        only_named = bool(q.regimens) and not q.intents and not wanted_words(q)  # "R-CHOP?", not "a tattoo on R-CHOP?"
        if not (only_named or set(TRIAL_INTENTS) & set(q.intents)) or q.unknown_conditions:
            return []
        regimen = regimen_for(self.kb, q)
        if regimen is not None and not adds_drugs(regimen, q):
            regimens = [regimen]  # a plan asked about; not one that adds drugs to those asked ("mesna with ifosfamide")
        elif len(q.drugs) == 1 and "results" in q.intents:
            regimens = own_plans(self.kb.regimens_with_drug(q.drugs[0]), q.drugs)
        else:
            return []
        out = []
        for r in regimens:
            for item in cited_items(r):
                text = item_text(item)
                kinds = {self.kb.sources[c.source].kind.value for c in item.cite if c.source in self.kb.sources}
                if "research" in kinds and TRIAL.search(text):
                    shown = text if r.slug in q.regimens else f"{r.name}: {text}"  # which regimen the result is for
                    out.append(Evidence(text=shown, cite=list(item.cite), topic="research", where=f"regimen {r.slug}"))
        return self._focus(q, out)[:MAX_TRIALS]

    def _groups(self, q: Question, items: list[Evidence], numbering: Numbering) -> list[Group]:
        topics: dict[str, list[Cited]] = {}
        for e in items:
            bucket = topics.setdefault(e.topic, [])
            if len(bucket) < MAX_ITEMS_PER_TOPIC:
                bucket.append(Cited(text=e.text, refs=numbering.cite(e.cite, e.passage_ref),
                                    origin=e.origin, where=e.where))
        several = len(topics) > 1
        return [Group(heading=HEADINGS.get(t, t) if several else None, items=cs) for t, cs in topics.items()]

    def _disagreements(self, q: Question, direct: Evidence | None, evidence: list[Evidence], claims: list[Evidence],
                       numbering: Numbering) -> list[Disagreement]:
        """A patient website against the sources, each side cited; the reply above is never repeated here.

        Only a statement that says what a website says against another source is a disagreement ("One patient
        website calls lenalidomide a chemotherapy regimen. The FDA label does not."); a statement that merely
        cites a maker's or patient site among its sources agrees with them, and may be the reply itself."""
        if not claims or not (direct or evidence):
            return []
        topic = set(q.subject_terms)
        relevant = [c for c in claims if topic & set(terms(c.text)) and WEBSITE_SIDE.search(c.text)
                    and not (direct and c.text in direct.text)]
        lead = direct or evidence[0]
        other = next((e for e in evidence if e.topic == lead.topic and e.text != lead.text and e.passage_ref is None
                      and self._kind(e) == "guideline"), None)
        out = []
        for claim in relevant:
            sides = [lead] if direct is None else [other] if other is not None else []
            out.append(Disagreement(topic=HEADINGS.get(lead.topic, lead.topic), claims=[
                Cited(text=e.text, refs=numbering.cite(e.cite, e.passage_ref), where=e.where) for e in [*sides, claim]]))
        return out

    def _passages(self, q: Question) -> tuple[list[Evidence], str | None]:
        """Quotes from the stored passages, and what to say about how they were searched (search_note)."""
        names = [n.lower() for s in q.drugs for n in self.kb.drugs[s].names]
        names += [n.lower() for s in q.cancers for n in cancer_names(self.kb.cancers[s]) if len(n) > 3]
        if self.passages is None or not names:  # quote sources only about the drug or cancer asked about
            return [], None
        words = [*q.topic_terms, *[self.kb.drugs[s].generic_name.lower() for s in q.drugs]]
        about = symptom_words(q)
        out: list[Evidence] = []
        for p in self.passages.search(list(dict.fromkeys(words)), k=20, text=q.text):
            text = p.text.lower()
            if not any(n in text for n in names) or 2 * match_count(text, about) < len(about):
                continue  # only passages on what was named and on at least half of what was asked
            if p.source.kind == "fda_label" and not any(n in p.source.citation.lower() for n in names):
                continue  # another drug's label that mentions ours in passing
            quote = best_sentences(p.text, q.topic_terms)
            if not self._quote_on_topic(q, quote):
                continue  # the sentences quoted are about another drug
            topic = q.intents[0] if len(q.intents) == 1 else "other"
            out.append(Evidence(text=quote, cite=[], topic=topic if q.intents else "other", where=p.source.id,
                                origin="passage", passage_ref=p.source))
            if len(out) == 3:
                break
        return out, meaning_note(*self.passages.searched_by_meaning)

    def _see_also(self, q: Question, direct: Evidence | None = None) -> list[PageLink]:
        links = [PageLink(kind="drug", slug=s, title=self.kb.drugs[s].title) for s in q.drugs]
        links += [PageLink(kind="regimen", slug=s, title=self.kb.regimens[s].name) for s in q.regimens]
        links += [PageLink(kind="cancer", slug=s, title=self.kb.cancers[s].name) for s in q.cancers]
        if "uses" in q.intents and q.cancers and not (q.drugs or q.regimens):  # "treatments for CLL": its regimens
            links += [PageLink(kind="regimen", slug=r.slug, title=r.name) for r in self.kb.regimens_for_cancer(q.cancers[0])]
        index = names(self.kb)
        for word in q.unknown_drugs:  # a drug we do not cover: ours of its kind, as its name's stem says
            links += [PageLink(kind="drug", slug=s, title=self.kb.drugs[s].title) for s in same_kind(self.kb, word, q.cancers)]
        for name in q.unknown_cancers:  # a cancer we do not cover: the cancer types with the closest names
            links += [PageLink(kind="cancer", slug=s, title=self.kb.cancers[s].name)
                      for s in index.cancers.nearest(name)]
        meaning = direct if direct is not None and direct.where.startswith("glossary ") else None
        if not links and meaning is not None:
            # a word's meaning: the pages it names ("what is an IMiD?": lenalidomide ...), not pages sharing its words
            said = norm(meaning.text).split()
            links += [PageLink(kind="drug", slug=s, title=self.kb.drugs[s].title)
                      for s in index.drugs.find(said, fuzzy=False)]
            # (our own text: "chemo hits all cells" and "all over the body" name no ALL)
            found = index.cancers.find(said, fuzzy=False)
            links += [PageLink(kind="cancer", slug=s, title=self.kb.cancers[s].name)
                      for s in named_not_said(self.kb, meaning.text, found, curated=True)]
        if not links and meaning is None:  # nothing named: the pages whose names or side effects match the question's
            # words (not beside a word's meaning: "hair ... after chemo" is no question about ovarian cancer)
            for word in [*q.medical_terms, *q.subject_terms]:
                for hit in search_pages(self.kb, word, limit=5):
                    if hit.page.kind in ("drug", "regimen", "cancer") and hit.page.slug and hit.score >= SEE_ALSO_SCORE:
                        links.append(PageLink(kind=hit.page.kind, slug=hit.page.slug, title=hit.page.title))
        return list({(link.kind, link.slug): link for link in links}.values())[:MAX_SEE_ALSO]


# A cancer page's line on its medicines in general: under a medicine we do not cover, it reads as that medicine's.
MEDICINES_SAID = re.compile(r"\b(pills?|tablets?|capsules?|medicines?|medications?|drugs?|targeted|chemo\w*|"
                            r"immunotherapy|infusions?|injections?|shots?|doses?)\b", re.I)


def _of_the_cancer(q: Question) -> Question:
    """A question on a cancer alone that no intent reads ("my husband never smoked but has throat cancer in his
    tonsil, how"): its page's lines on the cancer are gathered, as for "what is ...?", rather than none; the first
    line is still chosen by the question's words ("is MCL a slow or fast one?": "MCL can grow fast")."""
    if q.cancers and not (q.intents or q.drugs or q.regimens or q.unknown_drugs or q.unknown_conditions) \
            and "definition" not in spot(q.text.lower()):  # "what is the best diet for MDS?" asks what it does not say
        return replace(q, intents=["definition"])
    return q


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\[])")


def best_sentences(text: str, words: list[str], n: int = 2) -> str:
    """The n sentences of a passage that share most words with the question, in their original order."""
    sentences = [s.strip() for s in _SENTENCE.split(text.replace("\n", " ")) if s.strip()]
    if len(sentences) <= n:
        return " ".join(sentences)
    wanted = set(words)
    scored = sorted(range(len(sentences)), key=lambda i: (-len(wanted & set(terms(sentences[i]))), i))[:n]
    return " ".join(sentences[i] for i in sorted(scored))


def answer_question(kb: KnowledgeBase, text: str, passages: PassageSearch | None = None) -> Answer:
    """Answer one question (builds the statement index; reuse a Composer for many questions)."""
    return Composer(kb, passages).answer(text)
