""""How long" asked of something other than the course (how long to keep watching after a drip, how long a clinic
visit is, how long until nails grow back, how long an opened bottle keeps) is answered by the line that says it, not
by how many cycles the plan has; "how long will he stay on it?" still asks the course. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("after each carfilzomib drip for myeloma, how long should we keep watching her for a bad reaction?", "24 hours"),
    ("gemcitabine and cisplatin for bladder cancer: how long is the clinic visit on the cisplatin day?", "7 hours"),
    ("my nails went dark and lifted on paclitaxel. once it ends, how long until they grow back?", "nail"),
])
def test_the_wait_asked_leads_not_the_cycles(first_line, question: str, said: str) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert said in lead
    assert "cycles of" not in lead


def test_how_long_on_the_treatment_still_asks_the_course() -> None:
    from oncoguide.answer.regimen_reply import ANOTHER_LENGTH

    assert not ANOTHER_LENGTH.search("how long will he stay on keytruda for his melanoma?")
    assert not ANOTHER_LENGTH.search("how long does each round of folfox last?")
    assert ANOTHER_LENGTH.search("do they make me stay around afterwards, and for how long?")
