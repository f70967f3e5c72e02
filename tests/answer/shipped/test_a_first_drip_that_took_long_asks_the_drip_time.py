""""My first Rituxan took all day, will the next ones go faster?": the drip is said as "the first one" and "the next
ones", never as "infusion"; it asks how long each drip takes, not how many cycles the plan has. Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize(("question", "time"), [
    ("my first rituxan took all day, will the next ones go faster", "4 to 6 hours"),
    ("dad's first herceptin took hours. will the other doses be quicker", "90 minutes"),
])
def test_a_first_drip_that_took_long_leads_with_how_long_the_drips_take(first_line, question, time) -> None:  # noqa: ANN001
    lead = first_line(question)
    assert time in lead and "cycles" not in lead
