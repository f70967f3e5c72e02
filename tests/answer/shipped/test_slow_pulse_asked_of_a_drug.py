"""A slow or low pulse asked about beside a drug is its slow-heartbeat side effect (bradycardia): it was declined,
as no words of the question reached the page's "slow heartbeat". Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my dad's pulse has been around 48 since he began alecensa, could that be it",
    "pulse in the 40s on thalomid",
])
def test_a_slow_pulse_is_the_slow_heartbeat_side_effect(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert any("slow heartbeat" in item.text.lower() or "bradycardia" in item.text.lower() for item in answer.cited())
