"""Answer quality on held-out questions written without reading the knowledge base, beside the tuned sets.

    .venv/bin/python benchmarks/heldout_answers.py [--show] [--questions FILE] [--about-file NAMES]

`--about-file NAMES` scores only the held-out questions whose `about` names a slug listed in NAMES (a names list in
the notes/names.txt format, e.g. notes/s18/newnames.txt): the figures for the pages added since the set was written.

Each question of heldout_questions.yaml is `{q, facts, about}`: a fact is a case-insensitive substring a correct
answer must show, or a list of alternatives of which one must show; `about` lists the slugs the question names.
Facts are matched (after `normalise`) against what the answer shows as evidence (notices, direct reply,
guideline, research and disagreement items), never the echoed question or the reference list.

Rows: the held-out set, then kb_questions.yaml (the set the answer code was tuned on, the baseline) and
kb_questions_heldout.yaml (facts as plain strings there). Columns: share with every key fact, share whose first
line (the direct reply, else the first guideline item) holds at least one key fact, share with zero citation
defects, share holding an item about a drug or regimen the question did not name, p50 latency.

Off-topic rule: an item's subject is the drug, regimen or cancer type whose page its `where` names; a glossary
definition is about its word, no drug or regimen; an item whose `where` names no page (a quoted label or PubMed
passage) takes as subjects the drugs and regimens whose generic, brand or full names its text holds. It is
off-topic when it has subjects and none of them was named. One drug's line of a plan (`where` is
`regimen <plan>: schedules: <drug>`, e.g. "In Pd: pomalidomide 4 mg by mouth on days 1 to 21") is about that
drug when its words, less the labels saying which plan, schedule and phase it is from, name that drug and no other
drug or regimen: "Pomalyst dose?" is answered by Pomalyst's line of Pd, not by Pd. Named = `about` + the drugs (by any of their names),
regimens and cancer types the question's own words name ("regular taxol" names paclitaxel where `about` forgot
it) + the components of a named regimen + the regimens made only of named drugs (a drug's single-drug plans:
"how much ibrutinib?" may be answered from the ibrutinib plan) + the regimens of a named cancer type and their
components (a question about CML may fairly show imatinib). A second, lenient column also accepts an item from a
regimen that contains a named drug (the Pd schedule for "Pomalyst dose?").

Targets: >= 95% all facts, 100% zero defects, <= 2% off-topic.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from oncoguide.answer import Composer, check
from oncoguide.answer.evidence import component_of
from oncoguide.answer.text import render_text
from oncoguide.content import load
from oncoguide.content.lookup import cancer_names
from oncoguide.model import Answer, Cited, KnowledgeBase, Regimen
from oncoguide.search.text import STOPWORDS
from oncoguide.settings import CHECKOUT_CONTENT

HERE = Path(__file__).parent
SETS = [("held-out (this file's set)", HERE / "heldout_questions.yaml"),
        ("kb_questions (tuned, baseline)", HERE / "kb_questions.yaml"),
        ("kb_questions_heldout", HERE / "kb_questions_heldout.yaml")]
TARGETS = {"facts": 0.95, "clean": 1.0, "off_topic": 0.02}


def normalise(text: str) -> str:
    """Lower-case; one kind of space and dash; `25mg` -> `25 mg`; `98 in 100`, `98 out of 100`, `98 percent`,
    `98 %` -> `98%`; `1 to 21`, `1 through 21`, `1–21` -> `1-21`.

    Applied to facts and answers alike, so a fact is matched on its wording, not on typography.
    """
    text = re.sub(r"[\u00a0\u2009\u202f\s]+", " ", text.lower())
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"(\d)\s*(mg|mcg|g|ml|kg)\b", r"\1 \2", text)
    text = re.sub(r"(\d)\s*(?:%|percent\b)", r"\1%", text)
    text = re.sub(r"(\d) (?:out of|in|of) (?:every )?100\b(?![,.]?\d)", r"\1%", text)
    return re.sub(r"(\d+)\s*(?:-|to|through)\s*(\d+)", r"\1-\2", text)


def shown_text(answer: Answer) -> str:
    """What the answer shows as evidence: notices and cited items, not the question and not the references."""
    return normalise(" ".join([*(n.text for n in answer.notices), *(i.text for i in answer.cited())]))


def first_line(answer: Answer) -> str:
    """What the reader sees first as the answer: the direct reply, else the first guideline item, else (an answer
    with neither) the notice saying what oncoguide does not cover, which is then the whole reply. Safety and
    ask-your-team notices are never the first line: they stand above every answer of their kind."""
    items = answer.direct or [i for g in answer.guidelines for i in g.items][:1]
    if not items:
        items = [n for n in answer.notices if n.level == "no_answer"][:1]
    return normalise(" ".join(i.text for i in items))


def first_holds_a_fact(facts: list, answer: Answer) -> bool:
    """Whether the first line holds at least one key fact (matched as missing_facts does)."""
    text = first_line(answer)
    return bool(text) and len(missing_facts(facts, text)) < len(facts)


def missing_facts(facts: list, text: str) -> list:
    """Facts (a string, or a list of alternatives) of which no wording appears in text."""
    out = []
    for fact in facts:
        options = fact if isinstance(fact, list) else [fact]
        if not any(normalise(str(o)) in text for o in options):
            out.append(fact)
    return out


def _pattern(names: set[str]) -> re.Pattern[str] | None:
    names = {n.lower() for n in names if len(n) >= 3}
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")


def _question_pattern(names: set[str], exact: set[str] = frozenset()) -> re.Pattern[str]:
    """Any of the names in a question; short names ("Rd", "TC", "BR") and those in exact ("ALL") only as written,
    case and all."""
    short = {n for n in names if 0 < len(n) < 3} | set(exact)
    long = _pattern(set(names) - short)
    return re.compile("|".join([*(rf"(?<![A-Za-z0-9]){re.escape(n)}(?![A-Za-z0-9])" for n in short)]
                               + ([f"(?i:{long.pattern})"] if long else [])))


@dataclass
class Names:
    """Drug and regimen names of the knowledge base, for finding what a question or an item is about."""

    kb: KnowledgeBase
    item_names: dict[str, re.Pattern[str]] = field(default_factory=dict)  # generic/brand/full names
    question_names: dict[str, re.Pattern[str]] = field(default_factory=dict)  # every name, short names too

    def __post_init__(self) -> None:
        for slug, drug in self.kb.drugs.items():
            names = {drug.generic_name, *drug.brand_names}
            self._add(slug, names, names | set(drug.synonyms) | set(drug.misspellings))
        for slug, regimen in self.kb.regimens.items():
            self._add(slug, {regimen.name}, {regimen.name, regimen.short_name or ""})
        for slug, cancer in self.kb.cancers.items():  # found in questions only: items name cancers in passing
            # an abbreviation in any case ("my dad has mds", "aml"), as oncoguide reads it, but one that is also an
            # everyday word ("all") only as written
            everyday = {a for a in cancer.abbreviations if a.lower() in STOPWORDS}
            self.question_names[slug] = _question_pattern(set(unbracketed(cancer_names(cancer))), everyday)

    def _add(self, slug: str, item: set[str], question: set[str]) -> None:
        if (p := _pattern(item)) is not None:
            self.item_names[slug] = p
        self.question_names[slug] = _question_pattern(question)

    def in_question(self, question: str) -> set[str]:
        return {slug for slug, p in self.question_names.items() if p.pattern and p.search(question)}

    def asked_about(self, item: dict) -> set[str]:
        """The slugs a question names: its `about` and the names its own words hold."""
        return set(item.get("about") or []) | self.in_question(item["q"])

    def named(self, slugs: set[str]) -> set[str]:
        """The slugs a question names, widened by regimen components, by the regimens made only of named drugs
        and by the regimens of a named cancer."""
        out = set(slugs)
        drugs = out & set(self.kb.drugs)
        out.update(slug for slug, r in self.kb.regimens.items() if drugs and set(r.drugs) <= drugs)
        for cancer in slugs & set(self.kb.cancers):
            out.update(r.slug for r in self.kb.regimens_for_cancer(cancer))
        for slug in list(out):
            if slug in self.kb.regimens:
                out.update(self.kb.regimens[slug].drugs)
        return out

    def subjects(self, item: Cited) -> set[str]:
        where = item.where or ""
        if where.startswith("glossary "):
            return set()  # the definition of a word asked about ("a PARP inhibitor ... olaparib is one")
        if (line := self.drug_line(item)) is not None:
            return {line}
        from_where = {w for w in re.findall(r"^(?:drug|regimen|cancer) ([a-z0-9-]+)", where)
                      if w in self.kb.drugs or w in self.kb.regimens or w in self.kb.cancers}
        if from_where:
            return from_where
        text = item.text.lower()
        return {slug for slug, p in self.item_names.items() if p.search(text)}

    def drug_line(self, item: Cited) -> str | None:
        """The drug a plan's line for one drug is about; None when it is no such line or its words name another
        drug or regimen besides the plan's labels."""
        component = component_of(item.where)
        if component is None or component[0] not in self.kb.regimens:
            return None
        regimen, drug = self.kb.regimens[component[0]], component[1]
        if drug not in regimen.drugs:
            return None
        body = unlabelled(item.text, regimen).lower()
        return drug if {slug for slug, p in self.item_names.items() if p.search(body)} == {drug} else None

    def off_topic(self, answer: Answer, named: set[str]) -> list[Cited]:
        return [i for i in answer.cited() if (s := self.subjects(i)) and not s & named]

    def with_named_drugs(self, named: set[str]) -> set[str]:
        """Named slugs plus every regimen that contains a named drug."""
        drugs = named & set(self.kb.drugs)
        return named | {slug for slug, r in self.kb.regimens.items() if drugs & set(r.drugs)}


def unbracketed(names: list[str]) -> list[str]:
    """Names, and each name said without its bracketed part and as that part alone, as oncoguide reads them:
    "Bladder cancer (urothelial cancer)" is named by "bladder cancer" and by "urothelial cancer"."""
    out = list(names)
    for name in names:
        if m := re.fullmatch(r"(.+?)\s*\((.+)\)\s*", name):
            out += [m[1], m[2]]
    return out


def unlabelled(text: str, regimen: Regimen) -> str:
    """A plan's line less what says where it is from: the plan's, its schedules' and phases' names, and each
    "In <plan>, <schedule>: " in front of a line."""
    labels = [regimen.name, regimen.short_name, *(s.name for s in regimen.schedules),
              *(p.name for s in regimen.schedules for p in s.phases)]
    for label in sorted({n for n in labels if n}, key=len, reverse=True):
        text = text.replace(label, " ")
    return re.sub(r"\bIn [^:]*: ", " ", text)


def listed_slugs(text: str) -> set[str]:
    """The slugs of a names list: each indented `slug: ...` line."""
    return set(re.findall(r"^\s+([a-z0-9-]+):", text, re.MULTILINE))


def about_any(items: list[dict], slugs: set[str]) -> list[dict]:
    """The questions whose `about` names at least one of slugs."""
    return [item for item in items if set(item.get("about") or []) & slugs]


@dataclass
class Row:
    name: str
    n: int = 0
    facts: int = 0
    first: int = 0
    clean: int = 0
    off_topic: int = 0
    unrelated: int = 0
    latency: list[float] = field(default_factory=list)

    def cells(self) -> str:
        if not self.n:
            return f"| {self.name} | 0 | | | | | | |"
        p50 = statistics.median(self.latency) * 1e3
        return (f"| {self.name} | {self.n} | {self.facts / self.n:.1%} | {self.first / self.n:.1%} | "
                f"{self.clean / self.n:.1%} | "
                f"{self.off_topic / self.n:.1%} | {self.unrelated / self.n:.1%} | {p50:.1f} |")


def score(composer: Composer, names: Names, label: str, items: list[dict], show: bool) -> Row:
    row = Row(label)
    for item in items:
        start = time.perf_counter()
        answer = composer.answer(item["q"])
        row.latency.append(time.perf_counter() - start)
        about = names.asked_about(item)
        missing = missing_facts(item["facts"], shown_text(answer))
        defects = check(answer)
        named = names.named(about)
        stray = names.off_topic(answer, named)
        unrelated = names.off_topic(answer, names.with_named_drugs(named))
        row.n += 1
        row.facts += not missing
        row.first += first_holds_a_fact(item["facts"], answer)
        row.clean += not defects
        row.off_topic += bool(stray)
        row.unrelated += bool(unrelated)
        if show and (missing or defects or stray):
            print(f"--- [{label}] {item['q']}\n    missing {missing}\n    defects {defects}")
            for i in stray:
                mark = "off-topic, unrelated" if i in unrelated else "off-topic"
                print(f"    {mark} ({i.where}): {i.text[:100]}")
            print(render_text(answer) + "\n")
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print each answer and its matched facts")
    parser.add_argument("--questions", type=Path, help="score this question file instead of the standard sets")
    parser.add_argument("--about-file", type=Path, metavar="NAMES",
                        help="score only held-out questions about a slug listed in NAMES")
    args = parser.parse_args()
    kb = load(CHECKOUT_CONTENT)
    composer = Composer(kb)
    names = Names(kb)
    show = args.show
    sets = [(args.questions.name, args.questions)] if args.questions else SETS
    only = listed_slugs(args.about_file.read_text(encoding="utf-8")) if args.about_file else None
    rows = []
    for index, (label, path) in enumerate(sets):
        if not path.exists():
            print(f"(no {path.name}: row left out)")
            continue
        items = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
        if only is not None and index == 0:
            items = about_any(items, only)
            label = f"{label}, about listed pages"
        rows.append(score(composer, names, label, items, show))
    print(f"\nover {len(kb.drugs)} drugs, {len(kb.regimens)} regimens, {len(kb.cancers)} cancer types\n")
    print("| set | questions | every key fact | first line has one | zero citation defects | off-topic item "
          "| item on no named drug | p50 ms |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(row.cells())
    print(f"| target | | >= {TARGETS['facts']:.0%} | | {TARGETS['clean']:.0%} | <= {TARGETS['off_topic']:.0%} | | |")
    first = rows[0]
    met = (first.facts / first.n >= TARGETS["facts"] and first.clean == first.n
           and first.off_topic / first.n <= TARGETS["off_topic"])
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
