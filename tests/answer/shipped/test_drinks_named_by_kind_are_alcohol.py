"""A drink named by its kind ("a beer", "a glass of wine", "champagne") asks what the pages say about alcohol with
the medicine, as "can I drink alcohol on it?" does: methotrexate's alcohol-and-liver line answers first, not its
summary or "no answer". Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question", [
    "is it ok to drink beer on methotrexate",
    "could I have some champagne at my daughter's wedding, I'm on methotrexate",
    "methotrexate and a glass of wine with dinner, is that safe?",
])
def test_the_alcohol_rule_answers(kb, composer, question) -> None:  # noqa: ANN001
    assert "interactions" in understand(kb, question).intents
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and "alcohol" in answer.direct[0].text.lower(), answer.direct
