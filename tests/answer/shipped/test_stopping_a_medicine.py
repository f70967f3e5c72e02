""""Can I just stop it?" of a medicine gets what its page says about stopping (a steroid is lowered slowly, never
stopped suddenly), not what it is used for or what kind of drug it is. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "on prednisone for 6 weeks, can i just stop it now",
    "chemo ended last week, can i just stop the dexamethasone now",
    "can we stop it all at once, the prednisone",
])
def test_the_rule_on_stopping_answers(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and "stop" in answer.direct[0].text.lower()
    assert any(w in answer.direct[0].text.lower() for w in ("suddenly", "slowly", "lower the dose"))
