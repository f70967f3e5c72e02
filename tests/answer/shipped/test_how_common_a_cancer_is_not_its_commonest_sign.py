"""How common a cancer is asks how often people get it: the page line saying who gets it and how often answers
first, never a line on its most common first sign, its most common type or how many are alive 5 years later.
Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "not_said", "said"), [
    ("how common is stomach cancer", "alive 5 years", "mostly affects older people"),
    ("how many people get cervical cancer", "study looked at", "most often found in women aged 35 to 44"),
])
def test_how_often_people_get_it_leads(composer, question, not_said, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct
    assert not_said not in answer.direct[0].text and said in answer.direct[0].text


def test_a_commonest_first_sign_does_not_answer(composer) -> None:  # noqa: ANN001
    answer = composer.answer("how common is small cell lung cancer")
    assert not answer.direct or "first signs" not in answer.direct[0].text
