"""Page contexts: citations numbered by first use, glossary terms linked once, schedules in words."""

from __future__ import annotations

import pytest
from pagesfixture import PAGES_CONTENT

from oncoguide.content import load
from oncoguide.errors import NotFound
from oncoguide.model import Interval, MonitoringItem
from oncoguide.site import context as ctx
from oncoguide.site.render import Links, render
from oncoguide.site.schedule import days_text, monitoring_weeks


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return load(PAGES_CONTENT)


def test_references_are_numbered_in_order_of_first_use_one_per_source(kb) -> None:  # noqa: ANN001
    page = ctx.drug_context(kb, "lenalidomide")
    assert [r.number for r in page.references] == list(range(1, len(page.references) + 1))
    assert len({r.source for r in page.references}) == len(page.references)
    assert page.references[0].source == "revlimid-label"  # the summary cites it first
    assert page.summary.refs == [1]
    label = page.references[0]
    assert label.label == "REVLIMID (lenalidomide) capsules" and "5.1" in label.sections and "12.1" in label.sections
    research = {r.pmid: r for r in page.references if r.kind == "research"}  # the page's trials and the "When to call" box's studies
    assert research["21715006"].link == "https://pubmed.ncbi.nlm.nih.gov/21715006/"


def test_every_page_shows_a_reading_grade_at_or_below_the_bar(kb) -> None:  # noqa: ANN001
    pages = [ctx.drug_context(kb, "lenalidomide"), ctx.regimen_context(kb, "lenalidomide-del5q-mds"),
             ctx.cancer_context(kb, "myelodysplastic-syndromes"), ctx.glossary_context(kb)]
    assert all(p.reading_grade is not None and 0 < p.reading_grade <= 9 for p in pages)


def test_glossary_terms_are_linked_at_first_mention_only(kb) -> None:  # noqa: ANN001
    page = ctx.regimen_context(kb, "lenalidomide-del5q-mds")
    linked = [p.term for item in [page.summary, *[i for s in page.sections for i in s.items], *[m.note for m in page.monitoring]]
              for p in item.parts if p.term]
    assert linked and len(linked) == len(set(linked))
    assert sorted(t.slug for t in page.terms) == sorted(linked)
    assert "rems" in linked and "cbc" in linked


def test_drug_page_answers_is_it_chemo_and_lists_call_now_effects(kb) -> None:  # noqa: ANN001
    page = ctx.drug_context(kb, "lenalidomide")
    assert page.traditional_chemotherapy is False
    assert all(e.call_now for e in page.serious_side_effects)
    assert page.common_side_effects[0].frequency == "37.9%"
    assert page.common_side_effects[0].term_slug == "thrombocytopenia"
    assert [s.id for s in page.sections][:3] == ["how-it-works", "taking-it", "missed-dose"]
    assert page.uses[0].regimens[0].slug == "lenalidomide-del5q-mds"


def test_uses_without_a_cancer_page_are_listed_with_the_uses(kb) -> None:  # noqa: ANN001
    """A label use we have no cancer page for still shows under "What it treats", cited, not among "other facts"."""
    page = ctx.drug_context(kb, "lenalidomide")
    assert [u.text for u in page.other_uses] == ["It also treats multiple myeloma and some lymphomas."]
    html = render(page, Links(), share="")
    treats = html[html.index('id="uses"'):html.index("</section>", html.index('id="uses"'))]
    assert "It also treats multiple myeloma and some lymphomas." in treats


def test_unknown_slug_raises_not_found_with_close_slugs(kb) -> None:  # noqa: ANN001
    with pytest.raises(NotFound) as info:
        ctx.drug_context(kb, "lenalidomid")
    assert info.value.suggestions == ["lenalidomide"]


@pytest.mark.parametrize("days, text", [
    ([1], "day 1"), (list(range(1, 22)), "days 1 to 21"), ([1, 8, 15], "days 1, 8 and 15"),
    ([1, 2, 3, 4, 9, 10, 11, 12], "days 1 to 4 and 9 to 12"),
])
def test_days_in_words(days: list[int], text: str) -> None:
    assert days_text(days) == text


def test_monitoring_in_words_and_weeks() -> None:
    item = MonitoringItem(test="cbc", name="CBC", kind="lab", text="x", cite=["s"],
                          intervals=[Interval(every_days=7, for_weeks=8), Interval(every_days=28)])
    assert item.when_text == "before treatment starts, then every week for 8 weeks, then every 4 weeks after that"
    # the start, then days 7..56 weekly, then every 28 days from day 56: 84, 112, 140, 168
    assert monitoring_weeks(item, 24) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 20, 24]
    fixed = MonitoringItem(test="marrow", name="Bone marrow biopsy", kind="biopsy", baseline=False, text="x",
                           cite=["s"], at_weeks=[12, 24], then_every_weeks=24)
    assert monitoring_weeks(fixed, 52) == [12, 24, 48]
    assert fixed.when_text == "at weeks 12 and 24, then every 24 weeks after that"
    # a page's own words after the plan read on in the same sentence, not as a new one in its middle
    later = MonitoringItem(test="cbc", name="CBC", kind="lab", text="x", cite=["s"], intervals=[Interval(every_days=7, for_weeks=4)],
                           when="After the second month, as your doctor decides")
    assert later.when_text == "before treatment starts, then every week for 4 weeks, then after the second month, as your doctor decides"


def test_drugs_on_different_days_get_a_strip_each(kb) -> None:  # noqa: ANN001
    from dataclasses import replace

    from oncoguide.model import Component

    other = kb.drugs["lenalidomide"].model_copy(update={"slug": "otherdrug", "generic_name": "otherdrug", "brand_names": []})
    regimen = kb.regimens["lenalidomide-del5q-mds"]
    phase = regimen.schedules[1].phases[0]
    weekly = Component(drug="otherdrug", dose=40, unit="mg", route="oral", days="1, 8, 15, 22", cite=["le-bras-2011"])
    two = phase.model_copy(update={"components": [*phase.components, weekly]})
    schedule = regimen.schedules[1].model_copy(update={"phases": [two]})
    both = replace(kb, drugs={**kb.drugs, "otherdrug": other},
                   regimens={regimen.slug: regimen.model_copy(update={"schedules": [schedule]})})
    view = ctx.regimen_context(both, regimen.slug).schedules[0].phases[0]
    assert [s.drug for s in view.drug_strips] == ["lenalidomide", "otherdrug"]
    assert [sum(c.dose for c in s.cells) for s in view.drug_strips] == [21, 4]
    assert view.components[1].days == "days 1, 8, 15 and 22"
    single = ctx.regimen_context(kb, regimen.slug).schedules[0].phases[0]
    assert single.drug_strips == []


def test_timeline_matches_the_tracker_calendar_for_every_shipped_regimen() -> None:
    """The page's monitoring timeline and the reader's tracker calendar must put tests on the same days."""
    import datetime as dt
    from pathlib import Path

    from oncoguide.model import TreatmentPlan
    from oncoguide.site.schedule import monitoring_days
    from oncoguide.tracker import cycles, monitoring_events

    shipped_dir = Path(__file__).resolve().parents[2] / "content"
    if not (shipped_dir / "sources.yaml").exists():
        pytest.skip("no shipped content/ in this checkout")
    shipped = load(shipped_dir)
    start = dt.date(2026, 1, 5)
    checked = 0
    for regimen in shipped.regimens.values():
        plan = TreatmentPlan(id="p", regimen=regimen.slug, start=start, months=12)
        last = (cycles(plan, regimen.default_schedule)[-1].end - start).days
        events = monitoring_events(shipped, plan)
        for item in regimen.monitoring.items:
            calendar = sorted((e.date - start).days for e in events if e.test == item.test)
            if calendar:
                assert calendar == monitoring_days(item, last), (regimen.slug, item.name)
                checked += 1
    assert checked


def test_a_year_long_cycle_is_described_in_words_not_drawn(kb) -> None:  # noqa: ANN001
    from dataclasses import replace

    from oncoguide.site.render import Links, render

    regimen = kb.regimens["lenalidomide-del5q-mds"]
    phase = regimen.schedules[0].phases[0]
    year = phase.model_copy(update={"cycle_length_days": 365, "components": [
        phase.components[0].model_copy(update={"days": list(range(1, 366))})]})
    schedule = regimen.schedules[0].model_copy(update={"phases": [year]})
    long_kb = replace(kb, regimens={regimen.slug: regimen.model_copy(update={"schedules": [schedule, *regimen.schedules[1:]]})})
    html = render(ctx.regimen_context(long_kb, regimen.slug), Links(), "/x")
    assert "365 dose days, with no rest days" in html
    assert html.count('<ol class="strip">') == 1  # only the 28-day variant is drawn


def test_package_insert_is_the_set_id_page_when_the_label_has_one(kb) -> None:  # noqa: ANN001
    from dataclasses import replace

    page = ctx.regimen_context(kb, "lenalidomide-del5q-mds")
    [insert] = page.package_inserts
    assert insert.drug.slug == "lenalidomide" and insert.exact is False
    assert insert.link.startswith("https://dailymed.nlm.nih.gov/dailymed/search.cfm?") and insert.link.endswith("query=REVLIMID")
    set_id = "0dfd0279-ff17-4ea9-89be-9803c71bab44"
    label = kb.sources["revlimid-label"].model_copy(update={"set_id": set_id})
    known = ctx.regimen_context(replace(kb, sources={**kb.sources, "revlimid-label": label}), "lenalidomide-del5q-mds")
    assert known.package_inserts[0].exact is True
    assert known.package_inserts[0].link == f"https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid={set_id}"
    assert [t.link for t in page.trial_searches] == ["https://clinicaltrials.gov/search?cond=Myelodysplastic+syndromes"]


def test_browse_contexts_list_every_page_and_brand(kb) -> None:  # noqa: ANN001
    from oncoguide.site import indexes

    drugs = indexes.drug_index_context(kb)
    names = [(e.name, e.brand, e.drug.slug) for letter in drugs.letters for e in letter.entries]
    assert names == [("lenalidomide", False, "lenalidomide"), ("Revlimid", True, "lenalidomide")]
    assert [letter.letter for letter in drugs.letters] == ["L", "R"]
    [group] = indexes.regimen_index_context(kb).groups
    assert group.cancer.slug == "myelodysplastic-syndromes" and group.regimens[0].drugs == ["lenalidomide"]
    [cancer] = indexes.cancer_index_context(kb).cancers
    assert cancer.regimen_count == 1 and cancer.summary.refs == [1]
