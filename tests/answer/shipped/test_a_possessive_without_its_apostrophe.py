"""Whose illness it is ("my husbands lymphoma", "my husband's lymphoma", "my moms tablets") names no illness we lack:
the answer is not told that oncoguide does not cover "husbands lymphoma" or "s lymphoma". Shipped knowledge base."""

import pytest

from oncoguide.answer import check
from oncoguide.answer.understand import understand


@pytest.mark.parametrize("question", [
    "my husbands lymphoma is back, how is rituximab given",
    "my husband's lymphoma is back, how is rituximab given",
    "is there a pill for my grandpas leukemia",
    "is there a pill for my grandpa's leukemia",
    "what is the best time to take the capecitabine for my moms tablets",
    "my mothers breast cancer came back, what does letrozole do",
    "is venetoclax used for my wifes leukemia",
])
def test_whose_illness_it_is_names_nothing_we_lack(kb, composer, question) -> None:  # noqa: ANN001
    q = understand(kb, question)
    assert q.unknown_conditions == [] and q.unknown_cancers == []
    answer = composer.answer(question)
    assert check(answer) == []
    assert not any("not cover" in n.text for n in answer.notices)


def test_an_illness_we_lack_is_still_named(kb) -> None:  # noqa: ANN001
    assert understand(kb, "what helps for my dads multiple sclerosis").unknown_conditions
