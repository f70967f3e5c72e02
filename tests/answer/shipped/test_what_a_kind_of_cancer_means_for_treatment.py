"""What a kind or stage of a cancer means for treatment ("what does limited stage small cell lung cancer mean for
his treatment?"): the cancer page's note on treating that kind answers, not the line saying what the kind is; a
line on the other kind ("non-muscle invasive" for "muscle invasive") does not. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "said"), [
    ("what does limited stage small cell lung cancer mean for his treatment", "cisplatin and etoposide"),
    ("early stage hodgkin lymphoma, what does that mean for treatment", "followed by radiation"),
])
def test_the_note_on_treating_that_kind_answers(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and said in answer.direct[0].text


def test_the_other_kind_does_not_answer(composer) -> None:  # noqa: ANN001
    answer = composer.answer("what does it mean for treatment when bladder cancer is muscle invasive")
    assert answer.direct and answer.direct[0].text.startswith("Muscle-invasive")
