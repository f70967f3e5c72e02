""""Is ADT kept up on Erleada?", "do I keep getting my shots while on Xtandi?": whether another treatment goes on
beside the drug is how the drug is given; its page says the testosterone-lowering shots go on. Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize("question", [
    "is ADT continued with erleada",
    "do I keep getting my hormone shots while on xtandi?",
    "does he still need his lupron shots once he starts erleada",
])
def test_the_line_on_the_treatment_beside_it_is_shown(shown, question) -> None:  # noqa: ANN001
    text = shown(question)
    assert "testosterone" in text and ("keep" in text or "go on" in text), text
