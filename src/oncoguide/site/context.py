"""Build the context of each page from the knowledge base: plain functions, one per page type."""

from __future__ import annotations

import difflib
from collections import Counter
from urllib.parse import urlencode

from ..content.lookup import norm
from ..content.readability import grade, patient_text
from ..errors import NotFound
from ..model import DISEASE_SECTIONS, Drug, KnowledgeBase, Regimen, SideEffect, Source, SourceKind, cited_items
from ..model.triage import Level, Risk, call_signs
from ..search.pages import search_pages
from . import schedule as sch
from .cite import PageRefs
from .models import (
    CancerGroup,
    CancerPage,
    ComponentRow,
    DayCell,
    DrugPage,
    DrugSafety,
    DrugStrip,
    Effect,
    GlossaryEntry,
    GlossaryPage,
    HomePage,
    MonitorRow,
    NotFoundPage,
    PackageInsert,
    PhaseView,
    Ref,
    RegimenPage,
    ScheduleView,
    SearchPage,
    Section,
    TrialSearch,
    Use,
    WhenToCall,
)

TIMELINE_WEEKS = 24


def _get(table: dict, kind: str, slug: str):  # noqa: ANN202
    if slug not in table:
        raise NotFound(kind, slug, difflib.get_close_matches(slug, sorted(table), n=3, cutoff=0.6))
    return table[slug]


def drug_ref(drug: Drug) -> Ref:
    return Ref(kind="drug", slug=drug.slug, title=drug.title)


def regimen_ref(regimen: Regimen) -> Ref:
    return Ref(kind="regimen", slug=regimen.slug, title=regimen.name)


def label_source(kb: KnowledgeBase, drug: Drug) -> Source | None:
    """The FDA label a drug page relies on most: the label source its statements cite most often."""
    counts = Counter(c.source for item in cited_items(drug) for c in item.cite
                     if c.source in kb.sources and kb.sources[c.source].kind == SourceKind.fda_label)
    return kb.sources[counts.most_common(1)[0][0]] if counts else None


def package_inserts(kb: KnowledgeBase, drugs: list[str]) -> list[PackageInsert]:
    """Each drug's FDA package insert on DailyMed (its set-id page where known, else a search for the product)."""
    out = []
    for slug in drugs:
        src = label_source(kb, kb.drugs[slug])
        if src and src.link and src.product:
            out.append(PackageInsert(drug=drug_ref(kb.drugs[slug]), product=src.product, link=src.link, exact=bool(src.set_id)))
    return out


def trial_search(name: str) -> TrialSearch:
    """A ClinicalTrials.gov search for studies of one cancer type."""
    return TrialSearch(cancer=name, link="https://clinicaltrials.gov/search?" + urlencode({"cond": name}))


def _term_slug(kb: KnowledgeBase, term: str) -> str | None:
    key = norm(term)
    for slug, t in kb.glossary.items():
        if key in {norm(n) for n in [slug, t.term, *t.aliases]}:
            return slug
    return None


def _effects(kb: KnowledgeBase, refs: PageRefs, effects: list[SideEffect]) -> list[Effect]:
    return [
        Effect(plain=e.plain, term=e.term, term_slug=_term_slug(kb, e.term), call_now=e.call_now,
               frequency=str(e.frequency) if e.frequency else None,
               frequency_context=e.frequency.context if e.frequency else None,
               note=refs.cited(e.text, e.cite) if e.text else None, refs=refs.refs(e.cite))
        for e in effects
    ]


def when_to_call(kb: KnowledgeBase, r: PageRefs, drugs: list[str], drip: bool = True,
                 cancers: frozenset[str] | None = None, own_effects: list[SideEffect] | None = None) -> WhenToCall:
    """The urgent signs for these drugs, read from the symptom rules (one engine for pages, answers, tracker).

    `drip`: whether the treatment gives a drug into a vein; a pill-only treatment shows no drip signs.
    `cancers`: the cancer types it treats; a sign for some of them only (a stoma) shows on their pages.
    `own_effects`: a plan's own side effects, read with its drugs' for a sign only some treatments cause.
    """
    risks = kb.risks(drugs)
    effects = kb.side_effects(drugs)
    if effects is not None:
        effects += tuple(e.words for e in own_effects or [])
    signs = call_signs(kb.triage, risks, drip, cancers, effects) if kb.triage else []
    return WhenToCall(emergency=[r.cited(s.sign, s.cite) for s in signs if s.level == Level.emergency],
                      call_now=[r.cited(s.sign, s.cite) for s in signs if s.level == Level.call_now],
                      fever_line=Risk.lowers_white_cells in risks)


def _safety(kb: KnowledgeBase, r: PageRefs, drugs: list[str]) -> list[DrugSafety]:
    out = []
    for slug in drugs:
        d = kb.drugs[slug]
        if d.boxed_warnings or d.pregnancy or d.rems:
            out.append(DrugSafety(drug=drug_ref(d), boxed_warnings=r.items(d.boxed_warnings), pregnancy=r.items(d.pregnancy),
                                  rems=r.cited(f"{d.rems.program}: {d.rems.text}", d.rems.cite) if d.rems else None))
    return out


def _section(refs: PageRefs, id: str, title: str, items: list, links: list[Ref] | None = None) -> Section:
    return Section(id=id, title=title, items=refs.items([i for i in items if i is not None]), links=links or [])


def drug_context(kb: KnowledgeBase, slug: str) -> DrugPage:
    """The drug page: names, uses, side effects, how it works, label facts, FAQs."""
    d: Drug = _get(kb.drugs, "drug", slug)
    r = PageRefs(kb)
    summary = r.item(d.summary)
    chemo = r.item(d.chemotherapy)
    classes = [r.cited(f"{c.name} ({c.system})", c.cite) for c in d.classes]
    by_cancer: dict[str, list] = {}
    for u in d.uses:  # one entry per cancer type, however many label uses it has
        by_cancer.setdefault(u.cancer, []).append(u)
    uses = [
        Use(cancer=Ref(kind="cancer", slug=cancer, title=kb.cancers[cancer].name), texts=r.items(items),
            regimens=[regimen_ref(x) for x in kb.regimens_for_cancer(cancer) if slug in x.drugs])
        for cancer, items in by_cancer.items()
    ]
    urgent = when_to_call(kb, r, [d.slug], d.by_drip, frozenset(c.slug for c in kb.cancers_for_drug(d.slug)))
    boxed = r.items(d.boxed_warnings)
    common = _effects(kb, r, d.common_side_effects)
    serious = _effects(kb, r, d.serious_side_effects)
    sections = [
        _section(r, "how-it-works", "How it works", d.mechanism),
        _section(r, "taking-it", "How to take it", d.administration),
        _section(r, "missed-dose", "If you miss a dose", [d.missed_dose]),
        _section(r, "pregnancy", "Pregnancy and birth control", d.pregnancy),
        _section(r, "rems", f"Safety program ({d.rems.program})" if d.rems else "Safety program", [d.rems]),
        _section(r, "blood-donation", "Giving blood", d.blood_donation),
        _section(r, "interactions", "Other medicines", d.interactions),
        _section(r, "monitoring", "Tests while you take it", d.monitoring),
        _section(r, "handling", "Handling", d.handling),
        _section(r, "storage", "Storage", d.storage),
        _section(r, "other", "Other facts from the label", d.other),
    ]
    faqs = [r.cited(f.answer, f.cite, label=f.question) for f in d.faqs]
    return DrugPage(
        slug=d.slug, title=d.title, description=d.summary.text, reading_grade=grade(patient_text(d)),
        created=d.created, updated=d.updated, reviewed=d.reviewed,
        generic_name=d.generic_name, brand_names=d.brand_names, synonyms=d.synonyms, category=d.category.value,
        traditional_chemotherapy=d.chemotherapy.traditional, chemotherapy=chemo, classes=classes, forms=d.forms,
        summary=summary, uses=uses, other_uses=r.items(d.other_uses), common_side_effects=common, serious_side_effects=serious, boxed_warnings=boxed,
        when_to_call=urgent,
        sections=[s for s in sections if s.items], faqs=faqs,
        regimens=[regimen_ref(x) for x in kb.regimens_with_drug(slug)],
        references=r.references(), terms=r.terms(),
    )


def _phase_view(kb: KnowledgeBase, r: PageRefs, phase) -> PhaseView:  # noqa: ANN001
    names = {c.drug: kb.drugs[c.drug].generic_name for c in phase.components}
    rows = [
        ComponentRow(drug=drug_ref(kb.drugs[c.drug]), dose=c.dose_text, route=c.route.value,
                     how_often=c.how_often,
                     days=sch.days_text(c.days), given=c.given, food=c.food, note=c.note, refs=r.refs(c.cite))
        for c in phase.components
    ]
    cells = [DayCell(day=day, dose=bool(drugs), drugs=drugs) for day, drugs in sch.strip(phase, names)]
    per_drug = [DrugStrip(drug=name, cells=[DayCell(day=c.day, dose=name in c.drugs, drugs=[name] if name in c.drugs else [])
                                            for c in cells])
                for name in dict.fromkeys(names[c.drug] for c in phase.components)]
    if len({tuple(c.dose for c in s.cells) for s in per_drug}) < 2:
        per_drug = []  # every drug on the same days: the one strip says it all
    return PhaseView(name=phase.name, cycle_length_days=phase.cycle_length_days, cycles=sch.cycles_text(phase),
                     components=rows, strip=cells, drug_strips=per_drug)


def regimen_context(kb: KnowledgeBase, slug: str) -> RegimenPage:
    """The regimen page: schedule variants as cycle strips, monitoring as words and a timeline, side effects, tips."""
    g: Regimen = _get(kb.regimens, "regimen", slug)
    r = PageRefs(kb)
    summary = r.item(g.summary)
    urgent = when_to_call(kb, r, g.drugs, g.by_drip, frozenset(g.cancers), g.side_effects)
    head = [_section(r, "how-it-works", "How it works", g.how_it_works), _section(r, "goals", "Goals of treatment", g.goals)]
    schedules = [ScheduleView(id=s.id, name=s.name, default=s is g.default_schedule,
                              phases=[_phase_view(kb, r, p) for p in s.phases]) for s in g.schedules]
    middle = [_section(r, "dispensing", "Getting the medicine", g.dispensing),
              _section(r, "duration", "How long treatment lasts", g.duration)]
    monitoring = [
        MonitorRow(test=m.test, name=m.name, kind=m.kind.value, term_slug=m.test if m.test in kb.glossary else None,
                   when=m.when_text or "as your care team decides", weeks=sch.monitoring_weeks(m, TIMELINE_WEEKS), note=r.item(m))
        for m in g.monitoring.items
    ]
    effects = _effects(kb, r, g.side_effects)
    drugs = [drug_ref(kb.drugs[d]) for d in g.drugs]
    tail = [
        _section(r, "monitoring-notes", "More about tests", g.monitoring.notes),
        _section(r, "test-results", "What test results can change", g.test_results),
        _section(r, "dose-changes", "Dose changes", g.dose_modifications),
        _section(r, "tips", "Tips", g.tips),
        _section(r, "costs", "Help paying for treatment", g.cost_help),
        _section(r, "coping", "Taking care of your feelings", g.coping),
    ]
    return RegimenPage(
        slug=g.slug, title=g.name, description=g.summary.text, reading_grade=grade(patient_text(g)),
        created=g.created, updated=g.updated, reviewed=g.reviewed,
        name=g.name, short_name=g.short_name, setting=g.setting,
        cancers=[Ref(kind="cancer", slug=c, title=kb.cancers[c].name) for c in g.cancers],
        summary=summary, schedules=schedules, monitoring=monitoring, timeline_weeks=TIMELINE_WEEKS,
        side_effects=effects, when_to_call=urgent, safety=_safety(kb, r, g.drugs),
        sections=[s for s in [*head, *middle, *tail] if s.items], drugs=drugs,
        package_inserts=package_inserts(kb, g.drugs), trial_searches=[trial_search(kb.cancers[c].name) for c in g.cancers],
        tracker=f"/tracker/new?regimen={g.slug}", references=r.references(), terms=r.terms(),
    )


def cancer_context(kb: KnowledgeBase, slug: str) -> CancerPage:
    """The cancer type page: what it is, and the regimens and drugs used for it."""
    c = _get(kb.cancers, "cancer type", slug)
    r = PageRefs(kb)
    regimens = sorted(kb.regimens_for_cancer(slug), key=lambda x: x.name.lower())
    drugs = sorted({d for x in regimens for d in x.drugs} | {d.slug for d in kb.drugs.values() if any(u.cancer == slug for u in d.uses)})
    return CancerPage(
        slug=c.slug, title=c.name, description=c.what_is_it[0].text, reading_grade=grade(patient_text(c)),
        created=c.created, updated=c.updated, reviewed=c.reviewed, name=c.name, abbreviations=c.abbreviations,
        # numbered in page order: what it is, the sections on the disease, then treatment
        what_is_it=r.items(c.what_is_it),
        about=[_section(r, name, title, getattr(c, name)) for name, title in DISEASE_SECTIONS.items() if getattr(c, name)],
        treatment_note=r.items(c.treatment_note),
        regimens=[regimen_ref(x) for x in regimens], regimen_settings={x.slug: x.setting for x in regimens},
        drugs=[drug_ref(kb.drugs[d]) for d in drugs], references=r.references(), terms=r.terms(),
    )


def glossary_context(kb: KnowledgeBase) -> GlossaryPage:
    """Every glossary term, A to Z, each with an anchor."""
    r = PageRefs(kb, link_terms=False)
    entries = [
        GlossaryEntry(slug=t.slug, term=t.term, aliases=t.aliases, definition=r.cited(t.definition, t.cite),
                      see_also=[Ref(kind="glossary", title=kb.glossary[s].term, anchor=s) for s in t.see_also])
        for t in sorted(kb.glossary.values(), key=lambda t: t.term.lower())
    ]
    text = " ".join(e.definition.text for e in entries)
    return GlossaryPage(title="Glossary", description="Medical words used on these pages, in plain words.",
                        reading_grade=grade(text), entries=entries, references=r.references())


def home_context(kb: KnowledgeBase) -> HomePage:
    groups = [
        CancerGroup(cancer=Ref(kind="cancer", slug=c.slug, title=c.name),
                    regimens=[regimen_ref(x) for x in sorted(kb.regimens_for_cancer(c.slug), key=lambda x: x.name.lower())])
        for c in sorted(kb.cancers.values(), key=lambda c: c.name.lower())
    ]
    drugs = [drug_ref(d) for d in sorted(kb.drugs.values(), key=lambda d: d.generic_name.lower())]
    return HomePage(title="Cancer treatment information you can check",
                    description="Plain-language pages on cancer drugs and regimens. Every fact cites its source.",
                    cancers=groups, drugs=drugs)


def all_pages(kb: KnowledgeBase) -> list[Ref]:
    """Every content page, A to Z by title."""
    refs = [*(drug_ref(d) for d in kb.drugs.values()), *(regimen_ref(x) for x in kb.regimens.values()),
            *(Ref(kind="cancer", slug=c.slug, title=c.name) for c in kb.cancers.values()),
            Ref(kind="glossary", title="Glossary")]
    return sorted(refs, key=lambda ref: (ref.title.lower(), ref.kind, ref.slug))


def search_context(kb: KnowledgeBase, query: str) -> SearchPage:
    hits = search_pages(kb, query) if query.strip() else []
    return SearchPage(title=f"Search: {query}" if query else "Search", description="Search drugs, regimens, cancer types and words.",
                      query=query, hits=hits, index=[] if query.strip() else all_pages(kb))


def not_found_context(kb: KnowledgeBase, message: str, wanted: str) -> NotFoundPage:
    """The 404 page: what was missing and pages with close names."""
    return NotFoundPage(title="Page not found", message=message, suggestions=search_pages(kb, wanted, limit=5))
