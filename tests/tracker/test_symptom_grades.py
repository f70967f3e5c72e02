"""Symptom grades in the care-team report: the CTCAE v5.0 grade a person's answers mean, kept with the check.

The expected grades were written by hand from the CTCAE v5.0 grade text of each term (e.g. diarrhea: fewer than 4,
4 to 6, 7 or more extra stools a day), not read back from content/triage.yaml.
"""

import csv
import datetime as dt
import io

import pytest
import sqlalchemy as sa
from pydantic import ValidationError
from shippedkb import shipped_kb

from oncoguide.model import TreatmentPlan
from oncoguide.model.triage import Rule, triage
from oncoguide.store import open_engine
from oncoguide.store import tracker as store
from oncoguide.tracker import service
from oncoguide.tracker.fhir import to_fhir
from oncoguide.tracker.report import to_csv

WHITE_CELLS = "lenalidomide-del5q-mds"  # its label lists low white cells


@pytest.fixture(scope="module")
def shipped():  # noqa: ANN201
    return shipped_kb()


GRADES = [  # symptom, answers, grade (None: no grade is given)
    ("diarrhea", {"extra_stools": "2"}, "1"),
    ("diarrhea", {"extra_stools": "5"}, "2"),
    ("diarrhea", {"extra_stools": "8"}, "3"),
    ("rash", {"blisters_or_peeling": "no", "body_percent": "5"}, "1"),
    ("rash", {"blisters_or_peeling": "no", "body_percent": "20"}, "2"),
    ("rash", {"blisters_or_peeling": "no", "body_percent": "40"}, "2-3"),
    ("rash", {"blisters_or_peeling": "yes"}, None),  # a serious skin reaction is not graded as a rash
    ("mouth_sores", {"cannot_eat_or_drink": "yes"}, "3"),
    ("mouth_sores", {"cannot_eat_or_drink": "no", "diet_changed": "yes"}, "2"),
    ("fatigue", {"limits_self_care": "yes"}, "3"),
    ("fatigue", {"limits_self_care": "no"}, "1-2"),
    ("fever", {"temperature": "38.6"}, "1-2"),  # on a drug that keeps white cells: 38.0-40.0 °C
    ("chest_pain", {}, None),  # an emergency has no grade to give
]


@pytest.mark.parametrize(("symptom", "answers", "grade"), GRADES)
def test_the_answers_give_the_ctcae_grade(shipped, symptom: str, answers: dict, grade: str | None) -> None:  # noqa: ANN001
    assert triage(shipped.triage, symptom, answers, frozenset()).grade == grade


def test_an_unanswered_question_gives_no_grade_although_it_raises_the_level(shipped) -> None:  # noqa: ANN001
    result = triage(shipped.triage, "diarrhea", {}, frozenset())
    assert result.level.value == "call_now" and result.assumed and result.grade is None


def test_a_fever_on_a_drug_that_lowers_white_cells_is_not_graded_without_a_blood_count(shipped) -> None:  # noqa: ANN001
    risks = frozenset(r.risk for r in shipped.drugs["lenalidomide"].risks)
    result = triage(shipped.triage, "fever", {"temperature": "38.6"}, risks)
    assert result.level.value == "call_now" and result.grade is None


def test_a_grade_must_cite_the_ctcae_term_it_comes_from() -> None:
    with pytest.raises(ValidationError, match="must cite the CTCAE term"):
        Rule.model_validate({"level": "next_visit", "grade": "1", "text": "Mild.", "cite": ["nci-side-effects"]})
    with pytest.raises(ValidationError):
        Rule.model_validate({"level": "next_visit", "grade": "mild", "text": "Mild.", "cite": ["ctcae-v5 § Fatigue"]})


@pytest.fixture
def engine(tmp_path, shipped) -> sa.Engine:  # noqa: ANN001
    engine = open_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    store.save_plan(engine, 1, TreatmentPlan.model_validate(
        {"id": "p", "regimen": WHITE_CELLS, "start": "2026-01-05", "dose_time": "08:00", "timezone": "UTC"}))
    return engine


def test_the_csv_history_and_fhir_export_carry_the_grade_of_each_check(shipped, engine: sa.Engine) -> None:  # noqa: ANN001
    assert service.check_symptom(engine, shipped, 1, "p", "diarrhea", {"extra_stools": "7"}).grade == "3"
    service.check_symptom(engine, shipped, 1, "p", "diarrhea", {})  # unanswered: no grade
    plan, rows = store.get_plan(engine, 1, "p"), store.symptom_log(engine, 1, "p")
    assert [r["grade"] for r in rows] == ["3", None]

    report = list(csv.reader(io.StringIO(to_csv(shipped, plan, [], rows, dt.date(2026, 1, 20)))))
    symptoms = [r for r in report if r[0] == "symptom"]
    assert [(r[3], r[4], r[5]) for r in symptoms] == [("diarrhea", "call now", "CTCAE grade 3"),
                                                      ("diarrhea", "call now", "")]

    bundle = to_fhir(shipped, plan, [], dt.date(2026, 1, 20), [], rows)
    observations = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"]
    assert observations[0]["component"][0]["valueString"] == "3"
    assert "component" not in observations[1]


def test_the_care_team_pdf_shows_the_grade_beside_the_level(shipped, engine: sa.Engine) -> None:  # noqa: ANN001
    pypdf = pytest.importorskip("pypdf", reason="pypdf (test extra) reads the PDF's text")
    pytest.importorskip("weasyprint", reason="WeasyPrint is not installed")
    from oncoguide.tracker.care_report import report_pdf

    service.check_symptom(engine, shipped, 1, "p", "mouth_sores", {"cannot_eat_or_drink": "no", "diet_changed": "yes"})
    plan = store.get_plan(engine, 1, "p")
    body = report_pdf(shipped, plan, [], store.symptom_log(engine, 1, "p"), [], dt.date.today())
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(body)).pages)
    assert "Mouth sores: call the care team today, CTCAE grade 2 (answers:" in text
