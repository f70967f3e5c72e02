"""Label facts filled in for questions patients asked (issue #11, dev_blind5 misses): the first reply line holds
the number or word the label gives. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "facts"), [
    # HERCEPTIN §2.3: first dose over 90 minutes, later weekly doses over 30 minutes
    ("how long does the first herceptin infusion take compared to the later ones", ["90 minutes", "30 minutes"]),
    # vinblastine label, Adverse Reactions: constipation heads the bowel side effects
    ("havent had a bowel movement in 5 days since my velban for hodgkins, is that from it", ["constipation"]),
    # IBRANCE Patient Information: room temperature, in the original blister pack
    ("how do I store my ibrance tablets", ["68 to 77", "blister pack"]),
])
def test_the_reply_gives_the_label_fact(composer, question: str, facts: list[str]) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct, question
    reply = answer.direct[0].text.lower()
    for fact in facts:
        assert fact in reply, (fact, reply)
