""""How long does the first TCHP infusion take?", "how long does an Herceptin infusion take?": how long each drip
takes, from the plan's lines (their `given`) or the drug page, comes first, not how many cycles the course has or
what the drug is. Shipped knowledge base."""

import pytest


def first(composer, question: str) -> str:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, question
    return answer.direct[0].text.lower()


@pytest.mark.parametrize(("question", "said"), [
    ("how long does the first TCHP infusion take", "over 90 minutes"),
    ("how long does an Herceptin infusion take", "90 minutes"),
    ("how long is carboplatin infusion", "15 minutes"),
    ("how long does oxaliplatin take to go in", "2 hours"),  # no word for the drip: "take to go in"
    ("how long will the gemzar take to run", "30 minutes"),
])
def test_the_time_of_the_drip_comes_first(composer, question, said) -> None:  # noqa: ANN001
    text = first(composer, question)
    assert said in text and "cycles of" not in text


def test_how_long_the_course_lasts_is_still_the_cycles(composer) -> None:  # noqa: ANN001
    assert "cycles" in first(composer, "how long does TCHP treatment last")
