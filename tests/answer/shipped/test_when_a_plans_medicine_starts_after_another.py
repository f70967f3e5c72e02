""""On D-VRd, how soon after the first daratumumab dose does the shingles medicine start?": the plan's line that
says how soon it starts leads, not the schedule; a plan with no such line keeps its schedule. Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("on D-VRd, how soon after the first daratumumab dose does the shingles medicine start", "within 1 week"),
    ("how soon after the first dose of DRd does the shingles medicine start", "within 1 week"),
])
def test_the_line_on_how_soon_it_starts_leads(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    reply = answer.direct[0].text if answer.direct else ""
    assert said in reply, reply


def test_a_line_on_another_start_does_not_lead(composer) -> None:  # noqa: ANN001
    # the lenalidomide maintenance page's pregnancy tests "start" with a time span too; they are not asked
    reply = composer.answer("how long after my transplant does revlimid maintenance begin").direct[0].text
    assert "pregnancy" not in reply.lower(), reply
