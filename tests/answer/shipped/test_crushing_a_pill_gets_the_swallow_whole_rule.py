""""Can Venclexta be crushed?", "my dad chews his Kisqali": most drug pages say "swallow it whole, do not crush or
chew it" in how to take the medicine, not in a handling section of their own; that line answers. Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize("question", [
    "can venclexta be crushed",
    "my dad chews his kisqali, is that a problem",
    "can i crush inlyta",
])
def test_the_swallow_whole_rule_is_shown(shown, question) -> None:  # noqa: ANN001
    text = shown(question)
    assert "whole" in text or "crush" in text, text
