"""The care-team report: one PDF page per cycle so far, each saying what happened in that cycle."""

import datetime as dt
import io

import pytest
import sqlalchemy as sa

from oncoguide.model import TreatmentPlan
from oncoguide.store import open_engine
from oncoguide.store import tracker as store
from oncoguide.tracker import service
from oncoguide.tracker.care_report import MOST_SYMPTOMS, cycle_pages

pypdf = pytest.importorskip("pypdf", reason="pypdf (test extra) reads the PDF's text")
pytest.importorskip("weasyprint", reason="WeasyPrint is not installed")

TODAY = dt.date(2026, 3, 10)  # cycle 3 of a 28-day plan that started 5 January
NOW = dt.datetime(2026, 3, 10, 12, 0)


@pytest.fixture
def engine(tmp_path) -> sa.Engine:  # noqa: ANN001
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    store.save_plan(engine, 1, TreatmentPlan.model_validate({
        "id": "p", "regimen": "len-mds", "start": "2026-01-05", "dose_time": "08:00", "timezone": "Europe/Paris",
        "care_team": [{"name": "Dr Lane's clinic", "daytime": "+1 555 0100", "after_hours": "+1 555 0199"}],
        "holds": [{"drug": "lenalidomide", "start": "2026-02-09", "end": "2026-02-12"}],
        "dose_changes": [{"drug": "lenalidomide", "start": "2026-03-02", "dose": 5}]}))
    return engine


def log(engine: sa.Engine, kb, day: str, status: str, **extra) -> None:  # noqa: ANN001, ANN003
    service.log_dose(engine, kb, 1, "p", dt.date.fromisoformat(day), status, now=NOW, **extra)


def symptom(engine: sa.Engine, at: str, name: str, level: str, answers: dict) -> None:
    with engine.begin() as conn:  # stored as the symptom check stores it: UTC time, the level it gave
        conn.execute(store.symptoms.insert().values(plan_id="p", owner_id=1, at=dt.datetime.fromisoformat(at),
                                                    symptom=name, answers=answers, level=level))


def pdf_pages(kb, engine: sa.Engine) -> list[str]:  # noqa: ANN001
    from oncoguide.tracker.care_report import report_pdf

    plan = store.get_plan(engine, 1, "p")
    body = report_pdf(kb, plan, store.dose_log(engine, 1, "p"), store.symptom_log(engine, 1, "p"),
                      [{"id": 1, "name": "apixaban", "note": "5 mg"}], TODAY)
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(body)).pages]


def test_one_page_per_cycle_so_far_each_with_its_own_events(kb, engine: sa.Engine) -> None:  # noqa: ANN001
    log(engine, kb, "2026-01-05", "taken", at=dt.time(8, 10))
    log(engine, kb, "2026-01-06", "missed", note="forgot at a wedding")
    log(engine, kb, "2026-02-02", "vomited", at=dt.time(8, 30))
    log(engine, kb, "2026-02-03", "skipped")
    symptom(engine, "2026-02-04T17:00:00", "fever", "call_now", {"temperature": "38.6"})
    symptom(engine, "2026-03-03T09:00:00", "nausea", "next_visit", {})
    pages = pdf_pages(kb, engine)
    assert len(pages) == 3  # cycles started 5 Jan, 2 Feb and 2 Mar; today is 10 Mar
    first, second, third = pages
    assert "cycle 1" in first and "05 January 2026 to 01 February 2026" in first
    assert "Mon 05 Jan 08:00 Take lenalidomide 10 mg by mouth: taken 08:10" in first
    assert "missed (forgot at a wedding)" in first and "vomited 08:30" not in first
    assert "Taken 1 of 21 due so far · missed 1 · skipped 0 · vomited 0 · not logged 19" in first
    assert "Mon 12 Jan Complete blood count: not logged" in first  # a visit nobody logged says so
    assert "Mon 09 Feb 08:00" not in second  # held doses are not due
    assert "vomited 08:30" in second and "skipped" in second
    assert "Fever: call the care team now (answers: temperature 38.6)" in second
    assert "Feb 18:00" in second  # 17:00 UTC is 18:00 in Paris
    assert "lenalidomide on hold (until 2026-02-12)" in second and "on hold" not in third
    assert "lenalidomide dose changed (5)" in third and "Nausea: tell the team at the next visit" in third
    assert "still going on: shown up to 10 March 2026" in third
    for page in pages:
        assert "Dr Lane's clinic: daytime +1 555 0100, after hours +1 555 0199" in page
        assert "apixaban (5 mg)" in page


def test_a_busy_page_keeps_the_most_urgent_symptom_checks(kb, engine: sa.Engine) -> None:  # noqa: ANN001
    for n in range(MOST_SYMPTOMS + 3):
        symptom(engine, f"2026-01-{6 + n:02d}T09:00:00", "nausea", "next_visit", {})
    symptom(engine, "2026-01-30T09:00:00", "fever", "call_now", {"temperature": "39"})
    plan = store.get_plan(engine, 1, "p")
    page = cycle_pages(kb, plan, [], store.symptom_log(engine, 1, "p"), TODAY)[0]
    assert len(page.symptoms) == MOST_SYMPTOMS and page.more_symptoms == 4
    assert any(s.symptom == "fever" for s in page.symptoms)
    assert len(pdf_pages(kb, engine)) == 3  # still one page for the busy cycle


def test_before_the_first_day_there_is_no_cycle_page(kb, engine: sa.Engine) -> None:  # noqa: ANN001
    plan = store.get_plan(engine, 1, "p")
    assert cycle_pages(kb, plan, [], [], dt.date(2026, 1, 4)) == []
