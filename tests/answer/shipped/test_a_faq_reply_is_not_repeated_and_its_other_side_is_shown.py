"""When a drug page's FAQ is the reply, the answer does not show it again below with its "Yes." put back, and the
same page's FAQ on the other side of the question asked (how likely the harm is) is shown too. Shipped knowledge
base: bleomycin's two FAQs on surgery after bleomycin."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize("question", [
    "does my surgeon need to know i got bleomycin for hodgkin lymphoma a long time ago",
    "having an operation soon, i had bleomycin 10 years ago, is that a problem for the surgery",
    "tell the anesthesia team about bleomycin before surgery?",
])
def test_the_reply_once_and_the_other_side(composer, question: str) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and "anesthesia team" in answer.direct[0].text
    below = [i.text for g in (*answer.guidelines, *answer.research) for i in g.items]
    assert not any("anesthesia team" in t for t in below), below
    assert any("316 people" in t for t in below), below
