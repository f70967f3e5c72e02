""""I take Coumadin and just started 5-FU": an everyday medicine named by an older brand is that medicine (Coumadin is
warfarin), so the interaction rule for it is shown instead of "oncoguide does not cover coumadin". Shipped
knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my husband is on coumadin, is fluorouracil ok for him",
    "i take coumadin every day and start 5-fu next week, any issues",
])
def test_the_rule_for_warfarin_is_shown(composer, shown, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert not any("does not cover" in n.text for n in answer.notices)
    assert "warfarin" in shown(question)
