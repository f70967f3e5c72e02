""""What should I worry about" on a medicine asks for its serious side effects. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize(("question", "word"), [
    ("now on durvalumab after chemo and radiation, what lung problem should i worry about", "pneumonitis"),
    ("my wife is on keytruda now, what lung problem do we need to worry about", "pneumonitis"),
])
def test_the_serious_side_effect_answers(composer, question, word) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert "serious" in answer.intents
    assert answer.direct and word in answer.direct[0].text.lower()
