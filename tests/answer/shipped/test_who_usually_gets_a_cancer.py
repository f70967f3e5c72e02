"""Who usually, most often, is most likely to or can get a cancer is asked as "who gets it" is: the page's line on who gets it
(its risk section) answers first, not what the cancer is or how it is treated. Shipped knowledge base."""

import pytest

from oncoguide.answer import check


@pytest.mark.parametrize(("question", "cancer", "said"), [
    ("who most often gets pancreatic cancer", "pancreatic-cancer", "older people"),
    ("who can get CLL", "chronic-lymphocytic-leukemia", "over 50"),
    ("who is most likely to get bladder cancer", "bladder-cancer", "risk"),
    ("who is most likely to get pancreatic cancer", "pancreatic-cancer", "older people"),
])
def test_the_line_on_who_gets_it_leads(composer, question, cancer, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    assert check(answer) == []
    assert answer.direct and answer.direct[0].where == f"cancer {cancer}: risk"
    assert said in answer.direct[0].text
