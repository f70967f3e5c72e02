"""The knowledge base that ships: valid, readable, cited, and usable by the tracker."""

import datetime as dt
import re

import pytest
from shippedkb import shipped_kb

from oncoguide.content import grade_pages
from oncoguide.content.readability import verdict
from oncoguide.model import SourceKind, TreatmentPlan, cited_items
from oncoguide.model.base import item_text
from oncoguide.model.triage import celsius
from oncoguide.tracker import plan_events


@pytest.fixture(scope="module")
def kb():  # noqa: ANN201
    return shipped_kb()


def test_shipped_content_is_valid_and_readable(kb) -> None:  # noqa: ANN001
    assert verdict(grade_pages(kb)) == []


def test_lenalidomide_page_has_every_section_the_seeds_offer(kb) -> None:  # noqa: ANN001
    drug = kb.drugs["lenalidomide"]
    assert drug.chemotherapy.traditional is False
    for field in ("uses", "common_side_effects", "serious_side_effects", "mechanism", "boxed_warnings", "pregnancy",
                  "blood_donation", "administration", "handling", "storage", "interactions", "faqs", "monitoring"):
        assert getattr(drug, field), field
    assert drug.rems and drug.missed_dose and drug.missed_dose.take_within_hours == 12
    assert {u.cancer for u in drug.uses} >= {"multiple-myeloma", "myelodysplastic-syndromes", "mantle-cell-lymphoma",
                                              "follicular-lymphoma", "marginal-zone-lymphoma"}


def test_del5q_mds_regimen_has_both_schedules(kb) -> None:  # noqa: ANN001
    regimen = kb.regimens["lenalidomide-del5q-mds"]
    days = {s.id: s.phases[0].components[0].days for s in regimen.schedules}
    assert days == {"continuous": list(range(1, 29)), "21-of-28": list(range(1, 22))}
    assert regimen.default_schedule.id == "continuous"


def test_every_statement_cites_a_known_source_and_trials_have_ids(kb) -> None:  # noqa: ANN001
    for table in (kb.drugs, kb.regimens, kb.cancers, kb.glossary):
        for obj in table.values():
            for item in cited_items(obj):
                assert all(c.source in kb.sources for c in item.cite)
    for source in kb.sources.values():
        if source.kind == SourceKind.research:
            assert source.link, source.id  # a reader can follow every trial citation


def test_tracker_runs_every_shipped_regimen_and_schedule(kb) -> None:  # noqa: ANN001
    for regimen in kb.regimens.values():
        for schedule in regimen.schedules:
            plan = TreatmentPlan(id="p", regimen=regimen.slug, schedule=schedule.id, start=dt.date(2026, 1, 5), months=6)
            events = plan_events(kb, plan)
            assert any(e.kind.value in ("dose", "infusion") for e in events), (regimen.slug, schedule.id)


_TEMPERATURE = re.compile(r"(\d{2,3}(?:\.\d)?) ?°\s?([CF])\b")


def test_every_fever_figure_on_a_page_is_a_line_of_the_shared_fever_rule(kb) -> None:  # noqa: ANN001
    # One fever rule for every surface: a page saying "100.5 °F" would tell a reader on capecitabine to wait
    # at 38.1 °C where the tracker and the answers say call now at 38.0 °C.
    lines = {r.when["temperature_at_least"] for r in kb.triage.symptoms["fever"].rules if "temperature_at_least" in r.when}
    found = []
    for table in (kb.drugs, kb.regimens, kb.cancers):
        for obj in table.values():
            for item in cited_items(obj):
                for sentence in re.split(r"(?<=[.!?])\s+", item_text(item)):
                    if "fever" in sentence.lower():
                        for value, unit in _TEMPERATURE.findall(sentence):
                            found.append((obj.slug, sentence, celsius(float(value), unit)))
    assert found, "no page states a fever temperature; the check would pass vacuously"
    assert [(slug, sentence) for slug, sentence, c in found if c not in lines] == []


def test_krd_drops_carfilzomib_days_8_and_9_from_cycle_13_and_stops_it_after_cycle_18(kb) -> None:  # noqa: ANN001
    phases = kb.regimens["carfilzomib-lenalidomide-dexamethasone-myeloma"].default_schedule.phases
    carfilzomib = [sorted({d for c in p.components if c.drug == "carfilzomib" for d in c.days}) for p in phases]
    lenalidomide = [[d for c in p.components if c.drug == "lenalidomide" for d in c.days] for p in phases]
    assert [p.cycles for p in phases] == [1, 11, 6, None]
    assert carfilzomib == [[1, 2, 8, 9, 15, 16], [1, 2, 8, 9, 15, 16], [1, 2, 15, 16], []]
    assert lenalidomide == [list(range(1, 22))] * 4


def test_every_regimen_side_effect_row_says_what_to_know(kb) -> None:  # noqa: ANN001
    # The "What to know" column of a regimen page is empty where a row has no text.
    empty = [(r.slug, se.term) for r in kb.regimens.values() for se in r.side_effects if not (se.text or "").strip()]
    assert empty == []


# AI-written sites (droracle.ai and the like) are never a source a fact may rest on; a note may not name one.
AI_WRITTEN = ("droracle",)


def test_no_source_note_rests_a_fact_on_an_ai_written_site(kb) -> None:  # noqa: ANN001
    resting = {sid for sid, src in kb.sources.items()
               if src.note and any(site in src.note.lower() for site in AI_WRITTEN)}
    assert resting == set()


# Copies on test servers or in magazines are where a fact was read, never a link a reader is sent to.
NOT_A_LINK = ("mimsdev.com", "azurewebsites.net", "starbene.it")


def test_no_reader_is_linked_to_a_test_server_or_magazine_copy(kb) -> None:  # noqa: ANN001
    linked = {sid for sid, src in kb.sources.items() if src.url and any(host in src.url for host in NOT_A_LINK)}
    assert linked == set()


def test_exemestane_page_says_how_to_store_the_tablets(kb) -> None:  # noqa: ANN001
    storage = kb.drugs["exemestane"].storage
    assert storage and "68 to 77 °F" in storage[0].text
    assert [(c.source, c.section) for c in storage[0].cite] == [("aromasin-label", "Patient Information")]
