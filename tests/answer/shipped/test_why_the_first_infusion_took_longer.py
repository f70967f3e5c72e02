""""Why did my first Avastin infusion take so much longer than the later ones?": asked as one infusion taking longer
or shorter than another, it is how long an infusion takes, which the plans' schedules give in minutes. Shipped
knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "how come the first avastin drip took so much longer than this one",
    "my bevacizumab infusion is way shorter now, why",
])
def test_the_minutes_each_infusion_takes_come_first(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and "90 minutes" in answer.direct[0].text
