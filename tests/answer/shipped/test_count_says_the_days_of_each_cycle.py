""""How many cycles" is answered with the cycles and the days of each cycle the drug is given: "6 cycles of
temozolomide, each 28 days long" does not say it is taken 5 days a month; a maintenance drip on day 1 of 60-day
cycles is given about every 2 months. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "said"), [
    ("how many monthly cycles of temozolomide come after the radiation for glioblastoma",
     "6 cycles of temozolomide, each 28 days long (5 days on, 23 days off)"),
    ("how many cycles of obinutuzumab alone follow obinutuzumab and bendamustine",
     "12 cycles of obinutuzumab, each 60 days long (about every 2 months)"),
    ("how many cycles is AC-T", "4 cycles of paclitaxel, each 21 days long (every 3 weeks)"),
])
def test_the_count_says_on_which_days_of_each_cycle(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and said in answer.direct[0].text, answer.direct[0].text if answer.direct else question


def test_a_plan_whose_drugs_fall_on_different_days_gets_no_one_rhythm(composer) -> None:  # noqa: ANN001
    # R-CHOP's drugs fall on different days (prednisone days 1 to 5): no one rhythm is said for all five
    text = composer.answer("how many cycles of R-CHOP").direct[0].text
    assert text == ("In R-CHOP: 6 cycles of rituximab, cyclophosphamide, doxorubicin, vincristine and prednisone, "
                    "each 21 days long.")
