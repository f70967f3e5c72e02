"""One drug said to be given alone for a cancer ("Xeloda by itself for colon cancer", "carboplatin on its own for
ovarian cancer") names the plan made of that drug alone for that cancer, so a schedule question is answered by that
plan's schedule first, not by how to swallow the tablets. A drug with no plan of its own for the cancer names none.
Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize(("question", "plan"), [
    ("xeloda by itself for colon cancer, what is the schedule", "capecitabine-colorectal"),
    ("carboplatin on its own for ovarian cancer, how often is it given", "carboplatin-ovarian"),
    ("single agent opdivo for melanoma, how long is each cycle", "nivolumab-melanoma"),
    # a plan's name may say "with" of something other than radiation
    ("olaparib by itself for breast cancer, how long is it taken", "olaparib-breast"),
])
def test_the_plan_of_the_drug_alone_is_named(kb, question, plan) -> None:  # noqa: ANN001
    assert understand(kb, question).regimens == [plan]


def test_the_schedule_of_that_plan_answers_first(composer) -> None:  # noqa: ANN001
    answer = composer.answer("xeloda by itself for colon cancer, what is the schedule")
    assert answer.direct and "days 1 to 14" in answer.direct[0].text


def test_a_drug_with_no_plan_of_its_own_for_the_cancer_names_none(kb) -> None:  # noqa: ANN001
    assert understand(kb, "is gemcitabine given alone for ovarian cancer").regimens == []


def test_a_drug_alone_is_no_plan_given_with_radiation(kb) -> None:  # noqa: ANN001
    assert understand(kb, "cisplatin by itself for head and neck cancer, what is the schedule").regimens == []
