"""A white cell booster asked by its brand name (Neulasta, Neupogen), which has no page of its own, finds what the
pages say of G-CSF: "do I need Neulasta with A+AVD?" gets the plan's statement that a booster shot from the first
cycle lowers the risk of fever with low white cells, not a refusal. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize("question", [
    "is neulasta needed with A+AVD",
    "will they give me neupogen during brentuximab avd for hodgkin",
])
def test_the_brand_finds_the_g_csf_statement(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct, question
    assert "G-CSF" in answer.direct[0].text and "first cycle" in answer.direct[0].text


def test_what_the_brand_is_gets_the_growth_factor_meaning(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what is neulasta")
    assert answer.direct and answer.direct[0].text.startswith("Growth factor:")
