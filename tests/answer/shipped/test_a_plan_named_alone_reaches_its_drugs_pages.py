"""A plan named alone, asked what its own fields do not say, is answered from its drugs' pages too: the advice on
cold after oxaliplatin is on the oxaliplatin page, and FOLFOX or FOLFIRINOX gives oxaliplatin. Shipped knowledge
base."""

import pytest


@pytest.mark.parametrize("question", [
    "on folfox and cold drinks make my throat feel tight, what can i do",
    "my mom is on folfirinox, does she need to avoid cold things",
])
def test_the_drugs_advice_is_shown(shown, question) -> None:  # noqa: ANN001
    assert "no cold drinks" in shown(question)
