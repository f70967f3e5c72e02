""""Can I cut the pills in half?", "is it ok to split his tablets": whether a pill may be cut or split is how to
handle it, which the drug page answers (keep them whole, do not crush or cut); cutting a dose is no such question.
Shipped knowledge base."""

import pytest

from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question", [
    "can i cut the xeloda tablets in half? hard to swallow",
    "is it ok to split my capecitabine pills",
    "my mom wants to halve her xeloda, is that allowed",
])
def test_cutting_a_pill_gets_the_keep_them_whole_rule(shown, question) -> None:  # noqa: ANN001
    assert "whole" in shown(question)


def test_cutting_a_dose_is_not_handling(kb) -> None:  # noqa: ANN001
    assert "handling" not in understand(kb, "can i cut my dose of xeloda").intents
