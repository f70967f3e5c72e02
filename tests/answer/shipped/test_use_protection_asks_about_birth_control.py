""""Do we need to use protection" on a medicine asks about pregnancy and birth control: the pregnancy rule answers,
not what the drug is used for. Shipped knowledge base."""

import pytest


@pytest.mark.parametrize("question", [
    "my husband takes capecitabine, do we need to use protection",
    "on temozolomide, should my partner and i use protection",
])
def test_the_pregnancy_rule_answers(composer, question) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert "pregnancy" in answer.intents
    assert answer.direct and any(w in answer.direct[0].text.lower() for w in ("pregnan", "unborn", "birth control"))
