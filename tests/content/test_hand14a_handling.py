"""How to handle the pills safely, asked in people's words: the drug page's handling line (gloves for the helper,
washing hands, where leftover tablets go) leads or shows, with a citation. Shipped knowledge base."""


import pytest
from shippedkb import shipped_composer

from oncoguide.answer import Composer


@pytest.fixture(scope="module")
def composer() -> Composer:
    return shipped_composer()


@pytest.mark.parametrize("question, said", [
    ("does my daughter need gloves to give me my inlyta", "wear gloves"),
    ("how do i throw away axitinib tablets i no longer need", "where to return them"),
    ("what do i do with leftover dasatinib pills", "back to the pharmacy"),
    ("should i wash my hands after taking bosulif", "wash your hands after you take each dose"),
    ("is it safe for my husband to handle my tarceva", "special rules for safe handling"),
    ("can i crush my erlotinib tablets if they are too big", "do not crush, break or chew"),
    ("my son helps with my cytoxan pills, does he need gloves", "they can wear gloves"),
    ("does the nurse aide who gives me my xospata need gloves", "they can wear gloves"),
    ("where do i return alecensa capsules i dont use anymore", "where to return them"),
    ("do i need gloves to touch the etoposide capsules", "wear gloves when you handle the capsules"),
])
def test_handling_line_shows_with_a_citation(composer, question, said) -> None:  # noqa: ANN001
    answer = composer.answer(question)
    items = [*answer.direct, *(i for g in (*answer.guidelines, *answer.research) for i in g.items)]
    shown = [i for i in items if said in i.text.lower()]
    assert shown, (question, [i.text for i in items])
    assert all(i.refs for i in shown), question
