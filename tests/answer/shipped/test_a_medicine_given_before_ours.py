"""A medicine the team gives before one of ours ("why do I get Benadryl before my Erbitux?", "do I need an
antihistamine before cetuximab?") asks what is given before each dose, not whether the two interact: the page's
line on the allergy medicine given before the first dose answers. Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question", [
    "why do i get benadryl before my erbitux",
    "Do I need an antihistamine before cetuximab?",
])
def test_what_is_given_before_the_dose_answers(kb, composer, question) -> None:  # noqa: ANN001
    assert understand(kb, question).intents == ["premedication"]
    answer = composer.answer(question)
    assert check(answer) == []
    assert "allergy medicine is given before the first dose" in " ".join(i.text for i in answer.cited())


def test_taking_an_everyday_medicine_before_ours_is_not_a_premedication(kb) -> None:  # noqa: ANN001
    assert "premedication" not in understand(kb, "can i take tylenol before my keytruda").intents
