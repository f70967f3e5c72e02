""""Why did they add mesna when he started ifosfamide?": a reason is asked for giving two drugs together, which the
reply gives; the answer does not add a "How they compare" section of what kind of drug each is. Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize("question", [
    "why did they add mesna when he started ifosfamide",
    "why did they add prednisone when he started abiraterone",
    "why did they add dexamethasone when i started the docetaxel",
])
def test_no_comparison_section(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct, "a reason is given"
    assert "How they compare" not in [g.heading for g in answer.guidelines]
