""""How many cycles ... before a transplant / before we know it works?" leads with the plan's own length statement,
which says the count for that case ("if you go on to a stem cell transplant, 2 cycles are usual", "at least 4
cycles are advised"), and then the schedule's count: the count alone ("1 cycle, then 5 cycles") cannot say it.
Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "said"), [
    ("how many rounds of inotuzumab does someone get before a stem cell transplant", "2 cycles are usual"),
    ("how many cycles of decitabine before we know if it works", "at least 4 cycles"),
    ("how many cycles of azacitidine before they can say it is working", "at least 4 to 6 cycles"),
])
def test_the_plans_length_line_leads(composer, question: str, said: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and said in answer.direct[0].text.lower(), question
