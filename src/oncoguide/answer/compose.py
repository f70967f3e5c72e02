"""Compose an answer from evidence: safety first, a direct reply, cited sections, disagreements, references."""

from __future__ import annotations

import re

from ..content.lookup import cancer_names
from ..model import Answer, Cited, Disagreement, Group, KnowledgeBase, Notice, PageLink, cited_items
from ..search.pages import search_pages
from ..search.text import terms
from .evidence import Evidence, PassageSearch, StatementSearch, curated, match_count, symptom_words
from .references import Numbering
from .intents import HEADINGS
from .understand import Question, understand

EMERGENCY_TEXT = ("If you have this now, call your care team right away. For chest pain, trouble breathing, "
                  "heavy bleeding or fainting, call emergency services (911 in the US) now.")
ASK_TEAM_TEXT = ("This is a decision for you and your care team. Below is what the sources say, "
                 "not advice for you: ask your care team before you change anything.")
NO_ANSWER_TEXT = "oncoguide's sources do not answer this question, so we will not guess."
NEAREST_TEXT = " These pages may be the nearest help, and your care team can answer it for you."
ASK_TEXT = " Your care team can answer it for you."
GUIDELINE_KINDS = {"fda_label", "guideline", "reference", "curated"}
MAX_ITEMS_PER_TOPIC = 8


# One-intent questions that the first statement of a drug page's field settles: intent -> (field, whether the
# statement must name the drug to read as a reply on its own; "It may harm an unborn baby" would not).
DIRECT_FIELDS = {"blood_donation": ("blood_donation", False), "uses": ("summary", True),
                 "pregnancy": ("pregnancy", True)}


class Composer:
    """Answers questions over one knowledge base (and, optionally, the ingested passages)."""

    def __init__(self, kb: KnowledgeBase, passages: PassageSearch | None = None):
        self.kb = kb
        self.passages = passages
        self.statements = StatementSearch(kb)

    def answer(self, text: str) -> Answer:
        """A checked-by-construction answer; InputError for a question we cannot take."""
        q = understand(self.kb, text)
        numbering = Numbering(self.kb)
        evidence = curated(self.kb, q)
        direct = self._direct(q)
        if not evidence and direct is None:  # nothing maps to the question's intent: search every statement
            evidence = self.statements.search(q)
        claims = self.statements.website_claims(q)
        evidence = [e for e in evidence if not self._website_only(e)]
        evidence = [e for e in evidence if not direct or not (e.where == direct.where and direct.text.endswith(e.text))]
        passages = self._passages(q)

        direct_out = [Cited(text=direct.text, refs=numbering.cite(direct.cite), where=direct.where)] if direct else []
        evidence += passages  # label passages join the guidelines, article passages the research
        guidelines = self._groups(q, [e for e in evidence if self._kind(e) == "guideline"], numbering)
        research = self._groups(q, [e for e in evidence if self._kind(e) == "research"], numbering)
        disagreements = self._disagreements(q, direct or next(iter(evidence), None), claims, numbering)
        see_also = self._see_also(q)
        notices = []
        if q.emergency:
            notices.append(Notice(level="emergency", text=EMERGENCY_TEXT))
        if q.personal:
            notices.append(Notice(level="ask_team", text=ASK_TEAM_TEXT))
        if not (direct_out or guidelines or research):
            missing = "".join(f" oncoguide does not cover {name} yet." for name in q.unknown_cancers)
            notices.append(Notice(level="no_answer",
                                  text=NO_ANSWER_TEXT + missing + (NEAREST_TEXT if see_also else ASK_TEXT)))
        return Answer(question=q.text, drugs=q.drugs, cancers=q.cancers, intents=q.intents, notices=notices,
                      direct=direct_out, guidelines=guidelines, research=research, disagreements=disagreements,
                      references=numbering.references(), see_also=see_also)

    def _kind(self, e: Evidence) -> str:
        if e.passage_ref is not None:
            return "guideline" if e.passage_ref.kind == "fda_label" else "research"
        kinds = {self.kb.sources[c.source].kind.value for c in e.cite if c.source in self.kb.sources}
        return "guideline" if kinds & GUIDELINE_KINDS else "research"

    def _website_only(self, e: Evidence) -> bool:
        kinds = {self.kb.sources[c.source].kind.value for c in e.cite if c.source in self.kb.sources}
        return kinds == {"website"}

    def _direct(self, q: Question) -> Evidence | None:
        """A short reply when one curated statement settles the question."""
        if len(q.drugs) != 1:
            return None
        drug = self.kb.drugs[q.drugs[0]]
        where = f"drug {drug.slug}"
        if "classification" in q.intents and re.search(r"\bchemo", q.text.lower()):
            c = drug.chemotherapy
            yes_no = "Yes." if c.traditional else "No."
            text = c.text if c.text.lower().startswith(yes_no.lower()[:-1]) else f"{yes_no} {c.text}"
            return Evidence(text=text, cite=list(c.cite), topic="classification", where=f"{where}: chemotherapy")
        if "missed_dose" in q.intents and drug.missed_dose:
            m = drug.missed_dose
            return Evidence(text=m.text, cite=list(m.cite), topic="missed_dose", where=f"{where}: missed_dose")
        if len(q.intents) == 1 and q.intents[0] in DIRECT_FIELDS:
            name, must_name = DIRECT_FIELDS[q.intents[0]]
            value = getattr(drug, name)
            first = next(iter(cited_items(value)), None) if value is not None else None
            if first is not None and (not must_name or drug.generic_name.lower() in first.text.lower()):
                return Evidence(text=first.text, cite=list(first.cite), topic=q.intents[0], where=f"{where}: {name}")
        return None

    def _groups(self, q: Question, items: list[Evidence], numbering: Numbering) -> list[Group]:
        topics: dict[str, list[Cited]] = {}
        for e in items:
            bucket = topics.setdefault(e.topic, [])
            if len(bucket) < MAX_ITEMS_PER_TOPIC:
                bucket.append(Cited(text=e.text, refs=numbering.cite(e.cite, e.passage_ref),
                                    origin=e.origin, where=e.where))
        several = len(topics) > 1
        return [Group(heading=HEADINGS.get(t, t) if several else None, items=cs) for t, cs in topics.items()]

    def _disagreements(self, q: Question, authority: Evidence | None, claims: list[Evidence],
                       numbering: Numbering) -> list[Disagreement]:
        if authority is None or not claims:
            return []
        topic = set(q.subject_terms)
        relevant = [c for c in claims if topic & set(terms(c.text))]
        out = []
        for claim in relevant:
            out.append(Disagreement(topic=HEADINGS.get(authority.topic, authority.topic), claims=[
                Cited(text=authority.text, refs=numbering.cite(authority.cite, authority.passage_ref), where=authority.where),
                Cited(text=claim.text, refs=numbering.cite(claim.cite), where=claim.where),
            ]))
        return out

    def _passages(self, q: Question) -> list[Evidence]:
        names = [n.lower() for s in q.drugs for n in self.kb.drugs[s].names]
        names += [n.lower() for s in q.cancers for n in cancer_names(self.kb.cancers[s]) if len(n) > 3]
        if self.passages is None or not names:  # quote sources only about the drug or cancer asked about
            return []
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
            topic = q.intents[0] if len(q.intents) == 1 else "other"
            out.append(Evidence(text=quote, cite=[], topic=topic if q.intents else "other", where=p.source.id,
                                origin="passage", passage_ref=p.source))
            if len(out) == 3:
                break
        return out

    def _see_also(self, q: Question) -> list[PageLink]:
        links = [PageLink(kind="drug", slug=s, title=self.kb.drugs[s].title) for s in q.drugs]
        links += [PageLink(kind="regimen", slug=s, title=self.kb.regimens[s].name) for s in q.regimens]
        links += [PageLink(kind="cancer", slug=s, title=self.kb.cancers[s].name) for s in q.cancers]
        if not links:  # nothing named: the pages whose names or side effects match the question's words
            for word in [*q.medical_terms, *q.subject_terms]:
                for hit in search_pages(self.kb, word, limit=5):
                    if hit.page.kind in ("drug", "regimen", "cancer") and hit.page.slug and hit.score >= 0.5:
                        links.append(PageLink(kind=hit.page.kind, slug=hit.page.slug, title=hit.page.title))
        return list({(l.kind, l.slug): l for l in links}.values())[:5]


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
