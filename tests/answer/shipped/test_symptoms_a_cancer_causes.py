""""What symptoms can bladder cancer cause?" asks the signs of the cancer: "cause" said of symptoms asks no risk of
getting it, so the page's signs line leads, not its risks or prevention line; "what causes it?" still asks the
risks. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "what symptoms does kidney cancer usually cause",
    "which signs does head and neck cancer usually cause",
])
def test_symptoms_caused_get_the_signs(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert answer.direct and answer.direct[0].where.endswith(": signs"), answer.direct
    assert "risk" not in answer.intents


def test_what_causes_it_still_asks_the_risks(composer) -> None:  # noqa: ANN001
    assert "risk" in composer.answer("what causes kidney cancer").intents
