"""A drug asked about with a plan it is not part of (a white cell booster with A+AVD) is answered by the line that
ties the two: the booster page's A+AVD use, or the plan's line naming the booster. Before, the booster's own
FAQ on timing, the plan's infusion times or a list of its drugs came first. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize("question", [
    "should i get neulasta along with A+AVD",
    "is a neulasta shot part of A+AVD",
    "will i get zarxio with a+avd",
])
def test_the_line_tying_the_drug_to_the_plan_answers(composer, question: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct, question
    first = answer.direct[0].text
    assert "G-CSF" in first and "first cycle" in first, (question, first)
