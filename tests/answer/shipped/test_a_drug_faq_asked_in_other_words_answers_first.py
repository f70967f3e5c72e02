"""A question that is one of a drug page's FAQs in other words gets that FAQ's answer as its first line, not a line
that only shares a word with it ("after chemo" used to bring Neulasta's label use, "different" one mechanism line).
Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "words"), [
    ("when is the neulasta shot given after chemo", ["24 hours after chemo", "14 days before"]),
    ("when does zarxio start after chemotherapy", ["24 hours after your chemo"]),
    ("what's the difference between neulasta and neupogen", ["every day for several days"]),
    ("what is the on-body injector for neulasta", ["small device"]),
])
def test_the_faq_asked_answers_first(composer, question: str, words: list[str]) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct, question
    first = answer.direct[0].text
    assert all(w in first for w in words), (question, first)


def test_a_faq_sharing_words_but_asking_something_else_does_not(composer) -> None:  # noqa: ANN001
    # "can I get a flu shot" is not "when do I get the shot": the timing FAQ is not the reply
    answer = composer.answer("can I get a flu shot after chemo while on neulasta")
    assert not answer.direct or "14 days before" not in answer.direct[0].text
