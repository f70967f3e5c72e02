""""How long", "until when", "when can I stop" about a plan is answered first by the plan's own statement of how
long it lasts ("about 7 to 8 weeks in all", "2 years", "until the cancer grows"); the cycle count its schedule
works out follows it, and "how many rounds / doses" still gets the count alone. Shipped knowledge base."""

import pytest


def first_line(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].text


@pytest.mark.parametrize(("question", "length", "count"), [
    # a fixed course: the span from first dose to last, before "8 cycles, each 7 days long"
    ("how long does cetuximab with radiation go on from start to finish", "7 to 8 weeks", "8 cycles"),
    # a long maintenance phase: its length in years, before "26 cycles"
    ("how long is the mercaptopurine and methotrexate maintenance for ALL", "2 years", "26 cycles"),
    # no set end: what ends it, before its cycle length
    ("my dad takes erlotinib for lung cancer, when can he stop", "until the cancer grows", "28-day cycles"),
])
def test_how_long_leads_with_the_plans_stated_length(composer, question, length, count) -> None:  # noqa: ANN001
    text = first_line(composer, question)
    assert length in text and count in text and text.index(length) < text.index(count)


def test_how_many_still_gets_the_count(composer) -> None:  # noqa: ANN001
    text = first_line(composer, "how many doses of cetuximab do you get with radiation")
    assert text.startswith("In Cetuximab + RT: 8 cycles") and "7 to 8 weeks" not in text
