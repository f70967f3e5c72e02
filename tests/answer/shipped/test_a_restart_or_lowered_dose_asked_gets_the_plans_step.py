"""A dose asked for when a drug restarts after a pause, or as it is being lowered, is the plan's stepped dose, not
the usual one: "when they restart my Tagrisso after the QT problem, what dose?" used to open with 80 mg a day, and
"my Verzenio is being lowered, how much do they cut the dose?" with the diarrhea line. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "step", "usual"), [
    ("my tagrisso got paused for a heart rhythm problem. when they restart it, what dose will it be?", "40 mg",
     "28-day cycle"),
    ("pirtobrutinib was paused twice because his platelets fell. when he goes back on it what dose will he take?",
     "100 mg", "same time each day"),
    ("verzenio is being lowered because of the loose stools. how much do they cut the dose each time?", "50 mg",
     "81%"),
    ("regorafenib was stopped for a week for sore feet. what dose does it restart at?", "120 mg", "160 mg"),
])
def test_the_stepped_dose_leads(first_line, question: str, step: str, usual: str) -> None:  # noqa: ANN001
    line = first_line(question)
    assert step in line and usual not in line, (question, line)


def test_the_usual_dose_asked_is_still_the_usual_dose(first_line) -> None:  # noqa: ANN001
    assert "80 mg" in first_line("what dose of tagrisso do people take for lung cancer")
