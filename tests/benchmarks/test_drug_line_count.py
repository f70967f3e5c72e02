"""Issue 11: the held-out scorer counts one drug's line of a plan (its dose and days in Pd) as about that drug, so
"Pomalyst dose?" answered from Pd's pomalidomide line is on topic; a line that also speaks of the plan's other drugs
is still about the plan."""

import sys
from pathlib import Path

import pytest

from oncoguide.answer.evidence import component_where
from oncoguide.model import Answer, Cited, Reference

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import heldout_answers  # noqa: E402
from shippedkb import shipped_kb  # noqa: E402

PD = "pomalidomide-dexamethasone-myeloma"


@pytest.fixture(scope="module")
def names():  # noqa: ANN201
    return heldout_answers.Names(shipped_kb())


def _stray(names, about: set[str], where: str, text: str) -> list[str]:  # noqa: ANN001
    answer = Answer(question="q", direct=[Cited(text=text, refs=[1], where=where)],
                    references=[Reference(number=1, source_id="s", kind="fda_label", citation="L")])
    return [i.text for i in names.off_topic(answer, names.named(about))]


def test_a_plans_line_for_the_drug_asked_about_is_on_topic(names) -> None:  # noqa: ANN001
    line = "In Pd: pomalidomide 4 mg by mouth once a day on days 1 to 21, of each 28-day cycle."
    assert _stray(names, {"pomalidomide"}, component_where(PD, "pomalidomide"), line) == []
    # the same words from the plan as a whole are about the plan, which the question did not name
    assert _stray(names, {"pomalidomide"}, f"regimen {PD}: schedules", line) == [line]


def test_the_names_of_the_plan_its_schedules_and_phases_are_labels_not_other_drugs(names) -> None:  # noqa: ANN001
    regimen = names.kb.regimens[PD]
    schedule = regimen.schedules[-1]
    labelled = f"In {regimen.name}, {schedule.name}, {schedule.phases[0].name or ''}: pomalidomide: 4 mg, oral."
    assert "dexamethasone" in labelled.lower()
    assert _stray(names, {"pomalidomide"}, component_where(PD, "pomalidomide"), labelled) == []


def test_a_line_that_speaks_of_another_drug_of_the_plan_stays_about_the_plan(names) -> None:  # noqa: ANN001
    line = "In Pd: pomalidomide 4 mg by mouth on days 1 to 21, and dexamethasone 40 mg once a week."
    assert _stray(names, {"pomalidomide"}, component_where(PD, "pomalidomide"), line) == [line]


def test_a_line_said_to_be_of_a_drug_the_plan_does_not_give_stays_about_the_plan(names) -> None:  # noqa: ANN001
    line = "In Pd: lenalidomide 25 mg by mouth on days 1 to 21."
    assert _stray(names, {"lenalidomide"}, component_where(PD, "lenalidomide"), line) == [line]
