""""Which tests do they do?" or "should she be checked for it?" asked of a cancer named alone, with no treatment
said: the reply is how the cancer is found or screened for (its page's lines), not the blood tests of the plans that
treat it. A test asked during or after treatment stays a plan's or follow-up's test. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "said"), [
    ("my dad might have stomach cancer. which tests do they do", "endoscop"),
    ("should my wife be checked for breast cancer every year", "mammogram"),
])
def test_the_reply_is_how_the_cancer_is_found(first_line, question: str, said: str) -> None:  # noqa: ANN001
    reply = first_line(question)
    assert said in reply
    assert not reply.startswith("in ")  # "In Ramucirumab + paclitaxel: Blood counts (CBC) ..." is a plan's test


def test_tests_during_treatment_stay_the_plans(composer) -> None:  # noqa: ANN001
    assert "monitoring" in composer.answer("what tests do they do during chemo for aml").intents
